#include "InspectorPage.h"

#include "CompareTab.h"
#include "JsonTableView.h"
#include "JsonViewer.h"
#include "LogTab.h"
#include "ResourcesTab.h"
#include "common/DialogFacade.h"
#include "common/EmptyState.h"
#include "common/MessageBanner.h"
#include "env/RecentItems.h"
#include "inspector/BackupCatalog.h"
#include "inspector/BackupDetails.h"
#include "inspector/BackupListModel.h"
#include "inspector/ComparisonModel.h"
#include "inspector/JsonTableModel.h"
#include "inspector/LogEntryModel.h"
#include "inspector/ResourceListCheck.h"
#include "inspector/ResourceTreeModel.h"
#include "inspector/TarballScanner.h"
#include "jobs/JobManager.h"
#include "store/OpenStoreDialog.h"
#include "store/StoreFactory.h"

#include "ModelRoles.h"
#include "common/PageShortcuts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace aks {
namespace {
using Columns = QList<JsonTableModel::ColumnSpec>;

// Objects per batch handed to the UI thread: a small first batch so rows show at once, then
// larger ones so a 50k-object backup costs few model updates.
constexpr size_t kFirstBatch = 200;
constexpr size_t kBatch = 2000;
constexpr qint64 kBatchMillis = 100;

QString artifactNote(const BackupInfo& info, BackupArtifact a, const nlohmann::json& value) {
    if (!info.has(a))
        return InspectorPage::tr("%1 is absent from the store.").arg(BackupArtifacts::fileName(info.name, a));
    if (value.is_null() || (value.is_array() && value.empty()))
        return InspectorPage::tr("%1 holds no entries.").arg(BackupArtifacts::fileName(info.name, a));
    return {};
}
} // namespace

