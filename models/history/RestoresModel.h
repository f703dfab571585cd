#pragma once

#include "ClusterRowsModel.h"

namespace aks {

// Every cluster's Velero restores: backup, phase, progress, errors and warnings.
class RestoresModel : public ClusterRowsModel<VeleroRestore> {
    Q_OBJECT
public:
    enum Column { Cluster, Name, Backup, Phase, Progress, Started, Errors, Warnings, ColumnCount };

    explicit RestoresModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace aks
