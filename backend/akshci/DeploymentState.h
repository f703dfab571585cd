#pragma once

#include "AksHciConfig.h"
#include "WorkloadCluster.h"
#include "core/Result.h"
#include "jobs/CancelToken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace aks {

class AksHciClient;

// Everything the clusters view and `aks-recovery clusters/config` show, read in one go: the
// management cluster's configuration and every workload cluster with its node pools.
struct DeploymentState {
    Q_DECLARE_TR_FUNCTIONS(DeploymentState)
public:
    AksHciConfig config;
    bool installed = false;
    QList<WorkloadCluster> clusters;
    QDateTime fetchedAt;

    // Blocking; an uninstalled deployment gives its configuration and no clusters.
    static Result<DeploymentState> fetch(AksHciClient& client, const CancelToken& cancel);
};

} // namespace aks
