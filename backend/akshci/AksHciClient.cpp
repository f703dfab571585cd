#include "AksHciClient.h"
#include "core/BoundedJson.h"

#include "AksHciValidator.h"
#include "CmdletTimeouts.h"
#include "core/Redactor.h"
#include "powershell/PowerShellExecutor.h"
#include "powershell/PowerShellProtocol.h"
#include "powershell/PsCommand.h"
#include "powershell/PsLiteral.h"

#include <mutex>

namespace aks {
namespace {

std::mutex g_credentialMutex;

QString credentialStatement(const QString& variable, const QString& user, const QString& password) {
    return QStringLiteral("$%1 = New-Object System.Management.Automation.PSCredential(%2, "
                          "(ConvertTo-SecureString %3 -AsPlainText -Force))")
        .arg(variable, psLiteral(user), psLiteral(password));
}

Status firstError(std::initializer_list<Status> checks) {
    for (const Status& s : checks)
        if (!s)
            return s;
    return {};
}

Status validate(const NetworkSettingParams& p) {
    return firstError(
        {AksHciValidator::text(AksHciClient::tr("The vnet name"), p.name),
         AksHciValidator::text(AksHciClient::tr("The virtual switch"), p.vSwitchName),
         AksHciValidator::text(AksHciClient::tr("The node IP pool start"), p.k8sNodeIpPoolStart),
         AksHciValidator::text(AksHciClient::tr("The node IP pool end"), p.k8sNodeIpPoolEnd),
         AksHciValidator::text(AksHciClient::tr("The VIP pool start"), p.vipPoolStart),
         AksHciValidator::text(AksHciClient::tr("The VIP pool end"), p.vipPoolEnd),
         AksHciValidator::text(AksHciClient::tr("The IP address prefix"), p.ipAddressPrefix),
         AksHciValidator::text(AksHciClient::tr("The gateway"), p.gateway),
         AksHciValidator::text(AksHciClient::tr("The DNS servers"), p.dnsServers.join(QLatin1Char(',')))});
}

QString networkSettingCommand(const NetworkSettingParams& p, const QString& assignTo) {
    return PsCommand(QStringLiteral("New-AksHciNetworkSetting"), assignTo)
        .arg(QStringLiteral("name"), p.name)
        .arg(QStringLiteral("vSwitchName"), p.vSwitchName)
        .arg(QStringLiteral("k8sNodeIpPoolStart"), p.k8sNodeIpPoolStart)
        .arg(QStringLiteral("k8sNodeIpPoolEnd"), p.k8sNodeIpPoolEnd)
        .arg(QStringLiteral("vipPoolStart"), p.vipPoolStart)
        .arg(QStringLiteral("vipPoolEnd"), p.vipPoolEnd)
        .arg(QStringLiteral("ipAddressPrefix"), p.ipAddressPrefix)
        .arg(QStringLiteral("gateway"), p.gateway)
        .list(QStringLiteral("dnsServers"), p.dnsServers)
        .arg(QStringLiteral("vlanId"), p.vlanId)
        .toString();
}

} // namespace

AksHciClient::AksHciClient(EnvironmentConfig env)
    : m_env(std::move(env)), m_executor(PowerShellExecutor::create(m_env)) {}

AksHciClient::~AksHciClient() = default;

void AksHciClient::setRemoteCredential(const QString& user, const QString& password) {
    Redactor::registerSecret(password);
    std::lock_guard lock(g_credentialMutex);
    m_remoteUser = user;
    m_remotePassword = password;
}

int AksHciClient::processesStarted() const {
    return m_executor->processesStarted();
}

Result<nlohmann::json> AksHciClient::call(const QString& script, bool longRunning, const QString& what,
                                          const CancelToken& cancel) {
    PsRequest req;
    req.what = what;
    req.timeout = std::max<std::chrono::milliseconds>(CmdletTimeouts::forScript(script, m_env),
                                                      longRunning ? m_env.longCommandTimeout : m_env.commandTimeout);
    if (m_env.remoteHost.isEmpty()) {
        req.script = script;
    } else {
        std::lock_guard lock(g_credentialMutex);
        req.script =
            PowerShellProtocol::remoteScript(m_env.remoteHost, script, m_remoteUser, m_remotePassword);
    }
    auto r = m_executor->execute(req, cancel);
    if (!r) {
        Error e = r.error();
        if (!m_env.remoteHost.isEmpty() && (e.kind == Error::Kind::ExitCode ||
                                            e.kind == Error::Kind::Crashed || e.kind == Error::Kind::Timeout))
            e.message +=
                QLatin1Char(' ') +
                tr("On %1 through PowerShell remoting: the AksHci cmdlets reach the other cluster nodes, "
                   "so the session needs CredSSP (Enable-WSManCredSSP -Role Server on the node, -Role "
                   "Client on this machine); SSH-based remoting does not work with them.")
                    .arg(m_env.remoteHost);
        else if (e.kind == Error::Kind::ExitCode &&
                 e.message.contains(QLatin1String("not found"), Qt::CaseInsensitive))
            e.kind = Error::Kind::NotFound;
        return e;
    }
    const QByteArray body = r->trimmed();
    if (body.isEmpty())
        return nlohmann::json();
    if (nlohmann::json j = parseBoundedJson(body); !j.is_discarded())
        return j;
    return Error::make(Error::Kind::BadOutput,
                       tr("%1 printed something that is not JSON; the AksHci module or the PowerShell host "
                          "may be damaged.")
                           .arg(what),
                       Redactor::redact(QString::fromUtf8(body.left(400))));
}

Result<AksHciConfig> AksHciClient::getConfig(const CancelToken& cancel) {
    const QString what = QStringLiteral("Get-AksHciConfig");
    auto j = call(what, false, what, cancel);
    if (!j)
        return j.error();
    return AksHciConfig::fromJson(*j);
}

Result<QList<WorkloadCluster>> AksHciClient::getClusters(const CancelToken& cancel) {
    const QString what = QStringLiteral("Get-AksHciCluster");
    auto j = call(what, false, what, cancel);
    if (!j)
        return j.error();
    return WorkloadCluster::listFromJson(*j);
}

Result<WorkloadCluster> AksHciClient::getCluster(const QString& name, const CancelToken& cancel) {
    if (auto s = AksHciValidator::clusterName(name); !s)
        return s.error();
    const QString what = QStringLiteral("Get-AksHciCluster");
    auto j = call(PsCommand(what).arg(QStringLiteral("name"), name).toString(), false, what, cancel);
    if (!j)
        return j.error();
    auto list = WorkloadCluster::listFromJson(*j);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("The workload cluster '%1' does not exist.").arg(name));
    return list->first();
}

