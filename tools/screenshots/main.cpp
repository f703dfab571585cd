// aks-screenshots OUT_DIR [--lang ja|en]: opens the main window on the demo environment, visits
// every page once its background jobs are done, and saves each as OUT_DIR/<page>.png.
#include "MainWindow.h"
#include "Translations.h"
#include "common/DialogFacade.h"
#include "core/Logging.h"
#include "env/DemoEnvironment.h"
#include "env/EnvironmentResolver.h"
#include "inspector/InspectorPage.h"
#include "jobs/JobManager.h"
#include "log/LogModel.h"
#include "snapshot/SnapshotsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTreeView>

using namespace aks;

namespace {

void settle(JobManager& jobs, int maxMs) {
    QElapsedTimer t;
    t.start();
    // Let pages start their refreshes, then wait for them, so pictures show data rather than spinners.
    while (t.elapsed() < 400)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    while (jobs.runningCount() > 0 && t.elapsed() < maxMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// The guide's inspector picture shows a backup, not the empty page: the newest demo backup of the
// first cluster, with a workload's JSON open.
void openNewestDemoBackup(MainWindow& window, const DemoEnvironment& demo, JobManager& jobs) {
    const QDir stores(demo.storeDir());
    const QStringList clusters = stores.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    auto* inspector = qobject_cast<InspectorPage*>(window.page(MainWindow::Inspector));
    if (clusters.isEmpty() || !inspector)
        return;
    const QString store = stores.filePath(
        clusters.contains(QStringLiteral("shop-prod")) ? QStringLiteral("shop-prod") : clusters.first());
    const QStringList backups = QDir(QDir(store).filePath(QStringLiteral("backups")))
                                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (backups.isEmpty())
        return;
    inspector->openBackup(store, backups.last());
    settle(jobs, 30000);
    auto* tree = inspector->findChild<QTreeView*>(QStringLiteral("resourceTree"));
    if (!tree)
        return;
    // A Deployment of the "shop" namespace when there is one, else the first namespaced object.
    const QAbstractItemModel* m = tree->model();
    QModelIndex pick;
    QModelIndex fallback;
    for (int ns = 0; ns < m->rowCount(); ++ns) {
        const QModelIndex nsIndex = m->index(ns, 0);
        if (nsIndex.data().toString().startsWith(QLatin1Char('(')))
            continue; // (cluster-scoped)
        for (int k = 0; k < m->rowCount(nsIndex); ++k) {
            const QModelIndex kind = m->index(k, 0, nsIndex);
            const QModelIndex object = m->index(0, 0, kind);
            if (!fallback.isValid())
                fallback = object;
            if (nsIndex.data().toString() == QLatin1String("shop") &&
                kind.data().toString().endsWith(QLatin1String("/Deployment")))
                pick = object;
        }
    }
    if (!pick.isValid())
        pick = fallback;
    if (pick.isValid()) {
        tree->expand(pick.parent().parent());
        tree->expand(pick.parent());
        tree->setCurrentIndex(pick);
        tree->scrollTo(pick);
    }
    settle(jobs, 5000);
}

// The snapshots picture shows a snapshot just exported and compared with the environment, every
// field listed (they are all equal, so "only differences" would show an empty table).
void exportAndCompareSnapshot(MainWindow& window, JobManager& jobs) {
    auto* page = qobject_cast<SnapshotsPage*>(window.page(MainWindow::Snapshots));
    if (!page)
        return;
    page->exportSnapshot();
    settle(jobs, 30000);
    auto* table = page->findChild<QTableView*>(QStringLiteral("snapshotTable"));
    if (!table || table->model()->rowCount() == 0)
        return;
    table->selectRow(0);
    if (auto* only = page->findChild<QCheckBox*>(QStringLiteral("differencesOnly")))
        only->setChecked(false);
    page->compareSelected();
    settle(jobs, 30000);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("aks-recovery"));
    QCoreApplication::setApplicationName(QStringLiteral("aks-recovery"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKS_VERSION));
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        err << "usage: aks-screenshots OUT_DIR [--lang ja|en]\n";
        return 2;
    }
    const QString outDir = args.first();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString lang = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("en");
    installTranslations(app, lang);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aks-recovery.svg")));
    if (!QDir().mkpath(outDir)) {
        err << "cannot create " << outDir << "\n";
        return 1;
    }

    LogModel log;
    log.attachToLogBus();
    initLogging({});
    const DemoEnvironment demo;
    if (auto s = demo.ensureSeeded(true); !s) {
        err << s.error().fullText() << "\n";
        return 1;
    }
    EnvironmentOverrides overrides;
    overrides.demo = true;
    auto env = EnvironmentResolver::resolve(overrides, ToolSettings{});
    if (!env) {
        err << env.error().message << "\n";
        return 1;
    }
    JobManager jobs;
    DialogFacade dialogs;
    MainWindow window(AppContext{*env, &jobs, &log, &dialogs});
    window.resize(1366, 820);
    window.show();

    static const char* const names[] = {"clusters", "backups", "inspector", "snapshots", "restore", "log"};
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window.showPage(MainWindow::Page(i));
        settle(jobs, 30000);
        if (MainWindow::Page(i) == MainWindow::Inspector)
            openNewestDemoBackup(window, demo, jobs);
        if (MainWindow::Page(i) == MainWindow::Snapshots)
            exportAndCompareSnapshot(window, jobs);
        const QString file = QDir(outDir).filePath(QString::fromLatin1(names[i]) + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            err << "cannot write " << file << "\n";
            return 1;
        }
        QTextStream(stdout) << file << "\n";
    }
    jobs.cancelAll();
    jobs.waitForAll(10000);
    return 0;
}
