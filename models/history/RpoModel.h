#pragma once

#include "velero/RpoStatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace aks {

// One row per cluster: the RPO target, the newest Completed backup, its age and whether it meets
// the target.
class RpoModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Cluster, Target, Newest, Age, State, Schedule, ColumnCount };
    enum Role { MeetsRole = Qt::UserRole + 100 };

    explicit RpoModel(QObject* parent = nullptr);
    void setStatuses(const QList<RpoStatus>& statuses);
    const QList<RpoStatus>& statuses() const { return m_rows; }
    int breachedCount() const;
    static QString stateText(RpoStatus::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RpoStatus> m_rows;
};

} // namespace aks
