#include "SnapshotListModel.h"

#include "ModelRoles.h"
#include "core/DisplayTime.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace aks {

SnapshotListModel::SnapshotListModel(QObject* parent) : QAbstractTableModel(parent) {}

void SnapshotListModel::setSnapshots(const QList<SnapshotInfo>& snapshots) {
    beginResetModel();
    m_snapshots = snapshots;
    endResetModel();
}

const SnapshotInfo* SnapshotListModel::snapshotAt(int row) const {
    return row >= 0 && row < m_snapshots.size() ? &m_snapshots[row] : nullptr;
}

int SnapshotListModel::rowOf(const QString& folder) const {
    for (int i = 0; i < m_snapshots.size(); ++i)
        if (m_snapshots[i].folder == folder)
            return i;
    return -1;
}

int SnapshotListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotInfo& s = m_snapshots[index.row()];
    const auto integrity = [&] {
        if (!s.verified)
            return tr("Damaged");
        return s.encrypted ? tr("Verified (encrypted)") : tr("Verified");
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return s.createdUtc.isValid() ? DisplayTime::dateTime(s.createdUtc) : s.name;
        case DeploymentColumn:
            return s.deployment;
        case ClustersColumn:
            return s.verified ? (s.clusters.isEmpty() ? tr("(none)") : s.clusters.join(QStringLiteral(", ")))
                              : QString();
        case IntegrityColumn:
            return integrity();
        case HostColumn:
            return s.host;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return s.createdUtc;
        case ClustersColumn:
            return int(s.clusters.size());
        case IntegrityColumn:
            return s.verified;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return s.folder;
    case StateRole:
        return s.verified;
    case Qt::ToolTipRole:
        return s.verified ? s.folder : s.folder + QLatin1Char('\n') + s.error;
    case Qt::ForegroundRole:
        if (index.column() == IntegrityColumn)
            return QBrush(s.verified ? QColor(0x1e, 0x7e, 0x34) : QColor(0xb0, 0x20, 0x20));
        break;
    default:
        break;
    }
    return {};
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Taken");
    case DeploymentColumn:
        return tr("Deployment");
    case ClustersColumn:
        return tr("Workload clusters");
    case IntegrityColumn:
        return tr("Integrity");
    case HostColumn:
        return tr("Host");
    }
    return {};
}

} // namespace aks
