#pragma once

#include "AksHciParams.h"
#include "core/Result.h"
#include "powershell/PsCommand.h"

#include <QCoreApplication>

namespace aks {

// Builds every script AksHciClient sends, from the documented parameters only
// (backend/akshci/akshci-cmdlets.json). The dry run, the plan page and the report show the same
// statements, so what is previewed is what runs. Values are validated first; secrets are
// registered with the Redactor, so a shown script is masked.
class AksHciScripts {
    Q_DECLARE_TR_FUNCTIONS(AksHciScripts)
public:
    // $vnet = New-AksHciNetworkSetting ...; [$proxySettings = New-AksHciProxySetting ...];
    // Set-AksHciConfig ... -vnet $vnet [-proxySettings $proxySettings]
    static Result<PsScript> setConfig(const AksHciConfigParams& p);
    static Result<PsScript> setRegistration(const RegistrationParams& p);
    static PsScript install();
    static PsScript uninstall(bool skipConfigCleanup);
    // [$loadBalancer = New-AksHciLoadBalancerSetting ...]; [$clusterVnet = New-AksHciClusterNetwork ...];
    // New-AksHciCluster ...
    static Result<PsScript> newCluster(const NewClusterParams& p);
    static Result<PsScript> newNodePool(const NewNodePoolParams& p);
    static Result<PsScript> newAutoScalerProfile(const AutoScalerProfileParams& p);
    static Result<PsScript> newNetworkSetting(const NetworkSettingParams& p);
    static Result<PsScript> getCredential(const QString& cluster, const QString& configPath);
    // On a remote node: the kubeconfig is written to nodePath there, printed back as pipeline
    // output and removed, so it reaches this machine through the session.
    static Result<PsScript> getCredentialThroughSession(const QString& cluster, const QString& nodePath);
    static Result<PsScript> removeCluster(const QString& name);

    // The documented certificate repairs (akshci-cmdlets.md). The table keeps the stricter reading
    // of the pages, where -force is Required: True, so the Update-* scripts always pass it.
    enum class ClusterCertFix { Kubelet, Cloud };
    // Update-AksHciCertificates -force: the management cluster's client certificates and tokens.
    static PsScript updateCertificates();
    // Update-AksHciClusterCertificates -name C -fixKubeletCredentials|-fixCloudCredentials -force.
    static Result<PsScript> updateClusterCertificates(const QString& cluster, ClusterCertFix fix);
    // Repair-AksHciCerts and Repair-AksHciClusterCerts: deprecated twins of the Update-* cmdlets.
    static PsScript repairCerts();
    static Result<PsScript> repairClusterCerts(const QString& cluster, ClusterCertFix fix);
    // Repair-MocLogin: re-logs mocctl once its certificate expired (a MOC command, no parameters).
    static PsScript repairMocLogin();
};

} // namespace aks
