#pragma once

#include "snapshot/SnapshotCatalog.h"

#include <QAbstractTableModel>
#include <QList>

namespace aks {

// The snapshots of a folder, newest first, with whether their checksums verified.
class SnapshotListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, DeploymentColumn, ClustersColumn, IntegrityColumn, HostColumn, ColumnCount };

    explicit SnapshotListModel(QObject* parent = nullptr);

    void setSnapshots(const QList<SnapshotInfo>& snapshots);
    const SnapshotInfo* snapshotAt(int row) const;
    int rowOf(const QString& folder) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SnapshotInfo> m_snapshots;
};

} // namespace aks
