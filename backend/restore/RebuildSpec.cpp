#include "RebuildSpec.h"

#include "core/Redactor.h"
#include "powershell/PsJson.h"
#include "snapshot/Snapshot.h"
#include "snapshot/SnapshotFormat.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace aks {
namespace {

using Kind = RebuildProblem::Kind;

const QString kSep = QStringLiteral(" / ");
// Created by Install-AksHci: the one autoscaler profile a rebuild has without being told.
const QString kDefaultProfile = QStringLiteral("akshci-autoscaler-profile-default");

bool isRedacted(const QString& v) {
    return v.contains(QLatin1String(snapshot::kRedactedMarker)) || v.contains(QLatin1String(Redactor::kMask));
}

bool isEmptyValue(const nlohmann::json& v) {
    return v.is_null() || (v.is_string() && v.get_ref<const std::string&>().empty()) ||
           (v.is_array() && v.empty()) || (v.is_object() && v.empty());
}

// Reads one document (a config module, a cluster, a pool) and remembers what it read, so every
// field left over is known: derived, volatile, or a setting the rebuild would lose.
class DocReader {
public:
    DocReader(QString section, QList<const nlohmann::json*> docs, QList<RebuildProblem>& problems)
        : m_section(std::move(section)), m_docs(std::move(docs)), m_problems(problems) {}

