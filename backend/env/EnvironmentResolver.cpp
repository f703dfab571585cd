#include "EnvironmentResolver.h"

#include "AppPaths.h"
#include "DemoEnvironment.h"

#include <QDir>

namespace aks {

Result<EnvironmentConfig> EnvironmentResolver::resolve(const EnvironmentOverrides& o, const ToolSettings& s,
                                                       const QProcessEnvironment& env) {
    EnvironmentConfig c;
    c.processEnvironment = env;
    c.commandTimeout = std::chrono::seconds(s.commandTimeoutSec);
    c.longCommandTimeout = std::chrono::seconds(s.longCommandTimeoutSec);
    c.powershell = s.powershell;
    c.velero = s.velero;
    c.kubectl = s.kubectl;
    c.remoteHost = s.remoteHost;
    c.displayName = s.remoteHost.isEmpty() ? tr("This machine") : s.remoteHost;

    if (o.demo) {
        const DemoEnvironment demo;
        c.demo = true;
        c.remoteHost.clear();
        c.displayName = tr("Demo environment");
        c.powershell = demo.powershellSimulator();
        c.velero = demo.veleroSimulator();
        c.kubectl = demo.kubectlSimulator();
        c.demoStateDir = demo.stateDir();
        c.demoStoreDir = demo.storeDir();
        c.processEnvironment.insert(QStringLiteral("AKS_SIM_STATE"), c.demoStateDir);
    }

    const auto pick = [&](QString& field, const std::optional<QString>& option, const char* var) {
        const QString fromEnv = env.value(QString::fromLatin1(var));
        if (option && !option->isEmpty())
            field = *option;
        else if (!fromEnv.isEmpty())
            field = fromEnv;
    };
    pick(c.powershell, o.powershell, "AKS_RECOVERY_POWERSHELL");
    pick(c.velero, o.velero, "AKS_RECOVERY_VELERO");
    pick(c.kubectl, o.kubectl, "AKS_RECOVERY_KUBECTL");

    // Raises the AksHci cmdlets' own defaults (CmdletTimeouts) and the restores' wait.
    QString longTimeout = env.value(QStringLiteral("AKS_RECOVERY_LONG_TIMEOUT"));
    if (o.longTimeout)
        longTimeout = *o.longTimeout;
    if (!longTimeout.isEmpty()) {
        bool ok = false;
        const int sec = longTimeout.toInt(&ok);
        if (!ok || sec < 60 || sec > 7 * 86400)
            return Error::make(Error::Kind::BadInput,
                               tr("The long timeout must be a number of seconds from 60 to 604800, not '%1'.")
                                   .arg(longTimeout));
        c.longCommandTimeout = std::chrono::seconds(sec);
    }

    QString mode = s.powershellMode;
    if (o.powershellMode)
        mode = *o.powershellMode;
    if (mode == QLatin1String("per-call"))
        c.powershellMode = EnvironmentConfig::PowerShellMode::PerCall;
    else if (mode == QLatin1String("long-lived") || mode.isEmpty())
        c.powershellMode = EnvironmentConfig::PowerShellMode::LongLived;
    else
        return Error::make(Error::Kind::BadInput,
                           tr("Unknown PowerShell mode '%1': use 'long-lived' or 'per-call'.").arg(mode));
    return c;
}

} // namespace aks
