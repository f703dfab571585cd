#include "MainWindow.h"

#include "akshci/AksHciClient.h"
#include "clusters/ClustersPage.h"
#include "common/DialogFacade.h"
#include "common/EmptyState.h"
#include "common/ItemViews.h"
#include "credentials/CredentialResolver.h"
#include "env/DroppedPath.h"
#include "env/RecentItems.h"
#include "env/ToolSettings.h"
#include "health/HealthPage.h"
#include "help/UserGuideWindow.h"
#include "history/HistoryPage.h"
#include "inspector/InspectorPage.h"
#include "jobs/JobManager.h"
#include "jobs/JobsModel.h"
#include "jobs/JobsPanel.h"
#include "log/LogPage.h"
#include "restore/RestorePage.h"
#include "settings/SettingsDialog.h"
#include "snapshot/SnapshotsPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QUrl>

namespace aks {

MainWindow::MainWindow(AppContext context, QWidget* parent)
    : QMainWindow(parent),
      m_context(std::move(context)),
      m_nav(new QListView(this)),
      m_navModel(new QStandardItemModel(this)),
      m_stack(new QStackedWidget(this)),
      m_jobsModel(new JobsModel(m_context.jobs, this)),
      m_jobsDock(new QDockWidget(tr("Jobs"), this)),
      m_envLabel(new QLabel(this)),
      m_jobsLabel(new QLabel(this)) {
    setWindowTitle(m_context.environment.demo ? tr("AKS Recovery Console - demo environment")
                                              : tr("AKS Recovery Console"));
    setObjectName(QStringLiteral("mainWindow"));
    // Errors about missing credentials point at this app's dialogs, not at command-line options.
    CredentialResolver::setAdvice(CredentialResolver::Advice::Desktop);

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setModel(m_navModel);
    m_nav->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setAccessibleName(tr("Navigation"));

    // The navigation has a fixed width (below), so no splitter: one left a blank strip beside it.
    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildPages();
    // As wide as the longest page name in the UI's language (Japanese names are wider), no wider.
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 4 * m_nav->spacing() + 4);
    connect(m_nav->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_stack->setCurrentIndex(current.row()); });

    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(new JobsPanel(m_jobsModel, m_jobsDock));
    m_jobsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);

    m_envLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_envLabel->setText(tr("Environment: %1").arg(m_context.environment.displayName));
    statusBar()->addWidget(m_envLabel);
    statusBar()->addPermanentWidget(m_jobsLabel);
    connect(m_jobsModel, &JobsModel::runningCountChanged, this, &MainWindow::updateJobsIndicator);
    updateJobsIndicator(0);

    ItemViews::standardizeAll(this); // the pages' tables and the jobs panel
    buildMenus();
    setAcceptDrops(true);
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    if (!restoreState(s.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({m_jobsDock}, {150}, Qt::Vertical); // first start: the pages get the room

    showPage(Clusters);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openStore = file->addAction(tr("&Open backup store..."), this, [this] {
        showPage(Inspector);
        if (auto* inspector = qobject_cast<InspectorPage*>(page(Inspector)))
            inspector->openStoreDialog();
    });
    openStore->setShortcut(QKeySequence::Open);
    QMenu* recent = file->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    fillRecentMenu(recent);
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings..."), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* a = view->addAction(m_navModel->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addAction(m_jobsDock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::openUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About AKS Recovery Console"), this, [this] {
        QMessageBox::about(this, tr("About AKS Recovery Console"),
                           tr("<b>AKS Recovery Console</b> %1<br>Guided, verifiable recovery of AKS hybrid "
                              "deployments from their Velero backups.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::fillRecentMenu(QMenu* menu) {
    menu->clear();
    const QList<QVariantMap> stores = RecentItems(QStringLiteral("recent/stores")).entries();
    const QList<QVariantMap> snapshots = RecentItems(QStringLiteral("recent/snapshotFolders")).entries();
    if (!stores.isEmpty())
        menu->addSection(tr("Backup stores"));
    for (const QVariantMap& entry : stores) {
        const QString id = entry.value(QStringLiteral("id")).toString();
        menu->addAction(id, this, [this, entry, id] {
            auto spec = StoreSpec::fromMap(entry);
            if (!spec) {
                statusBar()->showMessage(spec.error().message, 10000);
                RecentItems(QStringLiteral("recent/stores")).remove(id);
                return;
            }
            showPage(Inspector);
            if (auto* inspector = qobject_cast<InspectorPage*>(page(Inspector)))
                inspector->openStore(*spec);
        });
    }
    if (!snapshots.isEmpty())
        menu->addSection(tr("Config snapshot folders"));
    for (const QVariantMap& entry : snapshots) {
        const QString folder = entry.value(QStringLiteral("id")).toString();
        menu->addAction(QDir::toNativeSeparators(folder), this, [this, folder] {
            showPage(Snapshots);
            if (auto* snapshotsPage = qobject_cast<SnapshotsPage*>(page(Snapshots)))
                snapshotsPage->setFolder(folder);
        });
    }
    if (stores.isEmpty() && snapshots.isEmpty()) {
        menu->addAction(tr("No recent stores or snapshots"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear list"), this, [] {
        RecentItems(QStringLiteral("recent/stores")).clear();
        RecentItems(QStringLiteral("recent/snapshotFolders")).clear();
    });
}

bool MainWindow::openPath(const QString& path) {
    switch (DroppedPath::classify(path)) {
    case DroppedPath::Kind::BackupTarball:
    case DroppedPath::Kind::BackupStore:
        if (auto spec = StoreSpec::parse(path); spec) {
            showPage(Inspector);
            if (auto* inspector = qobject_cast<InspectorPage*>(page(Inspector)))
                inspector->openStore(*spec);
            return true;
        } else {
            statusBar()->showMessage(spec.error().message, 10000);
            return false;
        }
    case DroppedPath::Kind::Snapshot:
        showPage(Snapshots);
        if (auto* snapshotsPage = qobject_cast<SnapshotsPage*>(page(Snapshots)))
            snapshotsPage->showSnapshot(path);
        return true;
    case DroppedPath::Kind::SnapshotFolder:
        showPage(Snapshots);
        if (auto* snapshotsPage = qobject_cast<SnapshotsPage*>(page(Snapshots)))
            snapshotsPage->setFolder(path);
        return true;
    case DroppedPath::Kind::Unknown:
        break;
    }
    statusBar()->showMessage(DroppedPath::explain(path), 10000);
    return false;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    if (openPath(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::addPage(Page id, const QString& title, const QIcon& icon, QWidget* widget) {
    auto* item = new QStandardItem(icon, title);
    item->setToolTip(title);
    m_navModel->appendRow(item);
    widget->setObjectName(widget->objectName().isEmpty() ? QStringLiteral("page%1").arg(int(id))
                                                         : widget->objectName());
    m_stack->addWidget(widget);
    m_pages[id] = widget;
}

void MainWindow::buildPages() {
    QStyle* st = style();
    addPage(Clusters, tr("Clusters"), st->standardIcon(QStyle::SP_ComputerIcon), createClustersPage());
    addPage(Backups, tr("Backups"), st->standardIcon(QStyle::SP_FileDialogDetailedView), createBackupsPage());
    addPage(Inspector, tr("Inspector"), st->standardIcon(QStyle::SP_FileDialogContentsView),
            createInspectorPage());
    addPage(Snapshots, tr("Config snapshots"), st->standardIcon(QStyle::SP_DriveFDIcon),
            createSnapshotsPage());
    addPage(Restore, tr("Restore"), st->standardIcon(QStyle::SP_BrowserReload), createRestorePage());
    addPage(Log, tr("Log"), st->standardIcon(QStyle::SP_FileDialogInfoView),
            new LogPage(m_context.log, this));
    addPage(Health, tr("Health"), st->standardIcon(QStyle::SP_MessageBoxWarning),
            new HealthPage(m_context, this));
}

QWidget* MainWindow::createClustersPage() {
    // One AksHci client (one long-lived PowerShell host) per environment, shared by every page.
    if (!m_context.akshci)
        m_context.akshci = std::make_shared<AksHciClient>(m_context.environment);
    return new ClustersPage(m_context.akshci, m_context.jobs, this);
}

QWidget* MainWindow::createBackupsPage() {
    auto* history = new HistoryPage(m_context, this);
    // Opening a backup row shows it in the inspector.
    connect(history, &HistoryPage::openBackupRequested, this,
            [this](const QString& store, const QString& backup) {
                if (auto* inspector = qobject_cast<InspectorPage*>(page(Inspector))) {
                    showPage(Inspector);
                    inspector->openBackup(store, backup);
                }
            });
    return history;
}

QWidget* MainWindow::createInspectorPage() {
    return new InspectorPage(m_context, this);
}

QWidget* MainWindow::createSnapshotsPage() {
    // The clusters page created the environment's AksHci client; exports and live compares use it.
    return new SnapshotsPage(m_context, m_context.akshci, this);
}

QWidget* MainWindow::createRestorePage() {
    auto* restore = new RestorePage(m_context, this);
    // "Look inside" in the wizard's Plan page opens the backup in an inspector window of the
    // wizard's own: the wizard stays above the main window (its owner), so the main window's
    // inspector page would open behind it.
    connect(restore, &RestorePage::inspectBackupRequested, this,
            [this, restore](const QString& store, const QString& backup) {
                QWidget* owner = restore->wizard() ? static_cast<QWidget*>(restore->wizard()) : this;
                auto* inspector = new InspectorPage(m_context, owner);
                inspector->setObjectName(QStringLiteral("wizardInspector"));
                inspector->setWindowFlag(Qt::Window);
                inspector->setAttribute(Qt::WA_DeleteOnClose);
                inspector->setWindowTitle(tr("Inspector: %1").arg(backup));
                ItemViews::standardizeAll(inspector);
                inspector->resize(size());
                inspector->show();
                inspector->raise();
                inspector->activateWindow();
                inspector->openBackup(store, backup);
            });
    return restore;
}

void MainWindow::showPage(Page page) {
    m_nav->setCurrentIndex(m_navModel->index(int(page), 0));
    m_stack->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const {
    return Page(m_stack->currentIndex());
}

QWidget* MainWindow::page(Page page) const {
    return page >= 0 && page < PageCount ? m_pages[page] : nullptr;
}

void MainWindow::openUserGuide() {
    if (!m_guide) {
        m_guide = new UserGuideWindow(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::openSettings() {
    SettingsDialog dialog(ToolSettings::load(), this);
    if (dialog.exec() == QDialog::Accepted) {
        dialog.settings().save();
        statusBar()->showMessage(tr("Settings saved. Tool paths apply to new jobs after a restart."), 8000);
    }
}

void MainWindow::updateJobsIndicator(int running) {
    m_jobsLabel->setText(running == 0 ? tr("No jobs running") : tr("%n job(s) running", nullptr, running));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_jobsModel->runningCount() > 0 && m_context.dialogs) {
        const auto answer = m_context.dialogs->question(
            this, tr("Jobs are running"),
            tr("%n job(s) are still running. Quit and cancel them?", nullptr, m_jobsModel->runningCount()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    m_context.jobs->cancelAll();
    event->accept();
}

} // namespace aks