    const nlohmann::json* find(const QString& key) {
        m_read.insert(key.toLower());
        for (const nlohmann::json* d : m_docs)
            if (const auto* v = PsJson::find(*d, key); v && !isEmptyValue(*v))
                return v;
        return nullptr;
    }
    // A redacted value is missing, never a value: reported, and left out of the call.
    QString text(const QString& key) {
        const auto* v = find(key);
        if (!v)
            return {};
        const QString t = PsJson::toText(*v);
        if (isRedacted(t)) {
            m_problems.append({Kind::Redacted, m_section, key,
                               RebuildSpec::tr("Export the snapshot again with secrets kept (encrypted).")});
            return {};
        }
        return t;
    }
    // A secret: redacted means "ask for it", never the marker.
    QString secret(const QString& key, bool* redacted) {
        const auto* v = find(key);
        const QString t = v ? PsJson::toText(*v) : QString();
        *redacted = isRedacted(t);
        return *redacted ? QString() : t;
    }
    std::optional<int> integer(const QString& key) {
        const auto* v = find(key);
        if (!v)
            return std::nullopt;
        bool ok = false;
        const int n = PsJson::toText(*v).toInt(&ok);
        return ok ? std::optional<int>(n) : std::nullopt;
    }
    bool boolean(const QString& key) {
        const auto* v = find(key);
        return v && (v->is_boolean()
                         ? v->get<bool>()
                         : PsJson::toText(*v).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    }
    QStringList list(const QString& key) {
        const auto* v = find(key);
        QStringList out;
        if (v)
            for (const auto& e : PsJson::asArray(*v))
                for (const QString& part : PsJson::toText(e).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    out << part.trimmed();
        return out;
    }
    // Read and kept only to compare after the rebuild: the module sets it, no parameter does.
    void derive(const QString& key, QMap<QString, QString>& derived) {
        if (const auto* v = find(key))
            derived.insert(m_section + kSep + key, PsJson::toText(*v));
    }
    void ignore(const QStringList& keys) {
        for (const QString& k : keys)
            m_read.insert(k.toLower());
    }
    // Every field with a value nobody read is a setting the rebuild would lose.
    void reportUnread() {
        for (const nlohmann::json* d : m_docs) {
            if (!d->is_object())
                continue;
            for (auto it = d->begin(); it != d->end(); ++it) {
                const QString k = QString::fromStdString(it.key());
                if (!m_read.contains(k.toLower()) && !isEmptyValue(it.value()))
                    m_problems.append({Kind::Unreplayable, m_section, k,
                                       RebuildSpec::tr("No documented parameter sets it; recreate it by hand "
                                                       "after the rebuild, or recover another way.")});
            }
        }
    }

private:
    QString m_section;
    QList<const nlohmann::json*> m_docs;
    QList<RebuildProblem>& m_problems;
    QSet<QString> m_read;
};

// Settings no parameter passes: Install-AksHci and the release derive them.
const QStringList kDerivedConfig = {QStringLiteral("catalog"),
                                    QStringLiteral("ring"),
                                    QStringLiteral("deploymentType"),
                                    QStringLiteral("moduleVersion"),
                                    QStringLiteral("manifestCache"),
                                    QStringLiteral("installationPackageDir"),
                                    QStringLiteral("enableDiagnosticData"),
                                    QStringLiteral("enablePreview"),
                                    QStringLiteral("latestVersionsCache"),
                                    QStringLiteral("kvaName"),
                                    QStringLiteral("kvaK8sVersion"),
                                    QStringLiteral("identity"),
                                    QStringLiteral("certificateValidityFactor"),
                                    QStringLiteral("containerRegistry"),
                                    QStringLiteral("caCertRotationThreshold"),
                                    QStringLiteral("sshPrivateKey"),
                                    QStringLiteral("commands"),
                                    QStringLiteral("installState"),
                                    QStringLiteral("vnetType"),
                                    QStringLiteral("kubeconfig")};
const QStringList kVolatileCluster = {QStringLiteral("Status"),
                                      QStringLiteral("ProvisioningState"),
                                      QStringLiteral("CreationTime"),
                                      QStringLiteral("NodePools"),
                                      QStringLiteral("LinuxNodeCount"),
                                      QStringLiteral("WindowsNodeCount"),
                                      QStringLiteral("Windows2022NodeCount"),
                                      QStringLiteral("PackageVersion")};
const QStringList kVolatilePool = {QStringLiteral("Phase"), QStringLiteral("ClusterName"),
                                   QStringLiteral("Status")};

NetworkSettingParams readNetwork(DocReader& r, const QString& nameKey, const QString& vipStart,
                                 const QString& vipEnd) {
    NetworkSettingParams n;
    n.name = r.text(nameKey);
    n.vSwitchName = r.text(QStringLiteral("vswitchName"));
    n.ipAddressPrefix = r.text(QStringLiteral("ipaddressprefix"));
    n.gateway = r.text(QStringLiteral("gateway"));
    n.dnsServers = r.list(QStringLiteral("dnsservers"));
    n.k8sNodeIpPoolStart = r.text(QStringLiteral("k8snodeippoolstart"));
    n.k8sNodeIpPoolEnd = r.text(QStringLiteral("k8snodeippoolend"));
    n.vipPoolStart = r.text(vipStart);
    n.vipPoolEnd = r.text(vipEnd);
    if (auto vlan = r.integer(QStringLiteral("vlanid")); vlan && *vlan > 0)
        n.vlanId = vlan;
    return n;
}

void readConfig(const Snapshot& s, const RebuildSecrets& secrets, RebuildSpec& spec,
                QMap<QString, QString>& derived) {
    const QString section = RebuildSpec::tr("Management cluster");
    QList<const nlohmann::json*> modules;
    for (const char* m : {"MOC", "AksHci", "Kva"})
        if (const auto* v = PsJson::find(s.config, QString::fromLatin1(m)); v && v->is_object())
            modules << v;
    if (modules.isEmpty()) {
        spec.problems.append({Kind::Unreadable, section, QStringLiteral("Get-AksHciConfig"),
                              RebuildSpec::tr("Pick a snapshot exported from a working deployment.")});
        return;
    }
    DocReader r(section, modules, spec.problems);
    AksHciConfigParams& p = spec.config;
    p.imageDir = r.text(QStringLiteral("imageDir"));
    p.workingDir = r.text(QStringLiteral("workingDir"));
    p.cloudConfigLocation = r.text(QStringLiteral("cloudConfigLocation"));
    p.nodeConfigLocation = r.text(QStringLiteral("nodeConfigLocation"));
    p.controlPlaneVmSize = r.text(QStringLiteral("controlPlaneVmSize"));
    p.sshPublicKey = r.text(QStringLiteral("sshPublicKey"));
    p.macPoolStart = r.text(QStringLiteral("macPoolStart"));
    p.macPoolEnd = r.text(QStringLiteral("macPoolEnd"));
    p.cloudServiceCidr = r.text(QStringLiteral("cloudServiceCidr"));
    p.version = r.text(QStringLiteral("version"));
    p.nodeAgentPort = r.integer(QStringLiteral("nodeAgentPort"));
    p.nodeAgentAuthorizerPort = r.integer(QStringLiteral("nodeAgentAuthorizerPort"));
    p.cloudAgentPort = r.integer(QStringLiteral("cloudAgentPort"));
    p.cloudAgentAuthorizerPort = r.integer(QStringLiteral("cloudAgentAuthorizerPort"));
    p.clusterRoleName = r.text(QStringLiteral("clusterRoleName"));
    p.cloudLocation = r.text(QStringLiteral("cloudLocation"));
    p.stagingShare = r.text(QStringLiteral("stagingShare"));
    p.concurrentDownloads = r.integer(QStringLiteral("concurrentDownloads"));
    p.skipHostLimitChecks = r.boolean(QStringLiteral("skipHostLimitChecks"));
    p.skipRemotingChecks = r.boolean(QStringLiteral("skipRemotingChecks"));
    p.skipValidationChecks = r.boolean(QStringLiteral("skipValidationChecks"));
    p.insecure = r.boolean(QStringLiteral("insecure"));
    p.skipUpdates = r.boolean(QStringLiteral("skipUpdates"));
    p.forceDnsReplication = r.boolean(QStringLiteral("forceDnsReplication"));
    NetworkSettingParams vnet = readNetwork(r, QStringLiteral("vnetName"), QStringLiteral("vnetvippoolstart"),
                                            QStringLiteral("vnetvippoolend"));
    if (vnet.name.isEmpty())
        vnet.name = QStringLiteral("vnet"); // not printed by every release; the name has no effect
    if (!vnet.vSwitchName.isEmpty())
        p.vnet = vnet;

    ProxySettingParams proxy;
    proxy.http = r.text(QStringLiteral("proxyServerHTTP"));
    proxy.https = r.text(QStringLiteral("proxyServerHTTPS"));
    proxy.noProxy = r.text(QStringLiteral("proxyServerNoProxy"));
    proxy.certFile = r.text(QStringLiteral("proxyServerCertFile"));
    // The user name is redacted with the password: both come from the secrets then.
    bool userRedacted = false;
    proxy.user = r.secret(QStringLiteral("proxyServerUsername"), &userRedacted);
    if (userRedacted)
        proxy.user = secrets.proxyUser;
    if (userRedacted && proxy.user.isEmpty())
        spec.problems.append({Kind::MissingSecret, section, QStringLiteral("proxyServerUsername"),
                              RebuildSpec::tr("Give the proxy user (proxyUser in restore --secrets-file), or "
                                              "export the snapshot with secrets kept.")});
    bool redacted = false;
    proxy.password = r.secret(QStringLiteral("proxyServerPassword"), &redacted);
    if (redacted || (proxy.password.isEmpty() && !proxy.user.isEmpty()))
        proxy.password = secrets.proxyPassword;
    if ((userRedacted || !proxy.user.isEmpty()) && proxy.password.isEmpty())
        spec.problems.append(
            {Kind::MissingSecret, section, QStringLiteral("proxyServerPassword"),
             RebuildSpec::tr("Give the password of the proxy user %1 (restore --secrets-file), or export the "
                             "snapshot with secrets kept.")
                 .arg(proxy.user)});
    if (!proxy.http.isEmpty() || !proxy.https.isEmpty()) {
        // One proxy object per deployment; older releases do not print its name.
        proxy.name = r.text(QStringLiteral("proxySettingsName"));
        if (proxy.name.isEmpty())
            proxy.name = QStringLiteral("proxy");
        p.proxy = proxy;
    }
    // The module picks these itself; a value other than its own is compared after the rebuild.
    r.derive(QStringLiteral("kvaPodCidr"), derived);
    r.derive(QStringLiteral("loadBalancerVmSize"), derived);
    r.ignore(kDerivedConfig);
    r.reportUnread();
}

void readRegistration(const Snapshot& s, const RebuildSecrets& secrets, RebuildSpec& spec) {
    const QString section = RebuildSpec::tr("Registration");
    if (!s.registration.is_object() || s.registration.empty()) {
        spec.problems.append({Kind::MissingRegistration, section, QStringLiteral("Get-AksHciRegistration"),
                              RebuildSpec::tr("Export a new snapshot with this version (it records the Azure "
                                              "registration), then plan again.")});
        return;
    }
    DocReader r(section, {&s.registration}, spec.problems);
    RegistrationParams reg;
    reg.subscriptionId = r.text(QStringLiteral("subscriptionId"));
    reg.resourceGroupName = r.text(QStringLiteral("resourceGroupName"));
    if (reg.resourceGroupName.isEmpty())
        reg.resourceGroupName = r.text(QStringLiteral("resourceGroup"));
    reg.tenantId = r.text(QStringLiteral("tenantId"));
    reg.region = r.text(QStringLiteral("region"));
    if (reg.region.isEmpty())
        reg.region = r.text(QStringLiteral("location"));
    reg.environmentName = r.text(QStringLiteral("environmentName"));
    reg.servicePrincipalId = r.text(QStringLiteral("servicePrincipalId"));
    bool redacted = false;
    reg.servicePrincipalSecret = r.secret(QStringLiteral("servicePrincipalSecret"), &redacted);
    if (reg.servicePrincipalSecret.isEmpty())
        reg.servicePrincipalSecret = secrets.servicePrincipalSecret;
    if (!reg.servicePrincipalId.isEmpty() && reg.servicePrincipalSecret.isEmpty())
        spec.problems.append(
            {Kind::MissingSecret, section, QStringLiteral("servicePrincipalSecret"),
             RebuildSpec::tr("Give the secret of the service principal %1 (restore --secrets-file).")
                 .arg(reg.servicePrincipalId)});
    if (reg.subscriptionId.isEmpty() || reg.resourceGroupName.isEmpty()) {
        spec.problems.append({Kind::MissingRegistration, section, QStringLiteral("subscriptionId"),
                              RebuildSpec::tr("The snapshot's registration has no subscription or resource "
                                              "group; export a new snapshot.")});
        return;
    }
    r.ignore({QStringLiteral("azureResourceGroup"), QStringLiteral("azureEnvironment")});
    r.reportUnread();
    spec.registration = reg;
}

NewNodePoolParams readPool(DocReader& r, const QString& cluster, QMap<QString, QString>& derived) {
    NewNodePoolParams p;
    p.clusterName = cluster;
    p.name = r.text(QStringLiteral("NodePoolName"));
    if (p.name.isEmpty())
        p.name = r.text(QStringLiteral("Name"));
    p.count = r.integer(QStringLiteral("NodeCount"));
    if (!p.count)
        p.count = r.integer(QStringLiteral("Count"));
    const auto* os = r.find(QStringLiteral("OsType"));
    // Windows PowerShell prints the enum as a number (0 Linux, 1 Windows).
    p.osType = !os ? QString()
               : os->is_number()
                   ? (os->get<double>() == 1 ? QStringLiteral("Windows") : QStringLiteral("Linux"))
                   : PsJson::toText(*os);
    p.vmSize = r.text(QStringLiteral("VmSize"));
    if (auto m = r.integer(QStringLiteral("MaxPodCount")); m && *m > 0)
        p.maxPodCount = m;
    p.taints = r.list(QStringLiteral("Taints"));
    // The pool's version follows its cluster's; the autoscaler's bounds come from the profile.
    r.derive(QStringLiteral("Version"), derived);
    r.derive(QStringLiteral("MinCount"), derived);
    r.derive(QStringLiteral("MaxCount"), derived);
    r.ignore(kVolatilePool);
    return p;
}

std::optional<NetworkSettingParams> readClusterNetwork(const nlohmann::json& cluster, const QString& section,
                                                       QList<RebuildProblem>& problems) {
    for (const char* key : {"Vnet", "Network", "ClusterNetwork"}) {
        const auto* v = PsJson::find(cluster, QString::fromLatin1(key));
        if (!v || !v->is_object() || v->empty())
            continue;
        DocReader r(section + kSep + QString::fromLatin1(key), {v}, problems);
        NetworkSettingParams n = readNetwork(r, QStringLiteral("Name"), QStringLiteral("VipPoolStart"),
                                             QStringLiteral("VipPoolEnd"));
        r.ignore({QStringLiteral("MacPoolName"), QStringLiteral("Type")});
        r.reportUnread();
        return n;
    }
    return std::nullopt;
}

// A profile's settings as Get-AksHciAutoScalerProfile prints them; nullopt when not recorded.
std::optional<std::vector<std::pair<QString, QString>>> profileSettings(const Snapshot& s,
                                                                        const QString& name) {
    for (const auto& p : PsJson::asArray(s.autoScalerProfiles)) {
        if (!p.is_object() || PsJson::text(p, QStringLiteral("Name")) != name)
            continue;
        const auto* settings = PsJson::find(p, QStringLiteral("ProfileSettings"));
        if (!settings || !settings->is_object() || settings->empty())
            return std::nullopt;
        std::vector<std::pair<QString, QString>> out;
        for (auto it = settings->begin(); it != settings->end(); ++it)
            out.emplace_back(QString::fromStdString(it.key()), PsJson::toText(it.value()));
        return out;
    }
    return std::nullopt;
}

void readCluster(const Snapshot& snapshot, const SnapshotCluster& sc, RebuildSpec& spec,
                 QMap<QString, QString>& derived) {
    const QString section = RebuildSpec::tr("Cluster %1").arg(sc.name);
    if (!sc.cluster.is_object()) {
        spec.problems.append({Kind::Unreadable, section, QStringLiteral("Get-AksHciCluster"),
                              RebuildSpec::tr("Pick a snapshot that holds the cluster.")});
        return;
    }
    DocReader r(section, {&sc.cluster}, spec.problems);
    ClusterRebuild out;
    NewClusterParams& p = out.cluster;
    p.name = sc.name;
    r.ignore({QStringLiteral("Name")});
    p.kubernetesVersion = r.text(QStringLiteral("KubernetesVersion"));
    if (auto n = r.integer(QStringLiteral("ControlPlaneNodeCount")); n && *n > 0)
        p.controlPlaneNodeCount = n;
    p.controlPlaneVmSize = r.text(QStringLiteral("ControlPlaneVmSize"));
    p.loadBalancerVmSize = r.text(QStringLiteral("LoadBalancerVmSize"));
    if (const auto* lb = r.find(QStringLiteral("LoadBalancer")); lb && lb->is_object()) {
        DocReader lbr(section + kSep + QStringLiteral("LoadBalancer"), {lb}, spec.problems);
        if (p.loadBalancerVmSize.isEmpty())
            p.loadBalancerVmSize = lbr.text(QStringLiteral("VMSize"));
        p.loadBalancerSku = lbr.text(QStringLiteral("Sku"));
        // New-AksHciCluster documents no load balancer count: the rebuild gets one.
        if (auto count = lbr.integer(QStringLiteral("Count")); count && *count > 1)
            spec.problems.append({Kind::Unreplayable, section, QStringLiteral("LoadBalancer.Count"),
                                  RebuildSpec::tr("No documented parameter creates %1 load balancers; the "
                                                  "rebuild makes one. Add the others by hand afterwards.")
                                      .arg(*count)});
        lbr.reportUnread();
    }
    p.primaryNetworkPlugin = r.text(QStringLiteral("PrimaryNetworkPlugin"));
    p.enableAdAuth = r.boolean(QStringLiteral("EnableAdAuth")) || r.boolean(QStringLiteral("AdAuthEnabled"));
    p.enableMonitoring =
        r.boolean(QStringLiteral("EnableMonitoring")) || r.boolean(QStringLiteral("MonitoringEnabled"));
    if (r.find(QStringLiteral("EnableAzureRBAC")) || r.find(QStringLiteral("AzureRBACEnabled")))
        p.enableAzureRBAC =
            r.boolean(QStringLiteral("EnableAzureRBAC")) || r.boolean(QStringLiteral("AzureRBACEnabled"));
    const bool autoscale = r.boolean(QStringLiteral("AutoScalerEnabled"));
    QString profile = r.text(QStringLiteral("AutoScalerProfileName"));
    if (const auto* prof = r.find(QStringLiteral("AutoScalerProfile")); prof && profile.isEmpty())
        profile = prof->is_object() ? PsJson::text(*prof, QStringLiteral("Name")) : PsJson::toText(*prof);
    if (autoscale) {
        p.enableAutoScaler = true;
        p.autoScalerProfileName = profile;
        if (!profile.isEmpty() && profile != kDefaultProfile) {
            auto settings = profileSettings(snapshot, profile);
            if (!settings)
                spec.problems.append(
                    {Kind::Unreplayable, section, QStringLiteral("AutoScalerProfileName"),
                     RebuildSpec::tr("The settings of the autoscaler profile %1 are not in the "
                                     "snapshot; export a new snapshot with this version.")
                         .arg(profile)});
            else if (std::none_of(spec.profiles.cbegin(), spec.profiles.cend(),
                                  [&](const AutoScalerProfileParams& a) { return a.name == profile; })) {
                out.newProfile = AutoScalerProfileParams{profile, *settings};
                spec.profiles << *out.newProfile;
            }
        }
    }
    p.vnet = readClusterNetwork(sc.cluster, section, spec.problems);
    r.ignore({QStringLiteral("Vnet"), QStringLiteral("Network"), QStringLiteral("ClusterNetwork")});
    // The image follows the Kubernetes version and the OS; compared after the rebuild.
    r.derive(QStringLiteral("ImageName"), derived);
    r.ignore(kVolatileCluster);
    r.reportUnread();

    const nlohmann::json pools = PsJson::asArray(sc.nodePools);
    for (std::size_t i = 0; i < pools.size(); ++i) {
        if (!pools[i].is_object())
            continue;
        const QString name = PsJson::text(pools[i], QStringLiteral("NodePoolName")).isEmpty()
                                 ? PsJson::text(pools[i], QStringLiteral("Name"))
                                 : PsJson::text(pools[i], QStringLiteral("NodePoolName"));
        const QString poolSection = RebuildSpec::tr("Cluster %1, node pool %2").arg(sc.name, name);
        DocReader pr(poolSection, {&pools[i]}, spec.problems);
        NewNodePoolParams pool = readPool(pr, sc.name, derived);
        const bool poolScales = pr.boolean(QStringLiteral("AutoScalerEnabled"));
        if (i == 0) {
            // New-AksHciCluster creates the first pool; it has no switch to keep it out of autoscaling.
            p.nodePoolName = pool.name;
            p.nodeCount = pool.count;
            p.osType = pool.osType;
            p.nodeVmSize = pool.vmSize;
            p.taints = pool.taints;
            p.nodeMaxPodCount = pool.maxPodCount;
            if (autoscale && !poolScales)
                spec.problems.append(
                    {Kind::Unreplayable, poolSection, QStringLiteral("AutoScalerEnabled"),
                     RebuildSpec::tr("New-AksHciCluster cannot create its first pool outside "
                                     "the autoscaler; turn it off afterwards "
                                     "(Set-AksHciNodePool -autoScaler $false).")});
        } else {
            pool.disableAutoScaler = autoscale && !poolScales;
            out.pools << pool;
        }
        pr.reportUnread();
    }
    spec.clusters << out;
}

void put(QMap<QString, QString>& m, const QString& section, const QString& field, const QString& value) {
    if (!value.isEmpty())
        m.insert(section + kSep + field, value);
}
void put(QMap<QString, QString>& m, const QString& section, const QString& field, std::optional<int> value) {
    if (value)
        m.insert(section + kSep + field, QString::number(*value));
}
void put(QMap<QString, QString>& m, const QString& section, const QString& field, bool value) {
    m.insert(section + kSep + field, value ? QStringLiteral("true") : QStringLiteral("false"));
}

void putNetwork(QMap<QString, QString>& m, const QString& section, const NetworkSettingParams& n) {
    put(m, section, QStringLiteral("vswitchName"), n.vSwitchName);
    put(m, section, QStringLiteral("ipAddressPrefix"), n.ipAddressPrefix);
    put(m, section, QStringLiteral("gateway"), n.gateway);
    put(m, section, QStringLiteral("dnsServers"), n.dnsServers.join(QLatin1Char(',')));
    put(m, section, QStringLiteral("k8sNodeIpPoolStart"), n.k8sNodeIpPoolStart);
    put(m, section, QStringLiteral("k8sNodeIpPoolEnd"), n.k8sNodeIpPoolEnd);
    put(m, section, QStringLiteral("vipPoolStart"), n.vipPoolStart);
    put(m, section, QStringLiteral("vipPoolEnd"), n.vipPoolEnd);
    put(m, section, QStringLiteral("vlanID"), n.vlanId);
}

void putPool(QMap<QString, QString>& m, const QString& section, const QString& count, const QString& os,
             const QString& size, const QStringList& taints, std::optional<int> maxPods) {
    put(m, section, QStringLiteral("count"), count);
    put(m, section, QStringLiteral("osType"), os.toLower());
    put(m, section, QStringLiteral("vmSize"), size);
    put(m, section, QStringLiteral("taints"), taints.join(QLatin1Char(',')));
    put(m, section, QStringLiteral("maxPodCount"), maxPods);
}

} // namespace

Result<RebuildSecrets> RebuildSecrets::load(const QString& path) {
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok)
        return Error::make(Error::Kind::NotFound,
                           RebuildSpec::tr("Cannot read the secrets file %1.").arg(path));
    const QByteArray data = f.read(64 * 1024);
    const nlohmann::json j = nlohmann::json::parse(data.toStdString(), nullptr, false);
    if (!j.is_object())
        return Error::make(Error::Kind::BadInput,
                           RebuildSpec::tr("The secrets file %1 is not a JSON object.").arg(path));
    RebuildSecrets s;
    s.proxyPassword = PsJson::text(j, QStringLiteral("proxyPassword"));
    s.servicePrincipalSecret = PsJson::text(j, QStringLiteral("servicePrincipalSecret"));
    s.proxyUser = PsJson::text(j, QStringLiteral("proxyUser"));
    Redactor::registerSecret(s.proxyPassword);
    Redactor::registerSecret(s.servicePrincipalSecret);
    return s;
}

RebuildSpec RebuildSpec::fromSnapshot(const Snapshot& snapshot, const QStringList& clusters,
                                      const RebuildSecrets& secrets) {
    RebuildSpec spec;
    readConfig(snapshot, secrets, spec, spec.m_derived);
    readRegistration(snapshot, secrets, spec);
    // In the plan's order: a profile is created with the first cluster that runs.
    const QStringList order = clusters.isEmpty() ? snapshot.clusterNames() : clusters;
    for (const QString& name : order)
        if (const SnapshotCluster* c = snapshot.cluster(name))
            readCluster(snapshot, *c, spec, spec.m_derived);
    for (const QString& name : clusters)
        if (!snapshot.cluster(name))
            spec.problems.append({Kind::Unreadable, tr("Cluster %1").arg(name),
                                  QStringLiteral("Get-AksHciCluster"),
                                  tr("Pick the snapshot that holds %1.").arg(name)});
    return spec;
}

const ClusterRebuild* RebuildSpec::cluster(const QString& name) const {
    for (const ClusterRebuild& c : clusters)
        if (c.cluster.name == name)
            return &c;
    return nullptr;
}

bool RebuildSpec::isSecretSetting(const QString& key) {
    return key.endsWith(kSep + QStringLiteral("proxyPassword"));
}

QMap<QString, QString> RebuildSpec::settings() const {
    QMap<QString, QString> m = m_derived;
    const QString mgmt = tr("Management cluster");
    const AksHciConfigParams& c = config;
    put(m, mgmt, QStringLiteral("imageDir"), c.imageDir);
    put(m, mgmt, QStringLiteral("workingDir"), c.workingDir);
    put(m, mgmt, QStringLiteral("cloudConfigLocation"), c.cloudConfigLocation);
    put(m, mgmt, QStringLiteral("nodeConfigLocation"), c.nodeConfigLocation);
    put(m, mgmt, QStringLiteral("controlPlaneVmSize"), c.controlPlaneVmSize);
    put(m, mgmt, QStringLiteral("sshPublicKey"), c.sshPublicKey);
    put(m, mgmt, QStringLiteral("macPoolStart"), c.macPoolStart);
    put(m, mgmt, QStringLiteral("macPoolEnd"), c.macPoolEnd);
    put(m, mgmt, QStringLiteral("cloudServiceCidr"), c.cloudServiceCidr);
    put(m, mgmt, QStringLiteral("version"), c.version);
    put(m, mgmt, QStringLiteral("nodeAgentPort"), c.nodeAgentPort);
    put(m, mgmt, QStringLiteral("nodeAgentAuthorizerPort"), c.nodeAgentAuthorizerPort);
    put(m, mgmt, QStringLiteral("cloudAgentPort"), c.cloudAgentPort);
    put(m, mgmt, QStringLiteral("cloudAgentAuthorizerPort"), c.cloudAgentAuthorizerPort);
    put(m, mgmt, QStringLiteral("clusterRoleName"), c.clusterRoleName);
    put(m, mgmt, QStringLiteral("cloudLocation"), c.cloudLocation);
    put(m, mgmt, QStringLiteral("stagingShare"), c.stagingShare);
    put(m, mgmt, QStringLiteral("concurrentDownloads"), c.concurrentDownloads);
    put(m, mgmt, QStringLiteral("skipHostLimitChecks"), c.skipHostLimitChecks);
    put(m, mgmt, QStringLiteral("skipRemotingChecks"), c.skipRemotingChecks);
    put(m, mgmt, QStringLiteral("skipValidationChecks"), c.skipValidationChecks);
    put(m, mgmt, QStringLiteral("insecure"), c.insecure);
    put(m, mgmt, QStringLiteral("skipUpdates"), c.skipUpdates);
    put(m, mgmt, QStringLiteral("forceDnsReplication"), c.forceDnsReplication);
    if (c.vnet)
        putNetwork(m, mgmt + kSep + QStringLiteral("vnet"), *c.vnet);
    if (c.proxy) {
        const QString px = mgmt + kSep + QStringLiteral("proxy");
        put(m, px, QStringLiteral("http"), c.proxy->http);
        put(m, px, QStringLiteral("https"), c.proxy->https);
        put(m, px, QStringLiteral("noProxy"), c.proxy->noProxy);
        put(m, px, QStringLiteral("certFile"), c.proxy->certFile);
        put(m, px, QStringLiteral("user"), c.proxy->user);
        put(m, px, QStringLiteral("proxyPassword"), c.proxy->password);
    }
    if (registration) {
        const QString reg = tr("Registration");
        put(m, reg, QStringLiteral("subscriptionId"), registration->subscriptionId);
        put(m, reg, QStringLiteral("resourceGroupName"), registration->resourceGroupName);
        put(m, reg, QStringLiteral("tenantId"), registration->tenantId);
        put(m, reg, QStringLiteral("region"), registration->region);
        put(m, reg, QStringLiteral("environmentName"), registration->environmentName);
        put(m, reg, QStringLiteral("servicePrincipalId"), registration->servicePrincipalId);
    }
    for (const AutoScalerProfileParams& prof : profiles)
        for (const auto& [k, v] : prof.settings)
            put(m, tr("Autoscaler profile %1").arg(prof.name), k, v);
    for (const ClusterRebuild& cr : clusters) {
        const NewClusterParams& p = cr.cluster;
        const QString sec = tr("Cluster %1").arg(p.name);
        put(m, sec, QStringLiteral("kubernetesVersion"), p.kubernetesVersion);
        put(m, sec, QStringLiteral("controlPlaneNodeCount"), p.controlPlaneNodeCount);
        put(m, sec, QStringLiteral("controlPlaneVmSize"), p.controlPlaneVmSize);
        put(m, sec, QStringLiteral("loadBalancerVmSize"), p.loadBalancerVmSize);
        put(m, sec, QStringLiteral("loadBalancerSku"), p.loadBalancerSku);
        put(m, sec, QStringLiteral("primaryNetworkPlugin"), p.primaryNetworkPlugin);
        put(m, sec, QStringLiteral("enableAdAuth"), p.enableAdAuth);
        put(m, sec, QStringLiteral("enableMonitoring"), p.enableMonitoring);
        put(m, sec, QStringLiteral("enableAutoScaler"), p.enableAutoScaler.value_or(false));
        put(m, sec, QStringLiteral("enableAzureRBAC"), p.enableAzureRBAC.value_or(false));
        put(m, sec, QStringLiteral("autoScalerProfileName"), p.autoScalerProfileName);
        if (p.vnet)
            putNetwork(m, sec + kSep + QStringLiteral("vnet"), *p.vnet);
        if (!p.nodePoolName.isEmpty()) {
            const QString ps = tr("Cluster %1, node pool %2").arg(p.name, p.nodePoolName);
            putPool(m, ps, p.nodeCount ? QString::number(*p.nodeCount) : QString(), p.osType, p.nodeVmSize,
                    p.taints, p.nodeMaxPodCount);
            put(m, ps, QStringLiteral("autoScaler"), p.enableAutoScaler.value_or(false));
        }
        for (const NewNodePoolParams& np : cr.pools) {
            const QString ps = tr("Cluster %1, node pool %2").arg(p.name, np.name);
            putPool(m, ps, np.count ? QString::number(*np.count) : QString(), np.osType, np.vmSize, np.taints,
                    np.maxPodCount);
            put(m, ps, QStringLiteral("autoScaler"),
                p.enableAutoScaler.value_or(false) && !np.disableAutoScaler);
        }
    }
    return m;
}

QStringList RebuildSpec::problemLines() const {
    QStringList out;
    for (const RebuildProblem& p : problems)
        out << tr("%1: %2: %3").arg(p.section, p.setting, p.fix);
    return out;
}

QStringList RebuildSpec::differences(const RebuildSpec& planned, const RebuildSpec& live) {
    const QMap<QString, QString> a = planned.settings();
    const QMap<QString, QString> b = live.settings();
    QStringList out;
    // What the snapshot holds must be there; a default the module adds on its own is not a loss.
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QString& k = it.key();
        const QString& va = it.value();
        const QString vb = b.value(k);
        // A redacted value is unknown: it never counts as equal.
        const bool same = b.contains(k) && !isRedacted(va) && !isRedacted(vb) &&
                          (isSecretSetting(k) ? va == vb : va.compare(vb, Qt::CaseInsensitive) == 0);
        if (same)
            continue;
        const auto shown = [&](const QString& v) {
            return isSecretSetting(k) ? QString::fromLatin1(Redactor::kMask) : v;
        };
        out << tr("%1: %2 -> %3").arg(k, shown(va), b.contains(k) ? shown(vb) : tr("(absent)"));
    }
    return out;
}

} // namespace aks
