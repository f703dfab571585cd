#pragma once

#include "AppContext.h"
#include "inspector/ObjectRecord.h"
#include "store/StoreSpec.h"

#include <QWidget>

#include <nlohmann/json.hpp>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace aks {

class BackupListModel;
class ComparisonModel;
class CompareTab;
class EmptyState;
class JsonTableModel;
class JsonTableView;
class JsonViewer;
class LogEntryModel;
class MessageBanner;
class ResourceTreeModel;
class ResourcesTab;
struct BackupDetails;

// The backup inspector: open a store (folder, downloaded tarball, or a StoreSpec handed in by the
// Azure/S3 dialog), list its backups, and look into one: Backup object, resources with their JSON,
// resource list check, volumes, item operations, results, log, and a comparison with another
// backup. Every read runs as a job; objects stream into the tree in batches.
class InspectorPage : public QWidget {
    Q_OBJECT

public:
    explicit InspectorPage(const AppContext& context, QWidget* parent = nullptr);
    ~InspectorPage() override;

    ResourceTreeModel* resourceModel() const { return m_resources; }
    QString currentBackup() const { return m_backup; }

public slots:
    void openStore(const aks::StoreSpec& spec);
    void openBackup(const QString& storeString, const QString& backupName);
    void selectBackup(const QString& backupName);
    // The Azure Blob / S3 dialog (also offered for folders and tarballs); opens what it returns.
    void openStoreDialog();

signals:
    void storeLoaded(int backups);
    // A store opened successfully (it is now first in the recent stores).
    void storeOpened(const aks::StoreSpec& spec);
    void backupLoaded(const QString& backup, int objects);
    // Every artifact beside the tarball (logs, volume lists, results...) is in its tab.
    void artifactsLoaded(const QString& backup);
    void comparisonReady(int differences);

private:
    void openTyped();
    void openFolder();
    void openTarball();
    void onBackupSelected();
    void loadDetails();
    void loadResources();
    void showDetails(const std::shared_ptr<BackupDetails>& details);
    // Runs one step per turn of the event loop while `generation` is current.
    void runInTurns(const std::shared_ptr<std::deque<std::function<void()>>>& steps, quint64 generation);
    void compareWith(const QString& other);
    void checkResourceList();
    void cancelBackupJobs();
    void showError(const QString& text, const QString& detail = {});

    AppContext m_context;
    std::optional<StoreSpec> m_spec;
    QString m_backup;
    QString m_pendingBackup;
    quint64 m_generation = 0; // drops batches of a backup that is no longer shown
    QList<int> m_backupJobs;
    // Shared with the worker that checks it; never copied on the UI thread.
    std::shared_ptr<const nlohmann::json> m_resourceList;
    std::shared_ptr<const QList<ObjectRecord>> m_tarballRecords;
    bool m_detailsLoaded = false;
    bool m_resourcesLoaded = false;

    QLineEdit* m_storeEdit;
    MessageBanner* m_banner;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QTableView* m_backupsView;
    QSortFilterProxyModel* m_backupsProxy;
    QTabWidget* m_tabs;
    QLabel* m_backupTitle;

    BackupListModel* m_backups;
    ResourceTreeModel* m_resources;
    LogEntryModel* m_log;
    ComparisonModel* m_comparison;
    JsonTableModel* m_resourceCheck;
    JsonTableModel* m_podVolumeBackups;
    JsonTableModel* m_volumeSnapshots;
    JsonTableModel* m_csiSnapshots;
    JsonTableModel* m_csiContents;
    JsonTableModel* m_volumeInfo;
    JsonTableModel* m_itemOperations;
    JsonTableModel* m_results;

    JsonViewer* m_backupObject;
    ResourcesTab* m_resourcesTab;
    JsonTableView* m_resourceCheckView;
    JsonTableView* m_pvbView;
    JsonTableView* m_snapshotView;
    JsonTableView* m_csiView;
    JsonTableView* m_csiContentView;
    JsonTableView* m_volumeInfoView;
    JsonTableView* m_itemOpsView;
    JsonTableView* m_resultsView;
    CompareTab* m_compareTab;
};

} // namespace aks
