#include "SnapshotsPage.h"

#include "ModelRoles.h"
#include "SnapshotCompareView.h"
#include "akshci/AksHciClient.h"
#include "common/DialogFacade.h"
#include "common/EmptyState.h"
#include "common/ItemViews.h"
#include "common/MessageBanner.h"
#include "common/PageShortcuts.h"
#include "env/AppPaths.h"
#include "env/RecentItems.h"
#include "jobs/JobManager.h"
#include "snapshot/SnapshotCapture.h"
#include "snapshot/SnapshotCatalog.h"
#include "snapshot/SnapshotDiff.h"
#include "snapshot/SnapshotListModel.h"
#include "snapshot/SnapshotReader.h"
#include "snapshot/SnapshotWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace aks {
namespace {

QString settingsKey() {
    return SnapshotCatalog::folderSettingKey();
}

// What a comparison job loads: a snapshot folder, or the environment now when the folder is empty.
struct Side {
    QString folder;
    QByteArray passphrase;
};

Result<Snapshot> loadSide(const Side& side, const std::shared_ptr<AksHciClient>& client,
                          const JobContext& job) {
    if (!side.folder.isEmpty())
        return SnapshotReader::load(side.folder, side.passphrase);
    auto live = SnapshotCapture::capture(*client, {}, job);
    if (live)
        live->redactSecrets();
    return live;
}

} // namespace

