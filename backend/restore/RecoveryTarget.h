#pragma once

#include "RestorePlan.h"
#include "VeleroVersionPairing.h"
#include "core/Result.h"
#include "health/HealthReport.h"
#include "jobs/CancelToken.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace aks {

struct BackupLocationState {
    QString name;
    QString phase;      // Available | Unavailable
    QString accessMode; // ReadWrite | ReadOnly
    bool backupSynced = false;
};

// How the new Velero's backup location is created, and why (shown in the wizard and the report).
// ReadOnly keeps Velero's garbage collector from deleting expired backups from the store; a restore
// of file-system volume data needs ReadWrite (velero issue 9626, open in every release).
struct LocationChoice {
    bool readOnly = false;
    QString why;
    QStringList expiring;       // backups past their expiry before the recovery ends
    bool chosenExpires = false; // the backup being restored is one of them
};

// What the store says of a backup, for the RPO check.
struct BackupFacts {
    QString phase;
    QDateTime completed; // invalid when not recorded
    // The newest Completed backup of the same store completed after this one; empty when this one
    // is the newest, so "pick another backup" has nothing better to offer.
    QString newerBackup;
};

// The new cluster as a restore needs it: every node Ready, Velero's server available and its node
// agent DaemonSet rolled out on every node it is scheduled to.
struct ClusterReadiness {
    QStringList nodes;
    QStringList notReadyNodes;
    QStringList windowsNodes;     // label kubernetes.io/os=windows: Velero's Linux images cannot run there
    QString nodeAgent;            // the DaemonSet (node-agent; restic before 1.10); empty when not deployed
    int nodeAgentDesired = 0;     // status.desiredNumberScheduled
    int nodeAgentUpdated = 0;     // status.updatedNumberScheduled
    int nodeAgentAvailable = 0;   // status.numberAvailable
    bool veleroAvailable = false; // Deployment velero has its replica available

    // As `kubectl rollout status daemonset` judges a rollout done.
    bool nodeAgentRolledOut() const {
        return nodeAgent.isEmpty() ||
               (nodeAgentUpdated >= nodeAgentDesired && nodeAgentAvailable >= nodeAgentDesired);
    }
    bool ready() const { return notReadyNodes.isEmpty() && veleroAvailable && nodeAgentRolledOut(); }
};

// A storage class or CSI driver the backup's volume claims need and the new cluster lacks.
struct MissingStorage {
    enum class Kind { StorageClass, DefaultStorageClass, CsiDriver };
    Kind kind = Kind::StorageClass;
    QString name;       // empty for DefaultStorageClass
    QStringList claims; // ns/name of the claims that need it
};

struct RestoreRunState {
    QString phase;
    int itemsRestored = 0;
    int totalItems = 0;
    int warnings = 0;
    int errors = 0;
    QMap<QString, QStringList> warningsByNamespace; // "" holds Velero's and cluster-wide ones
    QMap<QString, QStringList> errorsByNamespace;
    QString failureReason;

    bool finished() const {
        return phase == QLatin1String("Completed") || phase == QLatin1String("PartiallyFailed") ||
               phase == QLatin1String("Failed") || phase == QLatin1String("FailedValidation");
    }
};

// The operations the recovery steps need from the environment, as small blocking calls. The real
// one adapts the AksHci, Velero, kubectl, inspector and snapshot backends; tests use fakes.
class RecoveryTarget {
public:
    virtual ~RecoveryTarget() = default;

    // The inspector's verify of a backup in the store (every artifact, tarball whole, phase).
    virtual Status verifyBackup(const QString& cluster, const QString& backup, const CancelToken& cancel) = 0;
    // Opens the cluster's store (reachable with the saved credentials?) and reads the backup's object.
    virtual Result<BackupFacts> backupFacts(const QString& cluster, const QString& backup,
                                            const CancelToken& cancel) = 0;
    // The configuration snapshot loads and holds every cluster of the plan (corruption scenario).
    virtual Status snapshotUsable() = 0;
    // Namespaces the backup holds, for comparing with the target after the restore.
    virtual Result<QStringList> backupNamespaces(const QString& cluster, const QString& backup,
                                                 const CancelToken& cancel) = 0;

