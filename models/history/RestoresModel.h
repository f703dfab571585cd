#pragma once

#include "velero/ClusterHistory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

namespace aks {

// Every cluster's Velero restores: backup, phase, progress, errors and warnings.
class RestoresModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Cluster, Name, Backup, Phase, Progress, Started, Errors, Warnings, ColumnCount };

    explicit RestoresModel(QObject* parent = nullptr);
    void setHistory(const QList<ClusterHistory>& history);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, VeleroRestore>> m_rows;
};

} // namespace aks