Result<QList<NodePool>> AksHciClient::getNodePools(const QString& cluster, const CancelToken& cancel) {
    if (auto s = AksHciValidator::clusterName(cluster); !s)
        return s.error();
    const QString what = QStringLiteral("Get-AksHciNodePool");
    auto j =
        call(PsCommand(what).arg(QStringLiteral("clusterName"), cluster).toString(), false, what, cancel);
    if (!j)
        return j.error();
    return NodePool::listFromJson(*j);
}

Result<QList<WorkloadCluster>> AksHciClient::getClustersWithNodePools(const CancelToken& cancel) {
    auto clusters = getClusters(cancel);
    if (!clusters)
        return clusters.error();
    for (WorkloadCluster& c : *clusters) {
        auto pools = getNodePools(c.name, cancel);
        if (!pools)
            return pools.error();
        c.nodePools = std::move(pools).value();
    }
    return clusters;
}

Result<QString> AksHciClient::getVersion(const CancelToken& cancel) {
    const QString what = QStringLiteral("Get-AksHciVersion");
    auto j = call(what, false, what, cancel);
    if (!j)
        return j.error();
    if (!j->is_string())
        return Error::make(Error::Kind::BadOutput, tr("Get-AksHciVersion did not print a version string."));
    return QString::fromStdString(j->get<std::string>());
}