InspectorPage::InspectorPage(const AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_storeEdit(new QLineEdit(this)),
      m_banner(new MessageBanner(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(
          new EmptyState(tr("Backup inspector"),
                         tr("Open a backup store (a folder that holds backups/, or a backup downloaded with "
                            "velero backup download) to see every resource, volume backup, log and warning a "
                            "Velero backup holds, with no cluster needed."),
                         this)),
      m_backupsView(new QTableView(this)),
      m_backupsProxy(new QSortFilterProxyModel(this)),
      m_tabs(new QTabWidget(this)),
      m_backupTitle(new QLabel(this)),
      m_backups(new BackupListModel(this)),
      m_resources(new ResourceTreeModel(this)),
      m_log(new LogEntryModel(this)),
      m_comparison(new ComparisonModel(this)) {
    setObjectName(QStringLiteral("inspectorPage"));
    m_resourceCheck = new JsonTableModel(
        Columns{{tr("Kind"), "/kind"}, {tr("Object"), "/name"}, {tr("Status"), "/status"}}, this);
    m_podVolumeBackups = new JsonTableModel(Columns{{tr("Namespace"), "/spec/pod/namespace"},
                                                    {tr("Pod"), "/spec/pod/name"},
                                                    {tr("Volume"), "/spec/volume"},
                                                    {tr("Uploader"), "/spec/uploaderType"},
                                                    {tr("Phase"), "/status/phase"},
                                                    {tr("Snapshot"), "/status/snapshotID"},
                                                    {tr("Bytes"), "/status/progress/totalBytes"},
                                                    {tr("Node"), "/spec/node"}},
                                            this);
    m_volumeSnapshots = new JsonTableModel(Columns{{tr("Persistent volume"), "/spec/persistentVolumeName"},
                                                   {tr("Volume ID"), "/spec/providerVolumeID"},
                                                   {tr("Type"), "/spec/volumeType"},
                                                   {tr("Snapshot"), "/status/providerSnapshotID"},
                                                   {tr("Phase"), "/status/phase"}},
                                           this);
    m_csiSnapshots = new JsonTableModel(Columns{{tr("Namespace"), "/metadata/namespace"},
                                                {tr("Name"), "/metadata/name"},
                                                {tr("Claim"), "/spec/source/persistentVolumeClaimName"},
                                                {tr("Content"), "/status/boundVolumeSnapshotContentName"},
                                                {tr("Ready"), "/status/readyToUse"}},
                                        this);
    m_csiContents = new JsonTableModel(Columns{{tr("Name"), "/metadata/name"},
                                               {tr("Driver"), "/spec/driver"},
                                               {tr("Handle"), "/status/snapshotHandle"},
                                               {tr("Ready"), "/status/readyToUse"}},
                                       this);
    m_volumeInfo = new JsonTableModel(Columns{{tr("Namespace"), "/pvcNamespace"},
                                              {tr("Claim"), "/pvcName"},
                                              {tr("Persistent volume"), "/pvName"},
                                              {tr("Method"), "/backupMethod"},
                                              {tr("Result"), "/result"},
                                              {tr("Skipped"), "/skipped"}},
                                      this);
    m_itemOperations = new JsonTableModel(Columns{{tr("Action"), "/spec/backupItemAction"},
                                                  {tr("Resource"), "/spec/resourceIdentifier/Resource"},
                                                  {tr("Namespace"), "/spec/resourceIdentifier/Namespace"},
                                                  {tr("Name"), "/spec/resourceIdentifier/Name"},
                                                  {tr("Operation"), "/spec/operationID"},
                                                  {tr("Phase"), "/status/phase"},
                                                  {tr("Error"), "/status/error"}},
                                          this);
    m_results = new JsonTableModel(
        Columns{{tr("Type"), "/type"}, {tr("Scope"), "/scope"}, {tr("Message"), "/message"}}, this);

    // Store bar.
    m_storeEdit->setObjectName(QStringLiteral("storeEdit"));
    m_storeEdit->setPlaceholderText(
        tr("Folder, .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX]"));
    m_storeEdit->setAccessibleName(tr("Backup store"));
    auto* storeLabel = new QLabel(tr("&Store:"), this);
    storeLabel->setBuddy(m_storeEdit);
    auto* open = new QPushButton(tr("&Open"), this);
    open->setObjectName(QStringLiteral("openStoreButton"));
    auto* folder = new QPushButton(tr("&Folder..."), this);
    folder->setObjectName(QStringLiteral("openFolderButton"));
    folder->setToolTip(tr("Open a folder that holds a backup store (backups/, restores/...)"));
    auto* tarball = new QPushButton(tr("&Downloaded backup..."), this);
    tarball->setObjectName(QStringLiteral("openTarballButton"));
    tarball->setToolTip(tr("Open a .tar.gz written by velero backup download"));
    auto* cloud = new QPushButton(tr("&Cloud storage..."), this);
    cloud->setObjectName(QStringLiteral("openCloudButton"));
    cloud->setToolTip(tr("Open an Azure Blob Storage container or an S3/MinIO bucket, with its credentials"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(storeLabel);
    bar->addWidget(m_storeEdit, 1);
    bar->addWidget(open);
    bar->addWidget(folder);
    bar->addWidget(tarball);
    bar->addWidget(cloud);

    // Backups list.
    m_backupsProxy->setSourceModel(m_backups);
    m_backupsProxy->setSortRole(RawValueRole);
    m_backupsView->setObjectName(QStringLiteral("backupsView"));
    m_backupsView->setAccessibleName(tr("Backups"));
    m_backupsView->setModel(m_backupsProxy);
    m_backupsView->setSortingEnabled(true);
    m_backupsView->sortByColumn(BackupListModel::Started, Qt::DescendingOrder);
    m_backupsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backupsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backupsView->verticalHeader()->hide();
    m_backupsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_backupsView->horizontalHeader()->setStretchLastSection(true);
    // Room for a few backups: the tabs below would otherwise squeeze the list to one row.
    m_backupsView->setMinimumHeight(m_backupsView->horizontalHeader()->sizeHint().height() +
                                    4 * m_backupsView->verticalHeader()->defaultSectionSize() +
                                    m_backupsView->horizontalScrollBar()->sizeHint().height() +
                                    2 * m_backupsView->frameWidth());

    // One backup's tabs.
    m_backupObject = new JsonViewer(this);
    m_backupObject->setObjectName(QStringLiteral("backupObject"));
    m_resourcesTab = new ResourcesTab(m_resources, this);
    m_resourceCheckView =
        new JsonTableView(tr("Resource list checked against the tarball"), m_resourceCheck, this);
    m_pvbView = new JsonTableView(tr("Pod volume backups (restic/kopia)"), m_podVolumeBackups, this);
    m_snapshotView = new JsonTableView(tr("Native volume snapshots"), m_volumeSnapshots, this);
    m_csiView = new JsonTableView(tr("CSI volume snapshots"), m_csiSnapshots, this);
    m_csiContentView = new JsonTableView(tr("CSI volume snapshot contents"), m_csiContents, this);
    m_volumeInfoView = new JsonTableView(tr("Volume info"), m_volumeInfo, this);
    m_itemOpsView = new JsonTableView(tr("Item operations"), m_itemOperations, this);
    m_resultsView = new JsonTableView(tr("Errors and warnings"), m_results, this);
    m_resultsView->table()->setObjectName(QStringLiteral("resultsView"));
    m_compareTab = new CompareTab(m_comparison, this);
    auto* volumes = new QWidget(this);
    auto* volumesLayout = new QVBoxLayout(volumes);
    volumesLayout->addWidget(m_pvbView);
    volumesLayout->addWidget(m_volumeInfoView);
    volumesLayout->addWidget(m_snapshotView);
    auto* csi = new QWidget(this);
    auto* csiLayout = new QVBoxLayout(csi);
    csiLayout->addWidget(m_csiView);
    csiLayout->addWidget(m_csiContentView);

    m_tabs->setObjectName(QStringLiteral("backupTabs"));
    m_tabs->addTab(m_resourcesTab, tr("Resources"));
    m_tabs->addTab(m_backupObject, tr("Backup object"));
    m_tabs->addTab(m_resourceCheckView, tr("Resource list"));
    // Three and two tables one above the other: they scroll rather than make the window taller
    // than a 1024x700 screen.
    const auto scrolled = [this](QWidget* content) {
        auto* area = new QScrollArea(this);
        area->setWidget(content);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->addTab(scrolled(volumes), tr("Volumes"));
    m_tabs->addTab(scrolled(csi), tr("CSI"));
    m_tabs->addTab(m_itemOpsView, tr("Item operations"));
    m_tabs->addTab(m_resultsView, tr("Results"));
    m_tabs->addTab(new LogTab(m_log, this), tr("Log"));
    m_tabs->addTab(m_compareTab, tr("Compare"));

    m_backupTitle->setObjectName(QStringLiteral("backupTitle"));
    // The backup's name as plain text in a bold font, never markup built around it.
    m_backupTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_backupTitle->font();
    titleFont.setBold(true);
    m_backupTitle->setFont(titleFont);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_backupTitle);
    detailLayout->addWidget(m_tabs, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_backupsView);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    detail->setEnabled(false);

    connect(open, &QPushButton::clicked, this, &InspectorPage::openTyped);
    connect(m_storeEdit, &QLineEdit::returnPressed, this, &InspectorPage::openTyped);
    connect(folder, &QPushButton::clicked, this, &InspectorPage::openFolder);
    connect(tarball, &QPushButton::clicked, this, &InspectorPage::openTarball);
    connect(cloud, &QPushButton::clicked, this, &InspectorPage::openStoreDialog);
    // The last store opened, ready to open again with Enter (opening it needs the admin's say-so:
    // a remote store costs a network round trip and maybe a keychain prompt).
    const QList<QVariantMap> recent = RecentItems(QStringLiteral("recent/stores")).entries();
    if (!recent.isEmpty())
        m_storeEdit->setText(recent.first().value(QStringLiteral("store")).toString());
    connect(m_backupsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, detail] {
        detail->setEnabled(true);
        onBackupSelected();
    });
    connect(m_compareTab, &CompareTab::compareRequested, this, &InspectorPage::compareWith);
    connect(m_compareTab, &CompareTab::objectActivated, this,
            [this](const QString& kind, const QString& name) {
                if (m_resourcesTab->showObject(kind, name))
                    m_tabs->setCurrentWidget(m_resourcesTab);
            });
    // Ctrl+F finds in the tab in front: resources, the Backup object's JSON or the log.
    QList<QLineEdit*> finds;
    for (const char* name : {"resourceSearch", "jsonFind", "logSearch"})
        finds += findChildren<QLineEdit*>(QString::fromLatin1(name));
    PageShortcuts::install(this, nullptr, finds);
}

InspectorPage::~InspectorPage() {
    cancelBackupJobs();
}

void InspectorPage::showError(const QString& text, const QString& detail) {
    m_banner->showMessage(MessageBanner::Kind::Error, text, detail);
}

void InspectorPage::openTyped() {
    // A remote store typed as azure://... or s3://... keeps the endpoint and region it was last
    // opened with, which the short form does not carry.
    const QString typed = m_storeEdit->text().trimmed();
    for (const QVariantMap& recent : RecentItems(QStringLiteral("recent/stores")).entries()) {
        if (recent.value(QStringLiteral("id")).toString() == typed) {
            if (auto spec = StoreSpec::fromMap(recent)) {
                openStore(*spec);
                return;
            }
        }
    }
    auto spec = StoreSpec::parse(typed);
    if (!spec) {
        showError(spec.error().message);
        return;
    }
    openStore(*spec);
}

void InspectorPage::openFolder() {
    const QString dir = m_context.dialogs->existingDirectory(this, tr("Open backup store folder"), QString());
    if (dir.isEmpty())
        return;
    m_storeEdit->setText(dir);
    openTyped();
}

void InspectorPage::openTarball() {
    const QString file = m_context.dialogs->openFileName(this, tr("Open downloaded backup"), QString(),
                                                         tr("Velero backups (*.tar.gz *.tgz)"));
    if (file.isEmpty())
        return;
    m_storeEdit->setText(file);
    openTyped();
}

void InspectorPage::openStoreDialog() {
    auto* dialog = new OpenStoreDialog(m_context.jobs, m_context.dialogs, this);
    dialog->setObjectName(QStringLiteral("openStoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_spec)
        dialog->setSpec(*m_spec);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openStore(dialog->spec()); });
    dialog->open();
}

void InspectorPage::openStore(const aks::StoreSpec& spec) {
    cancelBackupJobs();
    m_spec = spec;
    m_backup.clear();
    m_storeEdit->setText(spec.toString());
    m_banner->clear();
    m_backups->setBackups({});
    m_resources->clear();
    m_log->setEntries({});
    m_comparison->setComparison({});
    m_context.jobs->run<QList<BackupInfo>>(
        tr("Open backup store %1").arg(spec.toString()),
        [spec](const JobContext& ctx) -> Result<QList<BackupInfo>> {
            auto store = aks::openStore(spec, ctx.cancelToken());
            if (!store)
                return store.error();
            return BackupCatalog::list(**store, ctx.cancelToken());
        },
        this,
        [this](const Result<QList<BackupInfo>>& r) {
            if (!r) {
                m_stack->setCurrentWidget(m_empty);
                showError(r.error().message, r.error().detail);
                return;
            }
            QStringList names;
            for (const BackupInfo& b : *r)
                names << b.name;
            m_backups->setBackups(*r);
            m_stack->setCurrentIndex(1);
            if (m_spec) {
                QVariantMap entry = m_spec->toMap();
                entry.insert(QStringLiteral("id"), m_spec->toString());
                RecentItems(QStringLiteral("recent/stores")).add(entry);
                emit storeOpened(*m_spec);
            }
            if (r->isEmpty())
                m_banner->showMessage(MessageBanner::Kind::Info,
                                      tr("%1 holds no backups.").arg(m_spec->toString()));
            m_compareTab->setCandidates(names, QString());
            emit storeLoaded(static_cast<int>(r->size()));
            if (!m_pendingBackup.isEmpty())
                selectBackup(std::exchange(m_pendingBackup, QString()));
        });
}

void InspectorPage::openBackup(const QString& storeString, const QString& backupName) {
    auto spec = StoreSpec::parse(storeString);
    if (!spec) {
        showError(spec.error().message);
        return;
    }
    if (m_spec && m_spec->toString() == spec->toString() && m_backups->rowCount() > 0) {
        selectBackup(backupName);
        return;
    }
    m_pendingBackup = backupName;
    openStore(*spec);
}

void InspectorPage::selectBackup(const QString& backupName) {
    const int row = m_backups->rowOf(backupName);
    if (row < 0) {
        showError(tr("There is no backup named %1 in %2.")
                      .arg(backupName, m_spec ? m_spec->toString() : QString()));
        return;
    }
    const QModelIndex proxy = m_backupsProxy->mapFromSource(m_backups->index(row, 0));
    m_backupsView->setCurrentIndex(proxy);
    m_backupsView->scrollTo(proxy);
}

void InspectorPage::cancelBackupJobs() {
    for (int id : std::as_const(m_backupJobs))
        m_context.jobs->cancel(id);
    m_backupJobs.clear();
}

void InspectorPage::onBackupSelected() {
    const QModelIndex source = m_backupsProxy->mapToSource(m_backupsView->currentIndex());
    const BackupInfo* info = m_backups->backupAt(source.row());
    if (!info || !m_spec || info->name == m_backup)
        return;
    cancelBackupJobs();
    ++m_generation;
    m_backup = info->name;
    m_banner->clear();
    m_resources->clear();
    m_log->setEntries({});
    m_comparison->setComparison({});
    m_resourceCheck->setRows(nullptr);
    m_resourceList = nullptr;
    m_tarballRecords = nullptr;
    m_detailsLoaded = false;
    m_resourcesLoaded = false;
    m_compareTab->setSummary(QString());
    QStringList names;
    for (int i = 0; i < m_backups->rowCount(); ++i)
        names << m_backups->backupAt(i)->name;
    m_compareTab->setCandidates(names, m_backup);
    m_backupTitle->setText(m_backup);
    if (info->neverFinishedUploading())
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("Backup %1 never finished uploading: velero-backup.json has no tarball beside it. "
               "Do not restore it.")
                .arg(m_backup));
    loadDetails();
    if (info->hasTarball)
        loadResources();
    else
        m_resourcesTab->setStatus(tr("No resources: the tarball is absent."));
}

void InspectorPage::loadDetails() {
    const StoreSpec spec = *m_spec;
    const QString name = m_backup;
    const quint64 gen = m_generation;
    // A pointer, so the UI thread takes the artifacts over rather than copying them.
    m_backupJobs << m_context.jobs->run<std::shared_ptr<BackupDetails>>(
        tr("Read the artifacts of backup %1").arg(name),
        [spec, name](const JobContext& ctx) -> Result<std::shared_ptr<BackupDetails>> {
            auto store = aks::openStore(spec, ctx.cancelToken());
            if (!store)
                return store.error();
            auto details = BackupDetails::load(**store, name, ctx.cancelToken());
            if (!details)
                return details.error();
            return std::make_shared<BackupDetails>(std::move(*details));
        },
        this,
        [this, gen](const Result<std::shared_ptr<BackupDetails>>& r) {
            if (gen != m_generation)
                return;
            if (!r) {
                if (r.error().kind != Error::Kind::Cancelled)
                    showError(r.error().message, r.error().detail);
                return;
            }
            showDetails(*r);
        });
}

// The artifacts are moved into the models, one per turn of the event loop: copying them, or
// filling every tab at once, held the UI thread for 50 to 200 ms on a large backup.
void InspectorPage::showDetails(const std::shared_ptr<BackupDetails>& details) {
    const BackupInfo& info = details->info;
    if (info.hasMetadata)
        m_backupObject->setJson(QByteArray::fromStdString(info.object.dump()));
    else
        m_backupObject->setPlaceholder(tr("velero-backup.json is absent: only the resources are known."));
    // Each step holds the details it reads, so they live until the last step has run.
    const auto table = [&details](JsonTableModel* model, JsonTableView* view, BackupArtifact a,
                                  nlohmann::json BackupDetails::*field) -> std::function<void()> {
        view->setNote(artifactNote(details->info, a, (*details).*field));
        return [model, details, field] { model->setRows(std::move((*details).*field)); };
    };
    auto steps = std::make_shared<std::deque<std::function<void()>>>();
    steps->push_back(table(m_podVolumeBackups, m_pvbView, BackupArtifact::PodVolumeBackups,
                           &BackupDetails::podVolumeBackups));
    steps->push_back(table(m_volumeSnapshots, m_snapshotView, BackupArtifact::VolumeSnapshots,
                           &BackupDetails::volumeSnapshots));
    steps->push_back(
        table(m_volumeInfo, m_volumeInfoView, BackupArtifact::VolumeInfo, &BackupDetails::volumeInfo));
    steps->push_back(table(m_csiSnapshots, m_csiView, BackupArtifact::CsiVolumeSnapshots,
                           &BackupDetails::csiVolumeSnapshots));
    steps->push_back(table(m_csiContents, m_csiContentView, BackupArtifact::CsiVolumeSnapshotContents,
                           &BackupDetails::csiVolumeSnapshotContents));
    steps->push_back(table(m_itemOperations, m_itemOpsView, BackupArtifact::ItemOperations,
                           &BackupDetails::itemOperations));
    steps->push_back([this, details] {
        nlohmann::json results = details->resultRows();
        m_resultsView->setNote(artifactNote(details->info, BackupArtifact::Results, results));
        m_results->setRows(std::move(results));
    });
    steps->push_back([this, details] { m_log->setEntries(std::move(details->log)); });
    steps->push_back([this, details] {
        BackupDetails& d = *details;
        m_resourceList = d.resourceList.is_null()
                             ? nullptr
                             : std::make_shared<const nlohmann::json>(std::move(d.resourceList));
        if (!d.info.has(BackupArtifact::ResourceList))
            m_resourceCheckView->setNote(artifactNote(d.info, BackupArtifact::ResourceList, nullptr));
        if (!d.problems.isEmpty())
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("Some artifacts of backup %1 could not be read.").arg(d.info.name),
                                  d.problems.join(QLatin1Char('\n')));
        m_detailsLoaded = true;
        checkResourceList();
        emit artifactsLoaded(d.info.name);
    });
    runInTurns(steps, m_generation);
}

void InspectorPage::runInTurns(const std::shared_ptr<std::deque<std::function<void()>>>& steps,
                               quint64 generation) {
    if (generation != m_generation || steps->empty())
        return; // another backup was picked meanwhile
    auto step = std::move(steps->front());
    steps->pop_front();
    step();
    if (!steps->empty())
        QTimer::singleShot(0, this, [this, steps, generation] { runInTurns(steps, generation); });
}

void InspectorPage::loadResources() {
    const StoreSpec spec = *m_spec;
    const QString name = m_backup;
    const quint64 gen = m_generation;
    const QPointer<InspectorPage> self(this);
    m_resourcesTab->setStatus(tr("Reading the tarball..."));
    // Filled by the worker alone; the UI thread reads it only once the job has finished.
    auto records = std::make_shared<QList<ObjectRecord>>();
    m_backupJobs << m_context.jobs->run<TarballScan>(
        tr("Read the resources of backup %1").arg(name),
        [spec, name, gen, self, records](const JobContext& ctx) -> Result<TarballScan> {
            auto store = aks::openStore(spec, ctx.cancelToken());
            if (!store)
                return store.error();
            auto batch = std::make_shared<std::vector<InspectedObject>>();
            size_t limit = kFirstBatch;
            QElapsedTimer sinceFlush;
            sinceFlush.start();
            // Batches go through the application object, which outlives every page; the page
            // pointer is checked on the UI thread.
            auto flush = [&] {
                if (batch->empty())
                    return;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, gen, batch]() {
                        if (self && self->m_generation == gen)
                            self->m_resources->appendObjects(std::move(*batch));
                    },
                    Qt::QueuedConnection);
                batch = std::make_shared<std::vector<InspectedObject>>();
                batch->reserve(kBatch);
                limit = kBatch;
                sinceFlush.restart();
            };
            TarballScanner scanner(**store, name, TarballScanner::defaultKey(name));
            auto scan = scanner.scan(
                [&](const ObjectRecord& o, QByteArrayView json) {
                    records->append(o);
                    batch->push_back({o, json.toByteArray()});
                    if (batch->size() >= limit || sinceFlush.elapsed() > kBatchMillis)
                        flush();
                    return Status();
                },
                ctx);
            flush();
            return scan;
        },
        this,
        [this, gen, records](const Result<TarballScan>& r) {
            if (gen != m_generation)
                return;
            if (!r) {
                if (r.error().kind == Error::Kind::Cancelled)
                    return;
                // What was read before the damage stays in the tree: a partial view is still
                // worth having when the tarball is all there is.
                m_resourcesTab->setStatus(
                    tr("Damaged tarball: showing the %n object(s) read before the damage.", nullptr,
                       m_resources->objectCount()));
                showError(r.error().message, r.error().detail);
                return;
            }
            m_resourcesTab->setStatus(
                tr("%n object(s), tarball format %1", nullptr, int(r->objects)).arg(r->formatVersion));
            m_resourcesLoaded = true;
            m_tarballRecords = records;
            checkResourceList();
            emit backupLoaded(m_backup, m_resources->objectCount());
        });
}

