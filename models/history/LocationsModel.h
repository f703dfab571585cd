#pragma once

#include "ClusterRowsModel.h"

namespace aks {

// Every cluster's backup storage locations: provider, bucket/prefix, access mode, availability.
class LocationsModel : public ClusterRowsModel<VeleroBsl> {
    Q_OBJECT
public:
    enum Column { Cluster, Name, Provider, BucketPrefix, AccessMode, Phase, LastSynced, ColumnCount };

    explicit LocationsModel(QObject* parent = nullptr);
    const VeleroBsl* location(const QString& cluster, const QString& name) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace aks
