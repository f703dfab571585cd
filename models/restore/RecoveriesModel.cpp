#include "RecoveriesModel.h"

#include "ModelRoles.h"
#include "core/DisplayTime.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace aks {

RecoveriesModel::RecoveriesModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecoveriesModel::setJournals(QList<RestoreJournal> journals) {
    beginResetModel();
    m_journals = std::move(journals);
    m_reports.clear();
    m_standing.clear();
    for (const RestoreJournal& j : std::as_const(m_journals)) {
        m_reports.append(j.reportPath());
        m_standing.append(j.standing(m_journals));
    }
    endResetModel();
}

const RestoreJournal* RecoveriesModel::journalAt(int row) const {
    return row >= 0 && row < m_journals.size() ? &m_journals[row] : nullptr;
}

int RecoveriesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_journals.size());
}

int RecoveriesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecoveriesModel::outcomeText(RestoreJournal::Outcome outcome) {
    return RestoreJournal::outcomeText(outcome); // the report says it in the same words
}

QString RecoveriesModel::outcomeText(const RestoreJournal& journal, RestoreJournal::Standing standing) {
    switch (standing) {
    case RestoreJournal::Standing::Replaced:
        return tr("Replaced by an edited plan");
    case RestoreJournal::Standing::Overtaken:
        return tr("Abandoned: a later recovery completed");
    case RestoreJournal::Standing::Finished:
    case RestoreJournal::Standing::Open:
        break;
    }
    return outcomeText(journal.outcome());
}

QVariant RecoveriesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RestoreJournal& j = m_journals[index.row()];
    const bool raw = role == RawValueRole;
    if (role == Qt::ToolTipRole)
        return j.outcomeMessage().isEmpty() ? QVariant() : QVariant(j.outcomeMessage());
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        switch (m_standing.at(index.row())) {
        case RestoreJournal::Standing::Finished:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case RestoreJournal::Standing::Open:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case RestoreJournal::Standing::Replaced:
        case RestoreJournal::Standing::Overtaken:
            return QBrush(QColor(0x75, 0x75, 0x75)); // history, nothing to do
        }
    }
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Deployment:
        return j.plan().deployment;
    case Scenario:
        return j.plan().scenario == RestorePlan::Scenario::NewSite ? tr("New site") : tr("Corruption");
    case Clusters: {
        QStringList names;
        for (const ClusterRestorePlan& c : j.plan().clusters)
            names << c.cluster;
        return names.join(QStringLiteral(", "));
    }
    case Outcome:
        return raw ? QVariant(int(j.outcome())) : QVariant(outcomeText(j, m_standing.at(index.row())));
    case Steps: {
        int done = 0;
        for (const JournalStep& s : j.steps())
            done += s.state == JournalStep::State::Done;
        return raw ? QVariant(done) : QVariant(tr("%1 of %2").arg(done).arg(j.steps().size()));
    }
    case Updated:
        if (raw)
            return j.updated().isValid() ? j.updated().toSecsSinceEpoch() : qint64(0);
        return DisplayTime::dateTime(j.updated());
    case Report:
        return m_reports.value(index.row()).isEmpty() ? QString() : tr("HTML and PDF");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecoveriesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Deployment:
        return tr("Deployment");
    case Scenario:
        return tr("Scenario");
    case Clusters:
        return tr("Clusters");
    case Outcome:
        return tr("Outcome");
    case Steps:
        return tr("Steps done");
    case Updated:
        return tr("Last update");
    case Report:
        return tr("Report");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
