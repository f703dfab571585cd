#include "AksHciClient.h"
#include "core/BoundedJson.h"

#include "AksHciScripts.h"
#include "AksHciValidator.h"
#include "CmdletTimeouts.h"
#include "core/Redactor.h"
#include "powershell/PowerShellExecutor.h"
#include "powershell/PowerShellProtocol.h"
#include "powershell/PsCommand.h"

#include <QSaveFile>
#include <QUuid>

#include <mutex>

namespace aks {

AksHciClient::AksHciClient(EnvironmentConfig env)
    : m_env(std::move(env)), m_executor(PowerShellExecutor::create(m_env)) {}

AksHciClient::~AksHciClient() = default;

void AksHciClient::setRemoteCredential(const QString& user, const QString& password) {
    Redactor::registerSecret(password);
    std::lock_guard lock(m_credentialMutex);
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
    req.timeout =
        std::max<std::chrono::milliseconds>(CmdletTimeouts::forScript(script, m_env),
                                            longRunning ? m_env.longCommandTimeout : m_env.commandTimeout);
    if (m_env.remoteHost.isEmpty()) {
        req.script = script;
    } else {
        std::lock_guard lock(m_credentialMutex);
        req.script =
            PowerShellProtocol::remoteScript(m_env.remoteHost, script, m_remoteUser, m_remotePassword);
    }
    if (m_observer)
        m_observer(what, Redactor::redact(script));
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
                 (e.message.contains(QLatin1String("not found"), Qt::CaseInsensitive) ||
                  // After Uninstall-AksHci (which clears the configuration) Get-AksHciConfig says
                  // so: nothing is installed, which a resumed run must read as such, not as a failure.
                  e.message.contains(QLatin1String("not configured"), Qt::CaseInsensitive)))
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

Result<nlohmann::json> AksHciClient::getRegistration(const CancelToken& cancel) {
    const QString what = QStringLiteral("Get-AksHciRegistration");
    return call(what, false, what, cancel);
}

Result<nlohmann::json> AksHciClient::getAutoScalerProfiles(const CancelToken& cancel) {
    const QString what = QStringLiteral("Get-AksHciAutoScalerProfile");
    auto j = call(what, false, what, cancel);
    if (!j)
        return j.error();
    return j->is_array() ? *j : (j->is_null() ? nlohmann::json::array() : nlohmann::json::array({*j}));
}

Result<nlohmann::json> AksHciClient::getAutoScalerProfile(const QString& name, const CancelToken& cancel) {
    if (auto s = AksHciValidator::text(tr("The autoscaler profile"), name); !s)
        return s.error();
    const QString what = QStringLiteral("Get-AksHciAutoScalerProfile");
    auto j = call(PsCommand(what).arg(QStringLiteral("name"), name).toString(), false, what, cancel);
    if (!j)
        return j.error();
    const nlohmann::json list = j->is_array() ? *j : nlohmann::json::array({*j});
    if (list.empty() || list.front().is_null())
        return Error::make(Error::Kind::NotFound,
                           tr("The autoscaler profile '%1' does not exist.").arg(name));
    return list.front();
}

Status AksHciClient::newAutoScalerProfile(const AutoScalerProfileParams& p, const CancelToken& cancel) {
    return run(AksHciScripts::newAutoScalerProfile(p), false, cancel);
}

Status AksHciClient::run(const Result<PsScript>& script, bool longRunning, const CancelToken& cancel) {
    if (!script)
        return script.error();
    const PsScript& s = *script;
    // The cmdlet the script is for is its last statement; the ones before build its arguments.
    auto j = call(scriptText(s), longRunning, s.isEmpty() ? QString() : s.last().cmdlet(), cancel);
    if (!j)
        return j.error();
    return {};
}

Status AksHciClient::getCredential(const QString& cluster, const QString& kubeconfigPath,
                                   const CancelToken& cancel) {
    if (m_env.remoteHost.isEmpty())
        return run(AksHciScripts::getCredential(cluster, kubeconfigPath), false, cancel);
    // Inside Invoke-Command the cmdlet writes on the node: read the file back through the session.
    const QString nodePath = QStringLiteral("C:\\Windows\\Temp\\aks-recovery-%1.kubeconfig")
                                 .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto script = AksHciScripts::getCredentialThroughSession(cluster, nodePath);
    if (!script)
        return script.error();
    const QString what = QStringLiteral("Get-AksHciCredential");
    auto j = call(scriptText(*script), false, what, cancel);
    if (!j)
        return j.error();
    // Windows PowerShell 5.1 prints a string read by Get-Content with its provider note properties,
    // as {"value": text, "PSPath": ...}; a newer engine prints the plain string.
    if (j->is_object())
        *j = j->value("value", nlohmann::json());
    if (!j->is_string() || j->get_ref<const std::string&>().empty())
        return Error::make(
            Error::Kind::BadOutput,
            tr("Get-AksHciCredential on %1 wrote no kubeconfig to read back.").arg(m_env.remoteHost));
    QSaveFile f(kubeconfigPath);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not write the kubeconfig %1: %2").arg(kubeconfigPath, f.errorString()));
    // The kubeconfig holds the cluster's admin credentials: owner-only before it has any content.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QByteArray::fromStdString(j->get<std::string>()));
    if (!f.commit())
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not write the kubeconfig %1: %2").arg(kubeconfigPath, f.errorString()));
    return {};
}

Result<nlohmann::json> AksHciClient::newNetworkSetting(const NetworkSettingParams& params,
                                                       const CancelToken& cancel) {
    auto script = AksHciScripts::newNetworkSetting(params);
    if (!script)
        return script.error();
    return call(scriptText(*script), false, QStringLiteral("New-AksHciNetworkSetting"), cancel);
}

Status AksHciClient::setConfig(const AksHciConfigParams& p, const CancelToken& cancel) {
    return run(AksHciScripts::setConfig(p), true, cancel);
}

Status AksHciClient::setRegistration(const RegistrationParams& p, const CancelToken& cancel) {
    return run(AksHciScripts::setRegistration(p), true, cancel);
}

Status AksHciClient::install(const CancelToken& cancel) {
    return run(AksHciScripts::install(), true, cancel);
}

Status AksHciClient::uninstall(bool skipConfigCleanup, const CancelToken& cancel) {
    return run(AksHciScripts::uninstall(skipConfigCleanup), true, cancel);
}

Status AksHciClient::newCluster(const NewClusterParams& p, const CancelToken& cancel) {
    return run(AksHciScripts::newCluster(p), true, cancel);
}

Status AksHciClient::newNodePool(const NewNodePoolParams& p, const CancelToken& cancel) {
    return run(AksHciScripts::newNodePool(p), true, cancel);
}

Status AksHciClient::removeCluster(const QString& name, const CancelToken& cancel) {
    return run(AksHciScripts::removeCluster(name), true, cancel);
}

Status AksHciClient::repair(const PsScript& script, const CancelToken& cancel) {
    return run(script, true, cancel);
}

void AksHciClient::setScriptObserver(ScriptObserver observer) {
    m_observer = std::move(observer);
}

} // namespace aks