    virtual Result<bool> managementInstalled(const CancelToken& cancel) = 0;
    virtual Status uninstallManagement(const CancelToken& cancel) = 0;
    // The installed deployment's name (Get-AksHciConfig) and its workload clusters
    // (Get-AksHciCluster): what Uninstall-AksHci would really remove.
    virtual Result<QString> liveDeploymentName(const CancelToken& cancel) = 0;
    virtual Result<QStringList> liveClusters(const CancelToken& cancel) = 0;
    // Set-AksHciConfig with the snapshot's settings, then Install-AksHci.
    virtual Status installManagement(const CancelToken& cancel) = 0;
    virtual Result<bool> clusterExists(const QString& cluster, const CancelToken& cancel) = 0;
    // The snapshot's node pools an existing cluster does not have (yet).
    virtual Result<QStringList> missingNodePools(const QString& cluster, const CancelToken& cancel) = 0;
    // New-AksHciCluster and New-AksHciNodePool with the snapshot's shape. Idempotent: a cluster an
    // interrupted run already created is kept, and only its missing node pools are added.
    virtual Status createCluster(const QString& cluster, const CancelToken& cancel) = 0;
    // Differences between the live deployment and the snapshot; empty when equal.
    virtual Result<QStringList> compareWithSnapshot(const CancelToken& cancel) = 0;

    virtual Result<QStringList> namespaces(const QString& cluster, const CancelToken& cancel) = 0;
    virtual Result<bool> veleroInstalled(const QString& cluster, const CancelToken& cancel) = 0;
    virtual Status installVelero(const QString& cluster, const CancelToken& cancel) = 0;
    virtual Result<LocationChoice> locationChoice(const QString& cluster, const CancelToken& cancel) = 0;
    virtual Result<BackupLocationState> backupLocation(const QString& cluster, const QString& backup,
                                                       const CancelToken& cancel) = 0;
    virtual Result<bool> restoreExists(const QString& cluster, const QString& restoreName,
                                       const CancelToken& cancel) = 0;
    virtual Status createRestore(const ClusterRestorePlan& plan, const CancelToken& cancel) = 0;
    virtual Result<RestoreRunState> restoreState(const QString& cluster, const QString& restoreName,
                                                 const CancelToken& cancel) = 0;
    // `velero version` on the cluster and the release the backup's metadata says made it.
    virtual Result<VeleroVersions> veleroVersions(const QString& cluster, const QString& backup,
                                                  const CancelToken& cancel) = 0;
    virtual Result<ClusterReadiness> clusterReadiness(const QString& cluster, const CancelToken& cancel) = 0;
    // Adds nodeSelector kubernetes.io/os=linux to Velero's Deployment and node agent DaemonSet.
    virtual Status pinVeleroToLinux(const QString& cluster, const CancelToken& cancel) = 0;
    // The storage classes and CSI drivers the restored claims need that the cluster lacks.
    virtual Result<QList<MissingStorage>> missingStorage(const ClusterRestorePlan& plan,
                                                         const CancelToken& cancel) = 0;

    // The commands the operations above would run, for the dry run and the report. Offline: they
    // read the snapshot and settings only, never the live environment.
    virtual QStringList installManagementCommands() const = 0;
    virtual QStringList createClusterCommands(const QString& cluster) const = 0;
    virtual QStringList installVeleroCommands(const QString& cluster) const = 0;
    virtual QStringList pinVeleroCommands(const QString& cluster) const = 0;

    // The deployment's health (HealthChecker): whether the symptoms fit expired certificates, which
    // a documented repair fixes without uninstalling anything. A target that cannot diagnose says so
    // (NotFound); the recovery then goes on without a diagnosis.
    virtual Result<HealthReport> diagnose(const CancelToken& cancel) {
        Q_UNUSED(cancel);
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("RecoveryTarget", "This target cannot diagnose the deployment."));
    }

    // Removes the credentials cached for the run (kubeconfigs): called when a run ends.
    virtual void releaseCredentials() {}
};

} // namespace aks
