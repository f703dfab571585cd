// Opens one backup in the real InspectorPage, as an admin does, and measures what they feel:
//   first rows: from selecting the backup to the first objects in the resource tree;
//   longest stall: the longest gap between two ticks of a 1 ms timer on the UI thread while the
//                  backup loads (every slot, model update and repaint on the way counts);
//   longest busy:  the UI thread's own CPU time within that gap. On a loaded machine the wall gap
//                  also holds time the scheduler gave to other processes; the busy time is what
//                  our code spent blocking the UI thread.
//   total: until every object is in the tree and every other artifact in its tab.
// Usage: bench-inspector-gui STORE_FOLDER BACKUP [RUNS]. Prints one JSON object per run and a
// summary line with the medians; targets: first rows <= 300 ms, longest stall <= 50 ms.
#include "AppContext.h"
#include "common/DialogFacade.h"
#include "env/EnvironmentResolver.h"
#include "inspector/InspectorPage.h"
#include "inspector/ResourceTreeModel.h"
#include "jobs/JobManager.h"
#include "log/LogModel.h"
#include "store/StoreSpec.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace aks;

namespace {
struct Run {
    double firstRowsMs = -1;
    double longestStallMs = 0;
    double longestBusyMs = 0;
    double totalMs = 0;
    int objects = 0;
};

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

Run runOnce(const AppContext& context, const StoreSpec& spec, const QString& backup) {
    Run run;
    InspectorPage page(context);
    page.resize(1280, 800);
    page.show();
    {
        QEventLoop listed;
        QObject::connect(&page, &InspectorPage::storeLoaded, &listed, &QEventLoop::quit);
        page.openStore(spec);
        listed.exec();
    }
    QCoreApplication::processEvents();

    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    double cpuAtTick = threadCpuMs();
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const double cpu = threadCpuMs();
        run.longestStallMs = std::max(run.longestStallMs, sinceTick.nsecsElapsed() / 1e6);
        run.longestBusyMs = std::max(run.longestBusyMs, cpu - cpuAtTick);
        cpuAtTick = cpu;
        sinceTick.restart();
    });
    QObject::connect(page.resourceModel(), &QAbstractItemModel::rowsInserted, [&] {
        if (run.firstRowsMs < 0)
            run.firstRowsMs = clock.nsecsElapsed() / 1e6;
    });
    // Done when the tree holds every object and every other artifact is in its tab, whichever
    // comes last: both land on the UI thread and either can stall it.
    QEventLoop loaded;
    int pending = 2;
    const auto oneDone = [&] {
        if (--pending == 0)
            loaded.quit();
    };
    QObject::connect(&page, &InspectorPage::backupLoaded, &loaded, [&](const QString&, int objects) {
        run.objects = objects;
        oneDone();
    });
    QObject::connect(&page, &InspectorPage::artifactsLoaded, &loaded, oneDone);
    QTimer::singleShot(120000, &loaded, &QEventLoop::quit);
    clock.start();
    sinceTick.start();
    cpuAtTick = threadCpuMs();
    heartbeat.start();
    page.selectBackup(backup);
    loaded.exec();
    run.totalMs = clock.nsecsElapsed() / 1e6;
    heartbeat.stop();
    return run;
}
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("aks-recovery-bench"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench-inspector-gui STORE_FOLDER BACKUP [RUNS]\n");
        return 2;
    }
    auto spec = StoreSpec::parse(args.at(1));
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error().message));
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 5;
    auto env = EnvironmentResolver::resolve({}, ToolSettings{});
    if (!env) {
        std::fprintf(stderr, "%s\n", qPrintable(env.error().message));
        return 2;
    }
    JobManager jobs;
    LogModel log;
    DialogFacade dialogs;
    const AppContext context{*env, &jobs, &log, &dialogs};

    std::vector<double> first, stall, busy, total;
    QTextStream out(stdout);
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(context, *spec, args.at(2));
        out << QStringLiteral("{\"run\": %1, \"objects\": %2, \"firstRowsMs\": %3, \"longestStallMs\": %4, "
                              "\"longestBusyMs\": %5, \"totalMs\": %6}")
                   .arg(i)
                   .arg(r.objects)
                   .arg(r.firstRowsMs, 0, 'f', 1)
                   .arg(r.longestStallMs, 0, 'f', 1)
                   .arg(r.longestBusyMs, 0, 'f', 1)
                   .arg(r.totalMs, 0, 'f', 1)
            << Qt::endl;
        first.push_back(r.firstRowsMs);
        stall.push_back(r.longestStallMs);
        busy.push_back(r.longestBusyMs);
        total.push_back(r.totalMs);
    }
    out << QStringLiteral("median: first rows %1 ms (target <= 300), longest UI stall %2 ms (of which the UI "
                          "thread busy %3 ms; target <= 50), all objects %4 ms")
               .arg(median(first), 0, 'f', 1)
               .arg(median(stall), 0, 'f', 1)
               .arg(median(busy), 0, 'f', 1)
               .arg(median(total), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
