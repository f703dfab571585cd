#include "RpoModel.h"

#include "ModelRoles.h"
#include "PhaseColors.h"
#include "core/DisplayTime.h"
#include "velero/RpoCalculator.h"

#include <QBrush>
#include <QLocale>

namespace aks {

RpoModel::RpoModel(QObject* parent) : QAbstractTableModel(parent) {}

void RpoModel::setStatuses(const QList<RpoStatus>& statuses) {
    beginResetModel();
    m_rows = statuses;
    endResetModel();
}

int RpoModel::breachedCount() const {
    int n = 0;
    for (const auto& s : m_rows)
        n += s.meets() ? 0 : 1;
    return n;
}

QString RpoModel::stateText(RpoStatus::State state) {
    switch (state) {
    case RpoStatus::State::Met:
        return tr("Within RPO");
    case RpoStatus::State::Breached:
        return tr("RPO breached");
    case RpoStatus::State::NoBackup:
        return tr("No completed backup");
    case RpoStatus::State::Unknown:
        return tr("Unknown (not readable)");
    }
    return {};
}

int RpoModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RpoModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RpoModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RpoStatus& s = m_rows[index.row()];
    if (role == MeetsRole)
        return s.meets();
    if (role == Qt::ForegroundRole && index.column() == State)
        return QBrush(
            PhaseColors::forPhase(s.meets() ? QStringLiteral("Completed") : QStringLiteral("Failed")));
    if (role == Qt::ToolTipRole && !s.error.isEmpty())
        return s.error;
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Cluster:
        return s.cluster;
    case Target:
        return raw ? QVariant(s.rpoSeconds) : QVariant(RpoCalculator::formatAge(s.rpoSeconds));
    case Newest:
        if (raw)
            return s.newestTime.isValid() ? s.newestTime.toSecsSinceEpoch() : qint64(0);
        return s.newestBackup.isEmpty()
                   ? tr("none")
                   : tr("%1 (%2)").arg(s.newestBackup, DisplayTime::dateTime(s.newestTime));
    case Age:
        return raw ? QVariant(s.ageSeconds) : QVariant(RpoCalculator::formatAge(s.ageSeconds));
    case State:
        return raw ? QVariant(int(s.state)) : QVariant(stateText(s.state));
    case Schedule:
        return s.schedule;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RpoModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Cluster:
        return tr("Cluster");
    case Target:
        return tr("RPO");
    case Newest:
        return tr("Newest completed backup");
    case Age:
        return tr("Age");
    case State:
        return tr("Status");
    case Schedule:
        return tr("Schedule");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
