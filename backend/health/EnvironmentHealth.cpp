#include "EnvironmentHealth.h"

#include "HealthChecker.h"
#include "velero/HistoryLoader.h"
#include "velero/KubectlClient.h"

namespace aks {

HealthReport EnvironmentHealth::check(const EnvironmentConfig& env, AksHciClient& client,
                                      const CancelToken& cancel) {
    const HistoryLoader loader(env);
    HealthChecker checker(
        client,
        [&loader](const QString& cluster, const CancelToken& c) { return loader.kubeconfigFor(cluster, c); },
        [&env](const QString& kubeconfig, const CancelToken& c) -> Status {
            VeleroTarget target;
            target.kubeconfig = kubeconfig;
            auto ns = KubectlClient(env, target).namespaces(c);
            if (!ns)
                return ns.error();
            return {};
        });
    return checker.check(cancel);
}

} // namespace aks