Result<nlohmann::json> AksHciClient::getKubernetesVersions(const CancelToken& cancel) {
    const QString what = QStringLiteral("Get-AksHciKubernetesVersion");
    auto j = call(what, false, what, cancel);
    if (!j)
        return j.error();
    return j->is_array() ? *j : (j->is_null() ? nlohmann::json::array() : nlohmann::json::array({*j}));
}

Status AksHciClient::getCredential(const QString& cluster, const QString& kubeconfigPath,
                                   const CancelToken& cancel) {
    if (auto s = firstError({AksHciValidator::clusterName(cluster),
                             AksHciValidator::text(tr("The kubeconfig path"), kubeconfigPath)});
        !s)
        return s;
    const QString what = QStringLiteral("Get-AksHciCredential");
    // A confirmation prompt in a hidden session would hang it.
    auto j = call(PsCommand(what)
                      .arg(QStringLiteral("name"), cluster)
                      .arg(QStringLiteral("configPath"), kubeconfigPath)
                      .flag(QStringLiteral("Confirm"), false)
                      .toString(),
                  false, what, cancel);
    if (!j)
        return j.error();
    return {};
}

Result<nlohmann::json> AksHciClient::newNetworkSetting(const NetworkSettingParams& params,
                                                       const CancelToken& cancel) {
    if (auto s = validate(params); !s)
        return s.error();
    return call(networkSettingCommand(params, {}), false, QStringLiteral("New-AksHciNetworkSetting"), cancel);
}

Status AksHciClient::setConfig(const AksHciConfigParams& p, const CancelToken& cancel) {
    if (auto s =
            firstError({AksHciValidator::text(tr("The image folder"), p.imageDir),
                        AksHciValidator::text(tr("The working folder"), p.workingDir),
                        AksHciValidator::text(tr("The cloud config location"), p.cloudConfigLocation),
                        AksHciValidator::text(tr("The cloud service CIDR"), p.cloudServiceCidr),
                        AksHciValidator::vmSize(tr("The control plane VM size"), p.controlPlaneVmSize),
                        AksHciValidator::vmSize(tr("The load balancer VM size"), p.loadBalancerVmSize),
                        AksHciValidator::text(tr("The pod CIDR of the management cluster"), p.kvaPodCidr),
                        AksHciValidator::text(tr("The version"), p.version),
                        AksHciValidator::text(tr("The HTTP proxy"), p.proxyServerHttp),
                        AksHciValidator::text(tr("The HTTPS proxy"), p.proxyServerHttps),
                        AksHciValidator::text(tr("The no-proxy list"), p.proxyServerNoProxy),
                        AksHciValidator::text(tr("The proxy user"), p.proxyUser),
                        AksHciValidator::text(tr("The proxy password"), p.proxyPassword)});
        !s)
        return s;
    if (p.vnet)
        if (auto s = validate(*p.vnet); !s)
            return s;
    QStringList lines;
    if (p.vnet)
        lines << networkSettingCommand(*p.vnet, QStringLiteral("vnet"));
    const bool proxyCredential = !p.proxyUser.isEmpty();
    if (proxyCredential) {
        Redactor::registerSecret(p.proxyPassword);
        lines << credentialStatement(QStringLiteral("proxyCredential"), p.proxyUser, p.proxyPassword);
    }
    PsCommand cmd(QStringLiteral("Set-AksHciConfig"));
    cmd.arg(QStringLiteral("imageDir"), p.imageDir)
        .arg(QStringLiteral("workingDir"), p.workingDir)
        .arg(QStringLiteral("cloudConfigLocation"), p.cloudConfigLocation);
    if (p.vnet)
        cmd.variable(QStringLiteral("vnet"), QStringLiteral("vnet"));
    cmd.arg(QStringLiteral("cloudServiceCidr"), p.cloudServiceCidr)
        .arg(QStringLiteral("controlPlaneVmSize"), p.controlPlaneVmSize)
        .arg(QStringLiteral("loadBalancerVmSize"), p.loadBalancerVmSize)
        .arg(QStringLiteral("kvaPodCIDR"), p.kvaPodCidr)
        .arg(QStringLiteral("version"), p.version)
        .arg(QStringLiteral("proxyServerHttp"), p.proxyServerHttp)
        .arg(QStringLiteral("proxyServerHttps"), p.proxyServerHttps)
        .arg(QStringLiteral("proxyServerNoProxy"), p.proxyServerNoProxy);
    if (proxyCredential)
        cmd.variable(QStringLiteral("proxyCredential"), QStringLiteral("proxyCredential"));
    if (p.skipHostLimitChecks)
        cmd.sw(QStringLiteral("skipHostLimitChecks"));
    lines << cmd.toString();
    auto j = call(lines.join(QLatin1Char('\n')), true, QStringLiteral("Set-AksHciConfig"), cancel);
    if (!j)
        return j.error();
    return {};
}

