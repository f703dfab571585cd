#pragma once

#include "AksHciConfig.h"
#include "AksHciParams.h"
#include "NodePool.h"
#include "WorkloadCluster.h"
#include "core/Result.h"
#include "env/EnvironmentConfig.h"
#include "jobs/CancelToken.h"
#include "powershell/PsCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>

namespace aks {

class PowerShellExecutor;

// The AksHci PowerShell module of one environment (this machine or a remote HCI node). Every method
// BLOCKS and is safe to call from any worker thread at the same time; calls are serialized onto one
// long-lived PowerShell host (or one process per call in per-call mode). Share one instance per
// environment: it owns the session. Values are validated and passed as literals, never as code.
class AksHciClient {
    Q_DECLARE_TR_FUNCTIONS(AksHciClient)
public:
    explicit AksHciClient(EnvironmentConfig env);
    ~AksHciClient();
    AksHciClient(const AksHciClient&) = delete;
    AksHciClient& operator=(const AksHciClient&) = delete;

    const EnvironmentConfig& environment() const { return m_env; }
    // PowerShell remoting credential for a remote host (from the keychain); the password is a secret.
    void setRemoteCredential(const QString& user, const QString& password);

    // Get-AksHciConfig: the management cluster's configuration, raw JSON kept.
    Result<AksHciConfig> getConfig(const CancelToken& cancel);
    // Get-AksHciCluster: every workload cluster (node pools not filled in).
    Result<QList<WorkloadCluster>> getClusters(const CancelToken& cancel);
    // Get-AksHciCluster -name: one workload cluster; NotFound when it does not exist.
    Result<WorkloadCluster> getCluster(const QString& name, const CancelToken& cancel);
    // Get-AksHciNodePool -clusterName: the node pools of one cluster.
    Result<QList<NodePool>> getNodePools(const QString& cluster, const CancelToken& cancel);
    // Get-AksHciCluster then Get-AksHciNodePool for each: what the clusters view shows.
    Result<QList<WorkloadCluster>> getClustersWithNodePools(const CancelToken& cancel);
    // Get-AksHciVersion: the installed AKS hybrid version, e.g. 1.0.0.10517.
    Result<QString> getVersion(const CancelToken& cancel);
    // Get-AksHciKubernetesVersion: the Kubernetes versions this release can deploy (raw entries).
    Result<nlohmann::json> getKubernetesVersions(const CancelToken& cancel);
    // Get-AksHciRegistration: the Azure registration (subscription, resource group...), as printed.
    Result<nlohmann::json> getRegistration(const CancelToken& cancel);
    // Get-AksHciAutoScalerProfile: every autoscaler profile (name, ProfileSettings), as printed.
    Result<nlohmann::json> getAutoScalerProfiles(const CancelToken& cancel);
    // Get-AksHciAutoScalerProfile -name: NotFound when it does not exist.
    Result<nlohmann::json> getAutoScalerProfile(const QString& name, const CancelToken& cancel);
    Status newAutoScalerProfile(const AutoScalerProfileParams& params, const CancelToken& cancel);
    // Get-AksHciCredential: writes the cluster's kubeconfig to kubeconfigPath.
    Status getCredential(const QString& cluster, const QString& kubeconfigPath, const CancelToken& cancel);

    // Set-AksHciConfig (with New-AksHciNetworkSetting for params.vnet in the same script).
    Status setConfig(const AksHciConfigParams& params, const CancelToken& cancel);
    // New-AksHciNetworkSetting alone: checks the settings and returns the vnet object it printed.
    Result<nlohmann::json> newNetworkSetting(const NetworkSettingParams& params, const CancelToken& cancel);
    // Set-AksHciRegistration: the Azure subscription and resource group the deployment registers in.
    Status setRegistration(const RegistrationParams& params, const CancelToken& cancel);
    // Install-AksHci: installs the management cluster (long timeout).
    Status install(const CancelToken& cancel);
    // Uninstall-AksHci [-SkipConfigCleanup]: removes the management and every workload cluster.
    Status uninstall(bool skipConfigCleanup, const CancelToken& cancel);
    // New-AksHciCluster: creates a workload cluster (long timeout).
    Status newCluster(const NewClusterParams& params, const CancelToken& cancel);
    // New-AksHciNodePool: adds a node pool to a cluster (long timeout).
    Status newNodePool(const NewNodePoolParams& params, const CancelToken& cancel);
    // Remove-AksHciCluster: deletes one workload cluster (long timeout).
    Status removeCluster(const QString& name, const CancelToken& cancel);
    // A certificate repair built by AksHciScripts (Update-AksHciCertificates...), long timeout.
    Status repair(const PsScript& script, const CancelToken& cancel);

    // How many PowerShell processes this client started so far (1 in long-lived mode, normally).
    int processesStarted() const;

    // Sees every script before it is sent, with secrets masked (what: the cmdlet it is for). For
    // tests that hold the run against its dry run; set before the client is shared.
    using ScriptObserver = std::function<void(const QString& what, const QString& script)>;
    void setScriptObserver(ScriptObserver observer);

private:
    Status run(const Result<PsScript>& script, bool longRunning, const CancelToken& cancel);
    Result<nlohmann::json> call(const QString& script, bool longRunning, const QString& what,
                                const CancelToken& cancel);

    EnvironmentConfig m_env;
    std::unique_ptr<PowerShellExecutor> m_executor;
    QString m_remoteUser;
    QString m_remotePassword;
    std::mutex m_credentialMutex;
    ScriptObserver m_observer;
};

} // namespace aks
