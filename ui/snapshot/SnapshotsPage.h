#pragma once

#include "AppContext.h"
#include "core/Result.h"
#include "snapshot/DiffResult.h"
#include "snapshot/SnapshotWriter.h"

#include <QByteArray>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QSortFilterProxyModel;

namespace aks {

class AksHciClient;
class EmptyState;
class MessageBanner;
class SnapshotCompareView;
class SnapshotListModel;

// The Config snapshots page: the snapshots of a folder with their time, clusters and integrity
// (checksums verified when the folder is opened), an export of the environment now, and the
// side-by-side comparison of a snapshot with the environment or of two snapshots.
class SnapshotsPage : public QWidget {
    Q_OBJECT
public:
    // Asked for the passphrase of an encrypted snapshot; an empty answer cancels.
    using PassphraseProvider = std::function<QByteArray(const QString& snapshotName)>;

    SnapshotsPage(const AppContext& context, std::shared_ptr<AksHciClient> client, QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    QString folder() const { return m_folder; }
    // Shows the folder that holds this snapshot and selects it (drag and drop, recent snapshots).
    void showSnapshot(const QString& snapshotFolder);
    void refresh();
    void exportSnapshot();
    // Keeps the secrets, encrypted with a passphrase the admin types twice.
    void exportEncryptedSnapshot();
    // Compares the selected snapshot with the environment now, or two selected snapshots.
    void compareSelected();
    void setPassphraseProvider(PassphraseProvider provider) { m_passphrase = std::move(provider); }
    SnapshotCompareView* compareView() const { return m_compare; }

signals:
    void refreshed(int count);
    void exported(const QString& folder);
    void compared(bool matters);
    void failed(const QString& message);

private:
    QStringList selectedFolders() const;
    void updateButtons();
    void runExport(const SnapshotWriter::Options& options);
    void showError(const Error& error);

    AppContext m_context;
    std::shared_ptr<AksHciClient> m_client;
    QString m_folder;
    QString m_pendingSelect;     // a snapshot to select once the listing that holds it arrives
    int m_refreshGeneration = 0; // drops the result of a listing that a newer one replaced
    PassphraseProvider m_passphrase;
    SnapshotListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageBanner* m_banner;
    QLineEdit* m_folderLabel;
    QPushButton* m_chooseFolder;
    QPushButton* m_refresh;
    QPushButton* m_export;
    QPushButton* m_exportEncrypted;
    QPushButton* m_compareButton;
    QStackedWidget* m_listStack;
    EmptyState* m_empty;
    QTableView* m_table;
    SnapshotCompareView* m_compare;
};

} // namespace aks
