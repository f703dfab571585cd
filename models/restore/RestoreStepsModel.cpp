#include "RestoreStepsModel.h"

#include "ModelRoles.h"
#include "core/DisplayTime.h"

#include <QBrush>
#include <QColor>

namespace aks {

RestoreStepsModel::RestoreStepsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RestoreStepsModel::setSteps(const QList<JournalStep>& steps) {
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int RestoreStepsModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).id == id)
            return i;
    return -1;
}

void RestoreStepsModel::updateStep(const JournalStep& step) {
    const int row = rowOf(step.id);
    if (row < 0) {
        beginInsertRows({}, int(m_steps.size()), int(m_steps.size()));
        m_steps.append(step);
        endInsertRows();
        return;
    }
    const bool started = step.state == JournalStep::State::Running && m_steps.at(row).state != step.state;
    m_steps[row] = step;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (started)
        emit stepStarted(row);
}

int RestoreStepsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_steps.size());
}

int RestoreStepsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RestoreStepsModel::stateText(JournalStep::State state) {
    switch (state) {
    case JournalStep::State::Pending:
        return tr("Waiting");
    case JournalStep::State::Running:
        return tr("Running");
    case JournalStep::State::Done:
        return tr("Done");
    case JournalStep::State::Failed:
        return tr("Failed");
    case JournalStep::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant RestoreStepsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalStep& s = m_steps.at(index.row());
    const qint64 ms = s.started.isValid() && s.finished.isValid() ? s.started.msecsTo(s.finished) : -1;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Step:
            return s.title;
        case Cluster:
            return s.cluster;
        case State:
            return s.warnings.isEmpty() || s.state != JournalStep::State::Done
                       ? stateText(s.state)
                       : tr("Done, %n warning(s)", nullptr, int(s.warnings.size()));
        case Started:
            return DisplayTime::timeSeconds(s.started);
        case Duration: {
            const double seconds = double(ms) / 1000.0;
            return ms >= 0 ? tr("%1 s").arg(seconds, 0, 'f', 1) : QString();
        }
        case Attempts:
            return s.attempts;
        case Message:
            return s.message.isEmpty() ? (s.log.isEmpty() ? QString() : s.log.last()) : s.message;
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case State:
            return int(s.state);
        case Started:
            return s.started;
        case Duration:
            return ms;
        case Attempts:
            return s.attempts;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == IdRole)
        return s.id;
    if (role == StateRole)
        return int(s.state);
    if (role == Qt::ToolTipRole && index.column() == Step)
        return s.commands.join(QLatin1Char('\n'));
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (s.state == JournalStep::State::Failed)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (s.state == JournalStep::State::Done)
            return QBrush(s.warnings.isEmpty() ? QColor(0x1a, 0x7f, 0x37) : QColor(0xa0, 0x60, 0x00));
    }
    return {};
}

QVariant RestoreStepsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Step:
        return tr("Step");
    case Cluster:
        return tr("Cluster");
    case State:
        return tr("State");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Took");
    case Attempts:
        return tr("Attempts");
    case Message:
        return tr("Last message");
    default:
        return {};
    }
}

} // namespace aks
