#pragma once

#include "RebuildSpec.h"
#include "RecoveryTarget.h"
#include "RestorePlan.h"
#include "RunPrivateFolder.h"
#include "env/EnvironmentConfig.h"
#include "velero/VeleroTarget.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <memory>
#include <optional>

namespace aks {

class AksHciClient;
struct Snapshot;
struct SnapshotCluster;

// The recovery steps' operations on a real (or simulated) deployment: AksHciClient for the
// management and workload clusters, VeleroClient and KubectlClient per cluster (kubeconfigs from
// Get-AksHciCredential), the inspector for backups in the store, the snapshot for the rebuild.
class BackendRecoveryTarget : public RecoveryTarget {
    Q_DECLARE_TR_FUNCTIONS(BackendRecoveryTarget)
public:
    BackendRecoveryTarget(EnvironmentConfig env, RestorePlan plan, std::shared_ptr<AksHciClient> aks = {});
    ~BackendRecoveryTarget() override;

    Status verifyBackup(const QString& cluster, const QString& backup, const CancelToken& cancel) override;
    Result<BackupFacts> backupFacts(const QString& cluster, const QString& backup,
                                    const CancelToken& cancel) override;
    Status snapshotUsable() override;
    Result<QStringList> backupNamespaces(const QString& cluster, const QString& backup,
                                         const CancelToken& cancel) override;
    Result<bool> managementInstalled(const CancelToken& cancel) override;
    Status uninstallManagement(const CancelToken& cancel) override;
    Result<QString> liveDeploymentName(const CancelToken& cancel) override;
    Result<QStringList> liveClusters(const CancelToken& cancel) override;
    Status installManagement(const CancelToken& cancel) override;
    Result<bool> clusterExists(const QString& cluster, const CancelToken& cancel) override;
    Result<QStringList> missingNodePools(const QString& cluster, const CancelToken& cancel) override;
    Status createCluster(const QString& cluster, const CancelToken& cancel) override;
    Result<QStringList> compareWithSnapshot(const CancelToken& cancel) override;
    Result<QStringList> namespaces(const QString& cluster, const CancelToken& cancel) override;
    Result<bool> veleroInstalled(const QString& cluster, const CancelToken& cancel) override;
    Status installVelero(const QString& cluster, const CancelToken& cancel) override;
    Result<LocationChoice> locationChoice(const QString& cluster, const CancelToken& cancel) override;
    Result<BackupLocationState> backupLocation(const QString& cluster, const QString& backup,
                                               const CancelToken& cancel) override;
    Result<bool> restoreExists(const QString& cluster, const QString& restoreName,
                               const CancelToken& cancel) override;
    Status createRestore(const ClusterRestorePlan& plan, const CancelToken& cancel) override;
    Result<RestoreRunState> restoreState(const QString& cluster, const QString& restoreName,
                                         const CancelToken& cancel) override;
    QStringList installManagementCommands() const override;
    QStringList createClusterCommands(const QString& cluster) const override;
    QStringList installVeleroCommands(const QString& cluster) const override;
    QStringList pinVeleroCommands(const QString& cluster) const override;
    Result<VeleroVersions> veleroVersions(const QString& cluster, const QString& backup,
                                          const CancelToken& cancel) override;
    Result<ClusterReadiness> clusterReadiness(const QString& cluster, const CancelToken& cancel) override;
    Status pinVeleroToLinux(const QString& cluster, const CancelToken& cancel) override;
    Result<QList<MissingStorage>> missingStorage(const ClusterRestorePlan& plan,
                                                 const CancelToken& cancel) override;
    Result<HealthReport> diagnose(const CancelToken& cancel) override;
    void releaseCredentials() override;

    // Secrets a redacted snapshot lacks (proxy password, service principal secret); set before the run.
    void setRebuildSecrets(const RebuildSecrets& secrets);

private:
    Result<QString> privateDir();
    QStringList planNames() const;
    RebuildSpec rebuildSpec(const Snapshot& snapshot) const;
    Result<QString> kubeconfig(const QString& cluster, const CancelToken& cancel);
    Result<VeleroTarget> veleroTarget(const QString& cluster, const CancelToken& cancel);
    Result<const Snapshot*> snapshot() const;
    Result<const SnapshotCluster*> snapshotCluster(const QString& cluster) const;
    const ClusterRestorePlan* clusterPlan(const QString& cluster) const;

    EnvironmentConfig m_env;
    RestorePlan m_plan;
    std::shared_ptr<AksHciClient> m_aks;
    QMutex m_mutex;
    RunPrivateFolder m_private; // kubeconfigs and velero's secret file; under m_mutex
    QHash<QString, QString> m_kubeconfigs;
    mutable std::unique_ptr<Snapshot> m_snapshot;
    mutable QString m_snapshotError;
    RebuildSecrets m_secrets;
};

} // namespace aks
