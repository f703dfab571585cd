#pragma once

#include "env/EnvironmentConfig.h"

#include <QString>

#include <chrono>
#include <optional>

namespace aks {

// How long an AksHci request may run. Cmdlets that build or remove infrastructure have a default
// that fits their documented durations (Install-AksHci, New-AksHciCluster and Uninstall-AksHci can
// take well over an hour on a real host); queries use the command timeout. The environment's long
// timeout (Settings "Timeout of installs and restores", AKS_RECOVERY_LONG_TIMEOUT, --long-timeout)
// raises every default that is below it.
class CmdletTimeouts {
public:
    // The default of one cmdlet (case-insensitive); nullopt for a query.
    static std::optional<std::chrono::seconds> defaultFor(const QString& cmdlet);
    // What a script waits: the longest wait among the AksHci cmdlets it calls.
    static std::chrono::milliseconds forScript(const QString& script, const EnvironmentConfig& env);
};

} // namespace aks