void InspectorPage::checkResourceList() {
    if (!m_detailsLoaded || !m_resourcesLoaded || !m_resourceList || !m_tarballRecords)
        return;
    struct Check {
        nlohmann::json rows;
        int missing = 0;
    };
    const auto list = m_resourceList;
    const auto records = m_tarballRecords;
    const quint64 gen = m_generation;
    m_backupJobs << m_context.jobs->run<std::shared_ptr<Check>>(
        tr("Check the resource list of backup %1").arg(m_backup),
        [list, records](const JobContext&) -> Result<std::shared_ptr<Check>> {
            auto check = std::make_shared<Check>();
            check->rows = aks::checkResourceList(*list, *records);
            for (const auto& row : check->rows)
                check->missing += row.value("status", "") == "missing" ? 1 : 0;
            return check;
        },
        this,
        [this, gen](const Result<std::shared_ptr<Check>>& r) {
            if (gen != m_generation || !r)
                return;
            const int missing = (*r)->missing;
            m_resourceCheck->setRows(std::move((*r)->rows));
            m_resourceCheckView->setNote(missing == 0
                                             ? tr("Every object of the resource list is in the tarball.")
                                             : tr("%n object(s) of the resource list are missing from the "
                                                  "tarball.",
                                                  nullptr, missing));
        });
}

