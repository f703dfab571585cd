#pragma once

#include "ClusterRowsModel.h"

namespace aks {

// Every cluster's Velero schedules: cron, last backup, TTL.
class SchedulesModel : public ClusterRowsModel<VeleroSchedule> {
    Q_OBJECT
public:
    enum Column { Cluster, Name, Cron, Phase, LastBackup, Ttl, Namespaces, ColumnCount };

    explicit SchedulesModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace aks
