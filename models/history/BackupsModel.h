#pragma once

#include "velero/ClusterHistory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

#include <vector>

namespace aks {

// Every backup of every cluster, one row each. Clusters are replaced as their history arrives; a
// cluster whose refresh failed keeps its rows, shown as stale.
class BackupsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Cluster,
        Name,
        Phase,
        Schedule,
        Started,
        Age,
        Expires,
        Items,
        Errors,
        Warnings,
        Location,
        ColumnCount
    };
    enum Role { ClusterRole = Qt::UserRole + 100, PhaseRole, ScheduleRole, NameRole, StaleRole };

    explicit BackupsModel(QObject* parent = nullptr);

    // Replaces the rows of each cluster that loaded; marks the others stale.
    void setHistory(const QList<ClusterHistory>& history);
    void setBackups(const QString& cluster, const QList<VeleroBackup>& backups);
    void setStale(const QString& cluster, bool stale);
    // The clock for ages (tests and benchmarks set it; the page sets it at each refresh).
    void setNow(const QDateTime& now);

    const VeleroBackup& backupAt(int row) const { return m_rows[size_t(row)].backup; }
    QString clusterAt(int row) const { return m_rows[size_t(row)].cluster; }
    QStringList clusters() const;
    QStringList schedules() const;

    // Typed comparison and matching for BackupFilterProxy: no QVariant per row, so 10,000 rows
    // sort and filter well within 50 ms.
    bool lessThan(int left, int right, int column) const;
    bool matches(int row, const QString& cluster, const QString& phase, const QString& schedule,
                 const QString& text) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString cluster;
        VeleroBackup backup;
        qint64 point = 0;   // recovery point, seconds since the epoch
        qint64 expires = 0; // expiration; max when none
    };
    std::vector<Row> m_rows;
    QSet<QString> m_stale;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace aks
