#pragma once

#include "Snapshot.h"
#include "core/Result.h"
#include "jobs/JobContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace aks {

class AksHciClient;

// Reads a deployment's configuration as it is now into a Snapshot: Get-AksHciConfig, each
// workload cluster with its node pools, Get-AksHciVersion and Get-AksHciKubernetesVersion.
class SnapshotCapture {
    Q_DECLARE_TR_FUNCTIONS(SnapshotCapture)
public:
    // `clusters` empty: every workload cluster; otherwise only those, and a missing one fails.
    // `deployment` empty: the name the configuration gives (kvaName), else "aks-hybrid".
    static Result<Snapshot> capture(AksHciClient& client, const QStringList& clusters, const JobContext& job,
                                    const QString& deployment = {});
    static Result<Snapshot> capture(AksHciClient& client, const QStringList& clusters,
                                    const CancelToken& cancel, const QString& deployment = {});
    // A snapshot of documents read elsewhere (raw Get-AksHciConfig, clusters, versions).
    static Snapshot fromDocuments(nlohmann::json config, std::vector<SnapshotCluster> clusters,
                                  nlohmann::json versions, const QString& deployment = {});
    static QString deploymentNameOf(const nlohmann::json& config);
};

} // namespace aks