SnapshotsPage::SnapshotsPage(const AppContext& context, std::shared_ptr<AksHciClient> client, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_client(std::move(client)),
      m_model(new SnapshotListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_banner(new MessageBanner(this)),
      m_folderLabel(new QLineEdit(this)),
      m_chooseFolder(new QPushButton(tr("&Folder..."), this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_export(new QPushButton(tr("&Export snapshot now"), this)),
      m_exportEncrypted(new QPushButton(tr("Export with secrets (e&ncrypted)..."), this)),
      m_compareButton(new QPushButton(tr("&Compare"), this)),
      m_listStack(new QStackedWidget(this)),
      m_empty(
          new EmptyState(tr("No config snapshots yet"),
                         tr("Export a snapshot of the deployment's configuration now, or choose the folder "
                            "where scheduled exports (aks-recovery snapshot export) go."),
                         this)),
      m_table(new QTableView(this)),
      m_compare(new SnapshotCompareView(context.dialogs, this)) {
    setObjectName(QStringLiteral("snapshotsPage"));
    m_banner->setObjectName(QStringLiteral("snapshotsBanner"));
    m_banner->setVisible(false);
    m_folderLabel->setObjectName(QStringLiteral("snapshotFolder"));
    // A read-only field rather than a label: a long path scrolls instead of widening the page.
    m_folderLabel->setReadOnly(true);
    m_folderLabel->setMinimumWidth(120);
    m_folderLabel->setAccessibleName(tr("Snapshot folder"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolder"));
    m_refresh->setObjectName(QStringLiteral("refreshSnapshots"));
    m_export->setObjectName(QStringLiteral("exportSnapshot"));
    m_compareButton->setObjectName(QStringLiteral("compareSnapshots"));
    m_exportEncrypted->setObjectName(QStringLiteral("exportEncryptedSnapshot"));
    m_exportEncrypted->setToolTip(tr("Like Export, but the secrets in the configuration (proxy credentials, "
                                     "keys, passwords) are kept, encrypted with a passphrase you choose. "
                                     "Without the passphrase they cannot be read back."));
    m_export->setToolTip(tr("Read Get-AksHciConfig and every workload cluster now and save them, secrets "
                            "redacted, as a new snapshot in this folder."));
    m_compareButton->setToolTip(
        tr("One snapshot selected: compare it with the environment now. Two selected: compare "
           "them with each other."));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_table->setObjectName(QStringLiteral("snapshotTable"));
    m_table->setAccessibleName(tr("Config snapshots"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SnapshotListModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SnapshotListModel::ClustersColumn,
                                                      QHeaderView::Stretch);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(m_table);

    // The folder on a line of its own (a path needs the width), the actions below it.
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Snapshots in:"), this));
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(m_chooseFolder);
    folderRow->addWidget(m_refresh);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_exportEncrypted);
    buttons->addStretch(1);
    buttons->addWidget(m_compareButton);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_compare);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(folderRow);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    m_passphrase = [this](const QString& name) {
        return m_context.dialogs->passphrase(
            this, tr("Encrypted snapshot"),
            tr("The snapshot %1 keeps its secrets encrypted. Type its passphrase to compare them too.")
                .arg(name),
            false);
    };

    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir =
            m_context.dialogs->existingDirectory(this, tr("Folder of config snapshots"), m_folder);
        if (!dir.isEmpty())
            setFolder(dir);
    });
    connect(m_refresh, &QPushButton::clicked, this, &SnapshotsPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &SnapshotsPage::exportSnapshot);
    connect(m_exportEncrypted, &QPushButton::clicked, this, &SnapshotsPage::exportEncryptedSnapshot);
    connect(m_compareButton, &QPushButton::clicked, this, &SnapshotsPage::compareSelected);
    connect(m_table, &QTableView::doubleClicked, this, &SnapshotsPage::compareSelected);
    ItemViews::addOpenAction(m_table, tr("Co&mpare"), [this](const QModelIndex&) { compareSelected(); });
    PageShortcuts::install(this, m_refresh, {findChild<QLineEdit*>(QStringLiteral("compareFilter"))});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SnapshotsPage::updateButtons);

    m_folder = SnapshotCatalog::defaultFolder();
    m_folderLabel->setText(QDir::toNativeSeparators(m_folder));
    updateButtons();
    refresh();
}

void SnapshotsPage::showSnapshot(const QString& snapshotFolder) {
    const QFileInfo info(snapshotFolder);
    m_pendingSelect = info.absoluteFilePath();
    setFolder(info.absolutePath());
}

void SnapshotsPage::setFolder(const QString& folder) {
    m_folder = folder;
    QSettings().setValue(settingsKey(), folder);
    RecentItems(QStringLiteral("recent/snapshotFolders")).add({{QStringLiteral("id"), folder}});
    m_folderLabel->setText(QDir::toNativeSeparators(folder));
    m_compare->clear();
    refresh();
}

void SnapshotsPage::showError(const Error& error) {
    m_banner->setVisible(true);
    m_banner->showMessage(MessageBanner::Kind::Error, error.message, error.detail);
    emit failed(error.message);
}

void SnapshotsPage::updateButtons() {
    const int selected = int(selectedFolders().size());
    m_export->setEnabled(m_client != nullptr);
    m_exportEncrypted->setEnabled(m_client != nullptr);
    if (!m_client)
        m_export->setToolTip(tr("No AKS hybrid environment is configured (see File > Settings)."));
    m_compareButton->setEnabled((selected == 1 && m_client) || selected == 2);
}

QStringList SnapshotsPage::selectedFolders() const {
    QStringList out;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        out.append(i.data(IdRole).toString());
    return out;
}

void SnapshotsPage::refresh() {
    const QString folder = m_folder;
    const int generation = ++m_refreshGeneration;
    m_context.jobs->run<QList<SnapshotInfo>>(
        tr("Verify config snapshots"),
        [folder](const JobContext& job) -> Result<QList<SnapshotInfo>> {
            return SnapshotCatalog::list(folder, job.cancelToken());
        },
        this,
        [this, generation](const Result<QList<SnapshotInfo>>& r) {
            if (generation != m_refreshGeneration)
                return;
            const QStringList before = selectedFolders();
            m_model->setSnapshots(*r);
            m_listStack->setCurrentWidget(r->isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
            QStringList select = before;
            if (!m_pendingSelect.isEmpty()) {
                select = {std::exchange(m_pendingSelect, QString())};
                m_table->clearSelection();
            }
            for (const QString& f : select)
                if (const int row = m_model->rowOf(f); row >= 0)
                    m_table->selectionModel()->select(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                      QItemSelectionModel::Select |
                                                          QItemSelectionModel::Rows);
            int damaged = 0;
            for (const SnapshotInfo& s : *r)
                damaged += s.verified ? 0 : 1;
            if (damaged > 0) {
                m_banner->setVisible(true);
                m_banner->showMessage(
                    MessageBanner::Kind::Warning,
                    tr("%n snapshot(s) failed verification: do not rebuild from them.", nullptr, damaged),
                    tr("Hover over a damaged snapshot to see which file is at fault."));
            }
            updateButtons();
            emit refreshed(int(r->size()));
        });
}

void SnapshotsPage::exportSnapshot() {
    runExport({});
}

void SnapshotsPage::exportEncryptedSnapshot() {
    if (!m_client)
        return;
    SnapshotWriter::Options options;
    options.keepSecrets = true;
    options.passphrase = m_context.dialogs->passphrase(
        this, tr("Export with secrets"),
        tr("The snapshot will keep the configuration's secrets, encrypted with this passphrase "
           "(AES-256-GCM). "
           "Keep the passphrase apart from the snapshot: without it the secrets cannot be read back."),
        true);
    if (options.passphrase.isEmpty())
        return;
    runExport(options);
}

void SnapshotsPage::runExport(const SnapshotWriter::Options& options) {
    if (!m_client)
        return;
    const QString folder = m_folder;
    auto client = m_client;
    m_export->setEnabled(false);
    m_exportEncrypted->setEnabled(false);
    const bool encrypted = options.keepSecrets;
    m_context.jobs->run<QString>(
        tr("Export config snapshot"),
        [client, folder, options](const JobContext& job) -> Result<QString> {
            auto snapshot = SnapshotCapture::capture(*client, {}, job);
            if (!snapshot)
                return snapshot.error();
            job.setProgress(-1, -1, tr("Writing the snapshot"));
            return SnapshotWriter::write(*snapshot, folder, options, job.cancelToken());
        },
        this,
        [this, encrypted](const Result<QString>& r) {
            updateButtons();
            if (!r) {
                showError(r.error());
                return;
            }
            m_banner->setVisible(true);
            m_banner->showMessage(
                MessageBanner::Kind::Info,
                encrypted ? tr("Snapshot saved as %1 (secrets encrypted).").arg(QDir::toNativeSeparators(*r))
                          : tr("Snapshot saved as %1 (secrets redacted).").arg(QDir::toNativeSeparators(*r)));
            emit exported(*r);
            refresh();
        });
}

void SnapshotsPage::compareSelected() {
    QStringList folders = selectedFolders();
    if (folders.isEmpty() || folders.size() > 2 || (folders.size() == 1 && !m_client))
        return;
    // Oldest first, so A is "before" and B is "after".
    std::sort(folders.begin(), folders.end(), [this](const QString& a, const QString& b) {
        return m_model->snapshotAt(m_model->rowOf(a))->createdUtc <
               m_model->snapshotAt(m_model->rowOf(b))->createdUtc;
    });
    std::vector<Side> sides;
    QString deployment;
    for (const QString& f : folders) {
        const SnapshotInfo* info = m_model->snapshotAt(m_model->rowOf(f));
        if (!info->verified) {
            showError(Error::make(Error::Kind::Corrupt, info->error));
            return;
        }
        deployment = info->deployment;
        Side side{f, {}};
        if (info->encrypted) {
            side.passphrase = m_passphrase(info->name);
            if (side.passphrase.isEmpty())
                return;
        }
        sides.push_back(side);
    }
    if (sides.size() == 1)
        sides.push_back({QString(), {}}); // B: the environment now
    auto client = m_client;
    m_compare->clear();
    m_context.jobs->run<DiffResult>(
        sides[1].folder.isEmpty() ? tr("Compare snapshot with the environment") : tr("Compare snapshots"),
        [sides, client](const JobContext& job) -> Result<DiffResult> {
            auto a = loadSide(sides[0], client, job);
            if (!a)
                return a.error();
            auto b = loadSide(sides[1], client, job);
            if (!b)
                return b.error();
            return SnapshotDiff::compare(*a, *b);
        },
        this,
        [this, deployment](const Result<DiffResult>& r) {
            if (!r) {
                showError(r.error());
                return;
            }
            m_banner->setVisible(false);
            m_compare->setResult(*r, deployment);
            emit compared(r->matters());
        });
}

} // namespace aks
