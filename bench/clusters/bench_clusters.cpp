// bench-clusters [--refreshes N] [--clusters N] [--import-ms MS]: seeds the simulator with a
// deployment of N workload clusters and runs N refreshes (config + clusters + node pools) in both
// PowerShell modes, printing processes started and milliseconds per refresh.
#include "akshci/AksHciClient.h"
#include "akshci/DeploymentState.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace aks;

namespace {

struct Figures {
    int processes = 0;
    int simulatorStarts = 0;
    double msPerRefresh = 0;
    int clusters = 0;
    bool ok = true;
};

int countLines(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
}

Figures measure(const QString& sim, const QString& state, EnvironmentConfig::PowerShellMode mode,
                int refreshes, int importMs) {
    QFile::remove(QDir(state).filePath(QStringLiteral("akshci/processes.log")));
    EnvironmentConfig env;
    env.powershell = sim;
    env.powershellMode = mode;
    env.processEnvironment.insert(QStringLiteral("AKS_SIM_STATE"), state);
    if (importMs > 0) {
        env.processEnvironment.insert(QStringLiteral("AKS_SIM_FAULT"), QStringLiteral("slow-import"));
        env.processEnvironment.insert(QStringLiteral("AKS_SIM_IMPORT_MS"), QString::number(importMs));
    }
    Figures f;
    AksHciClient client(env);
    CancelToken cancel;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < refreshes; ++i) {
        auto r = DeploymentState::fetch(client, cancel);
        if (!r) {
            std::fprintf(stderr, "refresh failed: %s\n", qPrintable(r.error().fullText()));
            f.ok = false;
            return f;
        }
        f.clusters = int(r->clusters.size());
    }
    f.msPerRefresh = double(t.elapsed()) / refreshes;
    f.processes = client.processesStarted();
    f.simulatorStarts = countLines(QDir(state).filePath(QStringLiteral("akshci/processes.log")));
    return f;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int refreshes = 20, clusters = 50, importMs = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--refreshes"))
            refreshes = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--clusters"))
            clusters = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--import-ms"))
            importMs = args[i + 1].toInt();
    }
    const QString sim =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("aks-sim-powershell"));
    QTemporaryDir dir;
    // The seeded demo has 3 clusters; the rest are bench-NNN.
    if (QProcess::execute(sim, {QStringLiteral("--seed-demo"), QStringLiteral("--state"), dir.path(),
                                QStringLiteral("--extra-clusters"),
                                QString::number(std::max(0, clusters - 3))}) != 0) {
        std::fprintf(stderr, "could not seed %s\n", qPrintable(sim));
        return 1;
    }
    std::printf(
        "clusters bench: %d refreshes of a %d-cluster deployment (Get-AksHciConfig, Get-AksHciCluster, "
        "Get-AksHciNodePool per cluster), simulated module import %d ms\n",
        refreshes, clusters, importMs);
    const Figures longLived =
        measure(sim, dir.path(), EnvironmentConfig::PowerShellMode::LongLived, refreshes, importMs);
    const Figures perCall =
        measure(sim, dir.path(), EnvironmentConfig::PowerShellMode::PerCall, refreshes, importMs);
    if (!longLived.ok || !perCall.ok)
        return 1;
    std::printf("%-12s %10s %12s %14s\n", "mode", "processes", "sim starts", "ms/refresh");
    std::printf("%-12s %10d %12d %14.1f\n", "long-lived", longLived.processes, longLived.simulatorStarts,
                longLived.msPerRefresh);
    std::printf("%-12s %10d %12d %14.1f\n", "per-call", perCall.processes, perCall.simulatorStarts,
                perCall.msPerRefresh);
    std::printf("speed-up: %.1fx; clusters read per refresh: %d\n",
                perCall.msPerRefresh / longLived.msPerRefresh, longLived.clusters);
    return longLived.processes == 1 ? 0 : 1;
}