void InspectorPage::compareWith(const QString& other) {
    if (!m_spec || m_backup.isEmpty())
        return;
    const StoreSpec spec = *m_spec;
    const QList<ObjectRecord> current = m_resources->records();
    const QString currentName = m_backup;
    const quint64 gen = m_generation;
    m_compareTab->setBusy(true);
    m_compareTab->setSummary(tr("Reading backup %1...").arg(other));
    m_backupJobs << m_context.jobs->run<BackupComparison>(
        tr("Compare backup %1 with %2").arg(currentName, other),
        [spec, other, current](const JobContext& ctx) -> Result<BackupComparison> {
            auto store = aks::openStore(spec, ctx.cancelToken());
            if (!store)
                return store.error();
            QList<ObjectRecord> records;
            TarballScanner scanner(**store, other, TarballScanner::defaultKey(other));
            auto scan = scanner.scan(
                [&records](const ObjectRecord& o, QByteArrayView) {
                    records.append(o);
                    return Status();
                },
                ctx);
            if (!scan)
                return scan.error();
            return BackupComparison::compare(records, current);
        },
        this,
        [this, gen, other](const Result<BackupComparison>& r) {
            if (gen != m_generation)
                return;
            m_compareTab->setBusy(false);
            if (!r) {
                m_compareTab->setSummary(QString());
                if (r.error().kind != Error::Kind::Cancelled)
                    showError(r.error().message, r.error().detail);
                return;
            }
            int added = 0, removed = 0, changed = 0;
            for (const auto& item : r->items) {
                added += item.change == BackupComparison::Change::Added;
                removed += item.change == BackupComparison::Change::Removed;
                changed += item.change == BackupComparison::Change::Changed;
            }
            m_compareTab->setSummary(tr("From %1 to %2: %3 added, %4 removed, %5 changed, %6 unchanged.")
                                         .arg(other, m_backup)
                                         .arg(added)
                                         .arg(removed)
                                         .arg(changed)
                                         .arg(r->unchanged));
            const int differences = static_cast<int>(r->items.size());
            m_comparison->setComparison(*r);
            emit comparisonReady(differences);
        });
}

} // namespace aks
