#pragma once

#include "velero/ClusterHistory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

namespace aks {

// Every cluster's backup storage locations: provider, bucket/prefix, access mode, availability.
class LocationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Cluster, Name, Provider, BucketPrefix, AccessMode, Phase, LastSynced, ColumnCount };

    explicit LocationsModel(QObject* parent = nullptr);
    void setHistory(const QList<ClusterHistory>& history);
    const VeleroBsl* location(const QString& cluster, const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, VeleroBsl>> m_rows;
};

} // namespace aks
