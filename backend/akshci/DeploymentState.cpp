#include "DeploymentState.h"

#include "AksHciClient.h"

namespace aks {

Result<DeploymentState> DeploymentState::fetch(AksHciClient& client, const CancelToken& cancel) {
    DeploymentState s;
    auto config = client.getConfig(cancel);
    if (!config)
        return config.error();
    s.config = std::move(config).value();
    s.installed = s.config.installState().compare(QLatin1String("Installed"), Qt::CaseInsensitive) == 0 ||
                  s.config.installState().isEmpty();
    if (s.installed) {
        auto clusters = client.getClustersWithNodePools(cancel);
        if (!clusters)
            return clusters.error();
        s.clusters = std::move(clusters).value();
    }
    s.fetchedAt = QDateTime::currentDateTime();
    return s;
}

} // namespace aks
