#pragma once

#include "velero/ClusterHistory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

namespace aks {

// Every cluster's Velero schedules: cron, last backup, TTL.
class SchedulesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Cluster, Name, Cron, Phase, LastBackup, Ttl, Namespaces, ColumnCount };

    explicit SchedulesModel(QObject* parent = nullptr);
    void setHistory(const QList<ClusterHistory>& history);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, VeleroSchedule>> m_rows;
};

} // namespace aks
