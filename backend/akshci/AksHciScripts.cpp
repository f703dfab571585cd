#include "AksHciScripts.h"

#include "AksHciValidator.h"

namespace aks {
namespace {

Status firstError(std::initializer_list<Status> checks) {
    for (const Status& s : checks)
        if (!s)
            return s;
    return {};
}

Status validate(const NetworkSettingParams& p) {
    using V = AksHciValidator;
    return firstError({V::text(AksHciScripts::tr("The vnet name"), p.name),
                       V::text(AksHciScripts::tr("The virtual switch"), p.vSwitchName),
                       V::text(AksHciScripts::tr("The node IP pool start"), p.k8sNodeIpPoolStart),
                       V::text(AksHciScripts::tr("The node IP pool end"), p.k8sNodeIpPoolEnd),
                       V::text(AksHciScripts::tr("The VIP pool start"), p.vipPoolStart),
                       V::text(AksHciScripts::tr("The VIP pool end"), p.vipPoolEnd),
                       V::text(AksHciScripts::tr("The IP address prefix"), p.ipAddressPrefix),
                       V::text(AksHciScripts::tr("The gateway"), p.gateway),
                       V::text(AksHciScripts::tr("The DNS servers"), p.dnsServers.join(QLatin1Char(',')))});
}

// The four documented parameter sets: DHCP takes only name, switch and VIP pool; static IP adds
// the node pool, prefix, gateway and DNS servers; either may carry a VLAN.
PsCommand network(const QString& cmdlet, const NetworkSettingParams& p, const QString& assignTo) {
    PsCommand c(cmdlet, assignTo);
    c.arg(QStringLiteral("name"), p.name)
        .arg(QStringLiteral("vswitchName"), p.vSwitchName)
        .arg(QStringLiteral("vipPoolStart"), p.vipPoolStart)
        .arg(QStringLiteral("vipPoolEnd"), p.vipPoolEnd);
    if (!p.k8sNodeIpPoolStart.isEmpty())
        c.arg(QStringLiteral("k8sNodeIpPoolStart"), p.k8sNodeIpPoolStart)
            .arg(QStringLiteral("k8sNodeIpPoolEnd"), p.k8sNodeIpPoolEnd)
            .arg(QStringLiteral("ipAddressPrefix"), p.ipAddressPrefix)
            .arg(QStringLiteral("gateway"), p.gateway)
            .list(QStringLiteral("dnsServers"), p.dnsServers);
    c.arg(QStringLiteral("vlanID"), p.vlanId);
    return c;
}

void switchIf(PsCommand& c, bool on, const char* name) {
    if (on)
        c.sw(QString::fromLatin1(name));
}

} // namespace

Result<PsScript> AksHciScripts::newNetworkSetting(const NetworkSettingParams& p) {
    if (auto s = validate(p); !s)
        return s.error();
    return PsScript{network(QStringLiteral("New-AksHciNetworkSetting"), p, {})};
}

Result<PsScript> AksHciScripts::setConfig(const AksHciConfigParams& p) {
    using V = AksHciValidator;
    const ProxySettingParams proxy = p.proxy.value_or(ProxySettingParams{});
    if (auto s = firstError({V::text(tr("The image folder"), p.imageDir),
                             V::text(tr("The working folder"), p.workingDir),
                             V::text(tr("The cloud config location"), p.cloudConfigLocation),
                             V::text(tr("The node config location"), p.nodeConfigLocation),
                             V::text(tr("The cloud service CIDR"), p.cloudServiceCidr),
                             V::vmSize(tr("The control plane VM size"), p.controlPlaneVmSize),
                             V::text(tr("The SSH public key"), p.sshPublicKey),
                             V::text(tr("The MAC pool start"), p.macPoolStart),
                             V::text(tr("The MAC pool end"), p.macPoolEnd),
                             V::text(tr("The version"), p.version),
                             V::text(tr("The cluster role name"), p.clusterRoleName),
                             V::text(tr("The cloud location"), p.cloudLocation),
                             V::text(tr("The staging share"), p.stagingShare),
                             V::text(tr("The proxy name"), proxy.name),
                             V::text(tr("The HTTP proxy"), proxy.http),
                             V::text(tr("The HTTPS proxy"), proxy.https),
                             V::text(tr("The no-proxy list"), proxy.noProxy),
                             V::text(tr("The proxy user"), proxy.user),
                             V::text(tr("The proxy password"), proxy.password),
                             V::text(tr("The proxy certificate file"), proxy.certFile)});
        !s)
        return s.error();
    // Set-AksHciConfig documents -imageDir, -workingDir, -cloudConfigLocation and -vnet as mandatory.
    if (p.imageDir.isEmpty() || p.workingDir.isEmpty() || p.cloudConfigLocation.isEmpty() || !p.vnet)
        return Error::make(Error::Kind::BadInput,
                           tr("Set-AksHciConfig needs the image folder, the working folder, the cloud config "
                              "location and the virtual network."));
    if (auto s = validate(*p.vnet); !s)
        return s.error();
    PsScript script{network(QStringLiteral("New-AksHciNetworkSetting"), *p.vnet, QStringLiteral("vnet"))};
    if (p.proxy) {
        // New-AksHciProxySetting documents -name, -http, -https and -noProxy as mandatory.
        if (proxy.name.isEmpty() || proxy.http.isEmpty() || proxy.https.isEmpty() || proxy.noProxy.isEmpty())
            return Error::make(Error::Kind::BadInput,
                               tr("A proxy needs a name, the HTTP and HTTPS proxy and the no-proxy list."));
        if (!proxy.user.isEmpty() && proxy.password.isEmpty())
            return Error::make(Error::Kind::BadInput,
                               tr("The proxy user %1 has no password to authenticate with.").arg(proxy.user));
        if (!proxy.user.isEmpty())
            script << PsCommand::credential(QStringLiteral("proxyCredential"), proxy.user, proxy.password);
        PsCommand ps(QStringLiteral("New-AksHciProxySetting"), QStringLiteral("proxySettings"));
        ps.arg(QStringLiteral("name"), proxy.name)
            .arg(QStringLiteral("http"), proxy.http)
            .arg(QStringLiteral("https"), proxy.https)
            .arg(QStringLiteral("noProxy"), proxy.noProxy);
        if (!proxy.user.isEmpty())
            ps.variable(QStringLiteral("credential"), QStringLiteral("proxyCredential"));
        ps.arg(QStringLiteral("certFile"), proxy.certFile);
        script << ps;
    }
    PsCommand cmd(QStringLiteral("Set-AksHciConfig"));
    cmd.arg(QStringLiteral("imageDir"), p.imageDir)
        .arg(QStringLiteral("workingDir"), p.workingDir)
        .arg(QStringLiteral("cloudConfigLocation"), p.cloudConfigLocation)
        .variable(QStringLiteral("vnet"), QStringLiteral("vnet"))
        .arg(QStringLiteral("nodeConfigLocation"), p.nodeConfigLocation)
        .arg(QStringLiteral("controlPlaneVmSize"), p.controlPlaneVmSize)
        .arg(QStringLiteral("sshPublicKey"), p.sshPublicKey)
        .arg(QStringLiteral("macPoolStart"), p.macPoolStart)
        .arg(QStringLiteral("macPoolEnd"), p.macPoolEnd);
    if (p.proxy)
        cmd.variable(QStringLiteral("proxySettings"), QStringLiteral("proxySettings"));
    cmd.arg(QStringLiteral("cloudServiceCidr"), p.cloudServiceCidr)
        .arg(QStringLiteral("version"), p.version)
        .arg(QStringLiteral("nodeAgentPort"), p.nodeAgentPort)
        .arg(QStringLiteral("nodeAgentAuthorizerPort"), p.nodeAgentAuthorizerPort)
        .arg(QStringLiteral("cloudAgentPort"), p.cloudAgentPort)
        .arg(QStringLiteral("cloudAgentAuthorizerPort"), p.cloudAgentAuthorizerPort)
        .arg(QStringLiteral("clusterRoleName"), p.clusterRoleName)
        .arg(QStringLiteral("cloudLocation"), p.cloudLocation)
        .arg(QStringLiteral("stagingShare"), p.stagingShare)
        .arg(QStringLiteral("concurrentDownloads"), p.concurrentDownloads);
    switchIf(cmd, p.skipHostLimitChecks, "skipHostLimitChecks");
    switchIf(cmd, p.skipRemotingChecks, "skipRemotingChecks");
    switchIf(cmd, p.skipValidationChecks, "skipValidationChecks");
    switchIf(cmd, p.insecure, "insecure");
    switchIf(cmd, p.skipUpdates, "skipUpdates");
    switchIf(cmd, p.forceDnsReplication, "forceDnsReplication");
    script << cmd;
    return script;
}

Result<PsScript> AksHciScripts::setRegistration(const RegistrationParams& p) {
    using V = AksHciValidator;
    if (auto s = firstError({V::text(tr("The subscription ID"), p.subscriptionId),
                             V::text(tr("The resource group"), p.resourceGroupName),
                             V::text(tr("The tenant ID"), p.tenantId), V::text(tr("The region"), p.region),
                             V::text(tr("The Azure environment"), p.environmentName),
                             V::text(tr("The service principal ID"), p.servicePrincipalId),
                             V::text(tr("The service principal secret"), p.servicePrincipalSecret)});
        !s)
        return s.error();
    if (p.subscriptionId.isEmpty() || p.resourceGroupName.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           tr("Set-AksHciRegistration needs a subscription ID and a resource group."));
    if (!p.servicePrincipalId.isEmpty() && p.servicePrincipalSecret.isEmpty())
        return Error::make(
            Error::Kind::BadInput,
            tr("The service principal %1 has no secret to sign in with.").arg(p.servicePrincipalId));
    PsScript script;
    const bool sp = !p.servicePrincipalId.isEmpty();
    if (sp)
        script << PsCommand::credential(QStringLiteral("spCredential"), p.servicePrincipalId,
                                        p.servicePrincipalSecret);
    PsCommand cmd(QStringLiteral("Set-AksHciRegistration"));
    cmd.arg(QStringLiteral("subscriptionId"), p.subscriptionId)
        .arg(QStringLiteral("resourceGroupName"), p.resourceGroupName)
        .arg(QStringLiteral("tenantId"), p.tenantId)
        .arg(QStringLiteral("environmentName"), p.environmentName)
        .arg(QStringLiteral("region"), p.region);
    if (sp)
        cmd.variable(QStringLiteral("credential"), QStringLiteral("spCredential"));
    script << cmd;
    return script;
}

PsScript AksHciScripts::install() {
    return {PsCommand(QStringLiteral("Install-AksHci"))};
}

PsScript AksHciScripts::uninstall(bool skipConfigCleanup) {
    PsCommand cmd(QStringLiteral("Uninstall-AksHci"));
    switchIf(cmd, skipConfigCleanup, "skipConfigCleanup");
    return {cmd};
}

Result<PsScript> AksHciScripts::newCluster(const NewClusterParams& p) {
    using V = AksHciValidator;
    if (auto s = firstError({V::clusterName(p.name), V::kubernetesVersion(p.kubernetesVersion),
                             V::vmSize(tr("The control plane VM size"), p.controlPlaneVmSize),
                             V::vmSize(tr("The load balancer VM size"), p.loadBalancerVmSize),
                             p.nodePoolName.isEmpty() ? Status{} : V::nodePoolName(p.nodePoolName),
                             V::osType(p.osType), V::vmSize(tr("The node VM size"), p.nodeVmSize),
                             V::text(tr("The taints"), p.taints.join(QLatin1Char(','))),
                             V::text(tr("The network plugin"), p.primaryNetworkPlugin),
                             V::text(tr("The autoscaler profile"), p.autoScalerProfileName)});
        !s)
        return s.error();
    if (!p.loadBalancerSku.isEmpty() &&
        p.loadBalancerSku.compare(QLatin1String("HAProxy"), Qt::CaseInsensitive) &&
        p.loadBalancerSku.compare(QLatin1String("none"), Qt::CaseInsensitive))
        return Error::make(
            Error::Kind::BadInput,
            tr("The load balancer SKU %1 is neither HAProxy nor none.").arg(p.loadBalancerSku));
    PsScript script;
    PsCommand cmd(QStringLiteral("New-AksHciCluster"));
    cmd.arg(QStringLiteral("name"), p.name)
        .arg(QStringLiteral("kubernetesVersion"), p.kubernetesVersion)
        .arg(QStringLiteral("controlPlaneNodeCount"), p.controlPlaneNodeCount)
        .arg(QStringLiteral("controlPlaneVmSize"), p.controlPlaneVmSize)
        .arg(QStringLiteral("loadBalancerVmSize"), p.loadBalancerVmSize);
    if (!p.loadBalancerSku.isEmpty()) {
        script << PsCommand(QStringLiteral("New-AksHciLoadBalancerSetting"), QStringLiteral("loadBalancer"))
                      .arg(QStringLiteral("name"), p.name + QStringLiteral("-lb"))
                      .arg(QStringLiteral("loadBalancerSku"), p.loadBalancerSku);
        cmd.variable(QStringLiteral("loadBalancerSettings"), QStringLiteral("loadBalancer"));
    }
    if (p.vnet) {
        if (auto s = validate(*p.vnet); !s)
            return s.error();
        script << network(QStringLiteral("New-AksHciClusterNetwork"), *p.vnet, QStringLiteral("clusterVnet"));
        cmd.variable(QStringLiteral("vnet"), QStringLiteral("clusterVnet"));
    }
    cmd.arg(QStringLiteral("nodePoolName"), p.nodePoolName)
        .arg(QStringLiteral("nodeCount"), p.nodeCount)
        .arg(QStringLiteral("osType"), p.osType)
        .arg(QStringLiteral("nodeVmSize"), p.nodeVmSize)
        .list(QStringLiteral("taints"), p.taints)
        .arg(QStringLiteral("nodeMaxPodCount"), p.nodeMaxPodCount)
        .arg(QStringLiteral("primaryNetworkPlugin"), p.primaryNetworkPlugin);
    switchIf(cmd, p.enableAdAuth, "enableAdAuth");
    switchIf(cmd, p.enableMonitoring, "enableMonitoring");
    if (p.enableAutoScaler)
        cmd.flag(QStringLiteral("enableAutoScaler"), *p.enableAutoScaler);
    if (p.enableAzureRBAC)
        cmd.flag(QStringLiteral("enableAzureRBAC"), *p.enableAzureRBAC);
    cmd.arg(QStringLiteral("autoScalerProfileName"), p.autoScalerProfileName);
    script << cmd;
    return script;
}

Result<PsScript> AksHciScripts::newNodePool(const NewNodePoolParams& p) {
    using V = AksHciValidator;
    if (auto s = firstError({V::clusterName(p.clusterName), V::nodePoolName(p.name), V::osType(p.osType),
                             V::vmSize(tr("The VM size"), p.vmSize),
                             V::text(tr("The taints"), p.taints.join(QLatin1Char(',')))});
        !s)
        return s.error();
    PsCommand cmd(QStringLiteral("New-AksHciNodePool"));
    cmd.arg(QStringLiteral("clusterName"), p.clusterName)
        .arg(QStringLiteral("name"), p.name)
        .arg(QStringLiteral("count"), p.count)
        .arg(QStringLiteral("osType"), p.osType)
        .arg(QStringLiteral("vmSize"), p.vmSize)
        .list(QStringLiteral("taints"), p.taints)
        .arg(QStringLiteral("maxPodCount"), p.maxPodCount);
    switchIf(cmd, p.disableAutoScaler, "disableAutoScaler");
    return PsScript{cmd};
}

Result<PsScript> AksHciScripts::newAutoScalerProfile(const AutoScalerProfileParams& p) {
    if (auto s = AksHciValidator::text(tr("The autoscaler profile"), p.name); !s)
        return s.error();
    if (p.name.isEmpty() || p.settings.empty())
        return Error::make(Error::Kind::BadInput,
                           tr("New-AksHciAutoScalerProfile needs a name and at least one setting."));
    for (const auto& [k, v] : p.settings)
        if (auto s = firstError({AksHciValidator::text(tr("The autoscaler setting"), k),
                                 AksHciValidator::text(tr("The autoscaler setting"), v)});
            !s)
            return s.error();
    return PsScript{PsCommand(QStringLiteral("New-AksHciAutoScalerProfile"))
                        .arg(QStringLiteral("name"), p.name)
                        .hashtable(QStringLiteral("autoScalerProfileConfig"), p.settings)};
}

Result<PsScript> AksHciScripts::getCredential(const QString& cluster, const QString& configPath) {
    if (auto s = firstError({AksHciValidator::clusterName(cluster),
                             AksHciValidator::text(tr("The kubeconfig path"), configPath)});
        !s)
        return s.error();
    // No -Confirm: the module does not document it; the host sets $ConfirmPreference instead.
    return PsScript{PsCommand(QStringLiteral("Get-AksHciCredential"))
                        .arg(QStringLiteral("name"), cluster)
                        .arg(QStringLiteral("configPath"), configPath)};
}

Result<PsScript> AksHciScripts::getCredentialThroughSession(const QString& cluster, const QString& nodePath) {
    auto script = getCredential(cluster, nodePath);
    if (!script)
        return script;
    *script << PsCommand(QStringLiteral("Get-Content"))
                   .arg(QStringLiteral("LiteralPath"), nodePath)
                   .sw(QStringLiteral("Raw"))
            << PsCommand(QStringLiteral("Remove-Item"))
                   .arg(QStringLiteral("LiteralPath"), nodePath)
                   .sw(QStringLiteral("Force"));
    return script;
}

Result<PsScript> AksHciScripts::removeCluster(const QString& name) {
    if (auto s = AksHciValidator::clusterName(name); !s)
        return s.error();
    return PsScript{PsCommand(QStringLiteral("Remove-AksHciCluster")).arg(QStringLiteral("name"), name)};
}

PsScript AksHciScripts::updateCertificates() {
    return {PsCommand(QStringLiteral("Update-AksHciCertificates")).sw(QStringLiteral("force"))};
}

namespace {
Result<PsScript> clusterCertScript(const char* cmdlet, const QString& cluster,
                                   AksHciScripts::ClusterCertFix fix, bool force) {
    if (auto s = AksHciValidator::clusterName(cluster); !s)
        return s.error();
    PsCommand cmd(QString::fromLatin1(cmdlet));
    cmd.arg(QStringLiteral("name"), cluster)
        .sw(fix == AksHciScripts::ClusterCertFix::Kubelet ? QStringLiteral("fixKubeletCredentials")
                                                          : QStringLiteral("fixCloudCredentials"));
    switchIf(cmd, force, "force");
    return PsScript{cmd};
}
} // namespace

Result<PsScript> AksHciScripts::updateClusterCertificates(const QString& cluster, ClusterCertFix fix) {
    return clusterCertScript("Update-AksHciClusterCertificates", cluster, fix, true);
}

PsScript AksHciScripts::repairCerts() {
    return {PsCommand(QStringLiteral("Repair-AksHciCerts"))};
}

Result<PsScript> AksHciScripts::repairClusterCerts(const QString& cluster, ClusterCertFix fix) {
    return clusterCertScript("Repair-AksHciClusterCerts", cluster, fix, false);
}

PsScript AksHciScripts::repairMocLogin() {
    return {PsCommand(QStringLiteral("Repair-MocLogin"))};
}

} // namespace aks