Status AksHciClient::setRegistration(const RegistrationParams& p, const CancelToken& cancel) {
    if (auto s =
            firstError({AksHciValidator::text(tr("The subscription ID"), p.subscriptionId),
                        AksHciValidator::text(tr("The resource group"), p.resourceGroupName),
                        AksHciValidator::text(tr("The tenant ID"), p.tenantId),
                        AksHciValidator::text(tr("The service principal ID"), p.servicePrincipalId),
                        AksHciValidator::text(tr("The service principal secret"), p.servicePrincipalSecret)});
        !s)
        return s;
    if (p.subscriptionId.isEmpty() || p.resourceGroupName.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           tr("Set-AksHciRegistration needs a subscription ID and a resource group."));
    QStringList lines;
    const bool sp = !p.servicePrincipalId.isEmpty();
    if (sp) {
        Redactor::registerSecret(p.servicePrincipalSecret);
        lines << credentialStatement(QStringLiteral("spCredential"), p.servicePrincipalId,
                                     p.servicePrincipalSecret);
    }
    PsCommand cmd(QStringLiteral("Set-AksHciRegistration"));
    cmd.arg(QStringLiteral("subscriptionId"), p.subscriptionId)
        .arg(QStringLiteral("resourceGroupName"), p.resourceGroupName)
        .arg(QStringLiteral("tenantId"), p.tenantId);
    if (sp)
        cmd.variable(QStringLiteral("credential"), QStringLiteral("spCredential"));
    lines << cmd.toString();
    auto j = call(lines.join(QLatin1Char('\n')), true, QStringLiteral("Set-AksHciRegistration"), cancel);
    if (!j)
        return j.error();
    return {};
}

Status AksHciClient::install(const CancelToken& cancel) {
    const QString what = QStringLiteral("Install-AksHci");
    auto j = call(what, true, what, cancel);
    if (!j)
        return j.error();
    return {};
}

Status AksHciClient::uninstall(bool skipConfigCleanup, const CancelToken& cancel) {
    PsCommand cmd(QStringLiteral("Uninstall-AksHci"));
    if (skipConfigCleanup)
        cmd.sw(QStringLiteral("SkipConfigCleanup"));
    auto j = call(cmd.toString(), true, QStringLiteral("Uninstall-AksHci"), cancel);
    if (!j)
        return j.error();
    return {};
}

