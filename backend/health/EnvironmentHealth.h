#pragma once

#include "HealthReport.h"
#include "env/EnvironmentConfig.h"
#include "jobs/CancelToken.h"

namespace aks {

class AksHciClient;

// The diagnosis of an environment as the Health page and `aks-recovery health` run it: kubeconfigs
// fetched fresh with Get-AksHciCredential into the private cache folder (a repair replaces the
// client certificate, so a cached copy would lie), each cluster asked for its namespaces by kubectl.
class EnvironmentHealth {
public:
    static HealthReport check(const EnvironmentConfig& env, AksHciClient& client, const CancelToken& cancel);
};

} // namespace aks
