#pragma once

#include "ClusterHistory.h"
#include "VeleroTarget.h"
#include "core/Result.h"
#include "env/EnvironmentConfig.h"
#include "jobs/JobContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace aks {

// Reads backups, schedules, locations and restores of workload clusters. Without an explicit
// kubeconfig, a cluster's kubeconfig comes from Get-AksHciCredential, written 0600 to a private
// cache folder. Blocking; run it in a job.
class HistoryLoader {
    Q_DECLARE_TR_FUNCTIONS(HistoryLoader)
public:
    explicit HistoryLoader(EnvironmentConfig environment);

    // Every workload cluster of the deployment (Get-AksHciCluster).
    Result<QStringList> clusters(const CancelToken& cancel) const;
    // Get-AksHciCredential for `cluster`; returns the kubeconfig's path.
    Result<QString> kubeconfigFor(const QString& cluster, const CancelToken& cancel) const;

    // One cluster through a known target; errors end up in the result's error field.
    ClusterHistory load(const QString& cluster, const VeleroTarget& target, const CancelToken& cancel) const;
    // The given clusters (empty: all of them), each through Get-AksHciCredential; a cluster that
    // fails does not stop the others.
    Result<QList<ClusterHistory>> loadAll(const QStringList& clusters, const JobContext& job) const;

private:
    EnvironmentConfig m_env;
};

} // namespace aks