Status AksHciClient::newCluster(const NewClusterParams& p, const CancelToken& cancel) {
    if (auto s = firstError(
            {AksHciValidator::clusterName(p.name), AksHciValidator::kubernetesVersion(p.kubernetesVersion),
             AksHciValidator::vmSize(tr("The control plane VM size"), p.controlPlaneVmSize),
             AksHciValidator::vmSize(tr("The load balancer VM size"), p.loadBalancerVmSize),
             p.nodePoolName.isEmpty() ? Status{} : AksHciValidator::nodePoolName(p.nodePoolName),
             AksHciValidator::osType(p.osType),
             AksHciValidator::vmSize(tr("The node VM size"), p.nodeVmSize)});
        !s)
        return s;
    QStringList lines;
    PsCommand cmd(QStringLiteral("New-AksHciCluster"));
    cmd.arg(QStringLiteral("name"), p.name)
        .arg(QStringLiteral("kubernetesVersion"), p.kubernetesVersion)
        .arg(QStringLiteral("controlPlaneNodeCount"), p.controlPlaneNodeCount)
        .arg(QStringLiteral("controlPlaneVmSize"), p.controlPlaneVmSize);
    if (p.loadBalancerCount) {
        // Newer releases size the load balancer through a setting object.
        lines << PsCommand(QStringLiteral("New-AksHciLoadBalancerSetting"), QStringLiteral("loadBalancer"))
                     .arg(QStringLiteral("name"), p.name + QStringLiteral("-lb"))
                     .arg(QStringLiteral("loadBalancerSku"), QStringLiteral("HAProxy"))
                     .arg(QStringLiteral("vmSize"), p.loadBalancerVmSize)
                     .arg(QStringLiteral("loadBalancerCount"), p.loadBalancerCount)
                     .toString();
        cmd.variable(QStringLiteral("loadBalancerSettings"), QStringLiteral("loadBalancer"));
    } else {
        cmd.arg(QStringLiteral("loadBalancerVmSize"), p.loadBalancerVmSize);
    }
    cmd.arg(QStringLiteral("nodePoolName"), p.nodePoolName)
        .arg(QStringLiteral("nodeCount"), p.nodeCount)
        .arg(QStringLiteral("osType"), p.osType)
        .arg(QStringLiteral("nodeVmSize"), p.nodeVmSize);
    if (p.enableAutoScaler)
        cmd.flag(QStringLiteral("enableAutoScaler"), true);
    lines << cmd.toString();
    auto j = call(lines.join(QLatin1Char('\n')), true, QStringLiteral("New-AksHciCluster"), cancel);
    if (!j)
        return j.error();
    return {};
}

Status AksHciClient::newNodePool(const NewNodePoolParams& p, const CancelToken& cancel) {
    if (auto s = firstError({AksHciValidator::clusterName(p.clusterName),
                             AksHciValidator::nodePoolName(p.name), AksHciValidator::osType(p.osType),
                             AksHciValidator::vmSize(tr("The VM size"), p.vmSize),
                             AksHciValidator::text(tr("The taints"), p.taints.join(QLatin1Char(',')))});
        !s)
        return s;
    const QString what = QStringLiteral("New-AksHciNodePool");
    auto j = call(PsCommand(what)
                      .arg(QStringLiteral("clusterName"), p.clusterName)
                      .arg(QStringLiteral("name"), p.name)
                      .arg(QStringLiteral("count"), p.count)
                      .arg(QStringLiteral("osType"), p.osType)
                      .arg(QStringLiteral("vmSize"), p.vmSize)
                      .arg(QStringLiteral("maxPodCount"), p.maxPodCount)
                      .list(QStringLiteral("taints"), p.taints)
                      .toString(),
                  true, what, cancel);
    if (!j)
        return j.error();
    return {};
}

Status AksHciClient::removeCluster(const QString& name, const CancelToken& cancel) {
    if (auto s = AksHciValidator::clusterName(name); !s)
        return s;
    const QString what = QStringLiteral("Remove-AksHciCluster");
    auto j = call(
        PsCommand(what).arg(QStringLiteral("name"), name).flag(QStringLiteral("Confirm"), false).toString(),
        true, what, cancel);
    if (!j)
        return j.error();
    return {};
}

} // namespace aks
