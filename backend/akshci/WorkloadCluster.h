#pragma once

#include "NodePool.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks {

// One workload cluster as Get-AksHciCluster prints it, with PowerShell's quirks smoothed out
// (NodePools as a string or a list, nested or flat load balancer, status object or text). The raw
// JSON is kept whole so an export loses nothing.
struct WorkloadCluster {
    Q_DECLARE_TR_FUNCTIONS(WorkloadCluster)
public:
    nlohmann::json raw;
    QString name;
    QString kubernetesVersion;
    QString packageVersion;
    int controlPlaneNodeCount = 0;
    QString controlPlaneVmSize;
    QString loadBalancerVmSize;
    int loadBalancerCount = 0;
    QString loadBalancerSku;
    QStringList nodePoolNames;
    int linuxNodeCount = 0;
    int windowsNodeCount = 0;
    bool autoScalerEnabled = false;
    QString autoScalerProfileName;
    QString status;            // Status.Phase / Status text, e.g. Deployed
    QString provisioningState; // e.g. provisioned, Deployed, ClusterPending
    QString statusDetails;
    QString imageName;
    QDateTime created; // invalid when not reported
    // Filled by callers that also ran Get-AksHciNodePool (the real node counts live there).
    QList<NodePool> nodePools;

    bool isReady() const; // deployed/provisioned and not failed
    static Result<WorkloadCluster> fromJson(const nlohmann::json& raw);
    // Get-AksHciCluster prints one object, an array, or nothing; all give a list.
    static Result<QList<WorkloadCluster>> listFromJson(const nlohmann::json& raw);
};

} // namespace aks
