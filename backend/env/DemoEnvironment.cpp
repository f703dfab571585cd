#include "DemoEnvironment.h"

#include "AppPaths.h"
#include "core/Logging.h"
#include "jobs/ProcessRunner.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace aks {

DemoEnvironment::DemoEnvironment() : m_stateDir(AppPaths::demoDir()) {}

QString DemoEnvironment::storeDir() const {
    return QDir(m_stateDir).filePath(QStringLiteral("store"));
}
QString DemoEnvironment::powershellSimulator() const {
    return QDir(AppPaths::toolsDir()).filePath(QStringLiteral("aks-sim-powershell"));
}
QString DemoEnvironment::veleroSimulator() const {
    return QDir(AppPaths::toolsDir()).filePath(QStringLiteral("aks-sim-velero"));
}
QString DemoEnvironment::kubectlSimulator() const {
    return QDir(AppPaths::toolsDir()).filePath(QStringLiteral("aks-sim-kubectl"));
}

bool DemoEnvironment::isSeeded() const {
    return QFileInfo::exists(QDir(m_stateDir).filePath(QStringLiteral("seeded")));
}

Status DemoEnvironment::ensureSeeded(bool reset) const {
    if (!reset && isSeeded())
        return {};
    QDir dir(m_stateDir);
    if (dir.exists() && !dir.removeRecursively())
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not clear the demo environment in %1.").arg(m_stateDir));
    if (!QDir().mkpath(m_stateDir))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not create the demo environment in %1.").arg(m_stateDir));

    // Each simulator seeds its own part of the shared state folder.
    for (const QString& sim : {powershellSimulator(), veleroSimulator()}) {
        ProcessSpec spec;
        spec.program = sim;
        spec.arguments = {QStringLiteral("--seed-demo"), QStringLiteral("--state"), m_stateDir};
        spec.timeout = std::chrono::seconds(120);
        auto r = ProcessRunner::run(spec);
        if (!r)
            return Error::make(r.error().kind,
                               tr("Could not seed the demo environment: %1").arg(r.error().message),
                               r.error().detail);
        if (r->exitCode != 0)
            return Error::make(Error::Kind::ExitCode,
                               tr("Could not seed the demo environment: %1 exited with %2.")
                                   .arg(QFileInfo(sim).fileName())
                                   .arg(r->exitCode),
                               r->stderrTail.join(QLatin1Char('\n')));
    }
    QSaveFile marker(dir.filePath(QStringLiteral("seeded")));
    if (!marker.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::PermissionDenied, tr("Could not write %1.").arg(marker.fileName()));
    marker.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n');
    if (!marker.commit())
        return Error::make(Error::Kind::PermissionDenied, tr("Could not write %1.").arg(marker.fileName()));
    logLine(LogLevel::Info, tr("Demo environment seeded in %1").arg(QDir::toNativeSeparators(m_stateDir)));
    return {};
}

} // namespace aks
