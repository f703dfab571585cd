#pragma once

#include "AppContext.h"
#include "core/Result.h"
#include "jobs/JobContext.h"
#include "velero/ClusterHistory.h"

#include <QDateTime>
#include <QModelIndex>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace aks {

class BackupFilterProxy;
class BackupsModel;
class LocationsModel;
class MessageBanner;
class RestoresModel;
class RpoModel;
class SchedulesModel;
class TimelineChart;

// The Backups page: per-cluster RPO at a glance, every backup (sortable, filterable), a timeline,
// schedules, storage locations and restores, refreshed in the background.
class HistoryPage : public QWidget {
    Q_OBJECT
public:
    using Loader = std::function<Result<QList<ClusterHistory>>(const JobContext&)>;

    HistoryPage(AppContext& context, QWidget* parent = nullptr);

    // Replaces how the history is read (default: every workload cluster via HistoryLoader).
    void setLoader(Loader loader);
    void setAutoRefreshInterval(int msecs);

    BackupsModel* backupsModel() const { return m_backups; }
    RpoModel* rpoModel() const { return m_rpo; }

public slots:
    void refresh();

signals:
    // A backup to open in the inspector: its store (StoreSpec string) and name.
    void openBackupRequested(const QString& storeSpec, const QString& backupName);
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyHistory(const QList<ClusterHistory>& history);
    void openRow(const QModelIndex& proxyIndex);
    void refillFilters();
    QTableView* makeTable(const QString& objectName, QAbstractItemModel* model,
                          const QString& accessibleName);

    AppContext& m_context;
    Loader m_loader;
    BackupsModel* m_backups;
    BackupFilterProxy* m_proxy;
    RpoModel* m_rpo;
    SchedulesModel* m_schedules;
    LocationsModel* m_locations;
    RestoresModel* m_restores;
    QList<ClusterHistory> m_lastGood;
    MessageBanner* m_banner;
    QLabel* m_updated;
    QPushButton* m_refresh;
    QComboBox* m_clusterFilter;
    QComboBox* m_phaseFilter;
    QComboBox* m_scheduleFilter;
    QLineEdit* m_search;
    QTableView* m_rpoTable;
    QTableView* m_table;
    TimelineChart* m_timeline;
    QTabWidget* m_tabs;
    QTimer* m_timer;
    int m_job = 0;
    bool m_shown = false;
};

} // namespace aks
