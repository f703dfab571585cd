#include "BackendRecoveryTarget.h"
#include "core/BoundedJson.h"

#include "RestoreStepsBuilder.h"
#include "VeleroInstallPlanner.h"
#include "akshci/AksHciClient.h"
#include "credentials/CredentialResolver.h"
#include "env/AppPaths.h"
#include "inspector/BackupCatalog.h"
#include "inspector/BackupVerifier.h"
#include "inspector/GzipInflater.h"
#include "snapshot/Snapshot.h"
#include "snapshot/SnapshotCapture.h"
#include "snapshot/SnapshotDiff.h"
#include "snapshot/SnapshotReader.h"
#include "store/StoreFactory.h"
#include "velero/KubectlClient.h"
#include "velero/VeleroClient.h"

#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace aks {
namespace {

constexpr qint64 kMaxArtifactBytes = 64LL * 1024 * 1024;

Result<BackupStorePtr> openClusterStore(const RestorePlan& plan, const ClusterRestorePlan& c,
                                        const CancelToken& cancel) {
    auto spec = StoreSpec::parse(plan.storeFor(c));
    if (!spec)
        return spec.error();
    if (!plan.credentialsFile.isEmpty())
        spec->credentialsFile = plan.credentialsFile;
    return openStore(*spec, cancel);
}

Result<nlohmann::json> readGzJson(BackupStore& store, const QString& key, const CancelToken& cancel) {
    auto raw = store.read(key, kMaxArtifactBytes, cancel);
    if (!raw)
        return raw.error();
    auto text = GzipInflater::inflateAll(QByteArrayView(*raw), kMaxArtifactBytes);
    if (!text)
        return text.error();
    const auto j = parseBoundedJson(*text);
    if (j.is_discarded())
        return Error::make(Error::Kind::Corrupt, BackendRecoveryTarget::tr("%1 is not valid JSON.").arg(key));
    return j;
}

void collectResults(const nlohmann::json& r, QMap<QString, QStringList>& out) {
    if (!r.is_object())
        return;
    for (const char* scope : {"velero", "cluster"})
        if (r.contains(scope) && r.at(scope).is_array())
            for (const auto& m : r.at(scope))
                if (m.is_string())
                    out[QString()] << QString::fromStdString(m.get<std::string>());
    if (r.contains("namespaces") && r.at("namespaces").is_object())
        for (const auto& [ns, list] : r.at("namespaces").items())
            if (list.is_array())
                for (const auto& m : list)
                    if (m.is_string())
                        out[QString::fromStdString(ns)] << QString::fromStdString(m.get<std::string>());
}

QString lit(const QString& v) {
    return QStringLiteral("'%1'").arg(QString(v).replace(QLatin1Char('\''), QStringLiteral("''")));
}

Result<NewClusterParams> clusterParams(const SnapshotCluster& sc, QList<NodePool>* pools) {
    auto wc = WorkloadCluster::fromJson(sc.cluster);
    if (!wc)
        return wc.error();
    auto np = sc.nodePools.is_null() ? Result<QList<NodePool>>(QList<NodePool>())
                                     : NodePool::listFromJson(sc.nodePools);
    if (!np)
        return np.error();
    NewClusterParams p;
    p.name = sc.name;
    p.kubernetesVersion = wc->kubernetesVersion;
    if (wc->controlPlaneNodeCount > 0)
        p.controlPlaneNodeCount = wc->controlPlaneNodeCount;
    p.controlPlaneVmSize = wc->controlPlaneVmSize;
    p.loadBalancerVmSize = wc->loadBalancerVmSize;
    if (wc->loadBalancerCount > 0)
        p.loadBalancerCount = wc->loadBalancerCount;
    p.enableAutoScaler = wc->autoScalerEnabled;
    QList<NodePool> rest = *np;
    if (!rest.isEmpty()) {
        const NodePool first = rest.takeFirst();
        p.nodePoolName = first.name;
        p.nodeCount = first.nodeCount;
        p.osType = first.osType;
        p.nodeVmSize = first.vmSize;
    }
    if (pools)
        *pools = rest;
    return p;
}

QString describe(const NewClusterParams& p) {
    QStringList a{QStringLiteral("New-AksHciCluster -name %1").arg(lit(p.name))};
    if (!p.kubernetesVersion.isEmpty())
        a << QStringLiteral("-kubernetesVersion %1").arg(lit(p.kubernetesVersion));
    if (p.controlPlaneNodeCount)
        a << QStringLiteral("-controlPlaneNodeCount %1").arg(*p.controlPlaneNodeCount);
    if (!p.controlPlaneVmSize.isEmpty())
        a << QStringLiteral("-controlPlaneVmSize %1").arg(lit(p.controlPlaneVmSize));
    if (!p.loadBalancerVmSize.isEmpty())
        a << QStringLiteral("-loadBalancerVmSize %1").arg(lit(p.loadBalancerVmSize));
    if (!p.nodePoolName.isEmpty())
        a << QStringLiteral("-nodePoolName %1 -nodeCount %2 -osType %3 -nodeVmSize %4")
                 .arg(lit(p.nodePoolName))
                 .arg(p.nodeCount.value_or(1))
                 .arg(p.osType, lit(p.nodeVmSize));
    return a.join(QLatin1Char(' '));
}

NewNodePoolParams poolParams(const QString& cluster, const NodePool& pool) {
    NewNodePoolParams p;
    p.clusterName = cluster;
    p.name = pool.name;
    p.count = pool.nodeCount;
    p.osType = pool.osType;
    p.vmSize = pool.vmSize;
    if (pool.maxPods > 0)
        p.maxPodCount = pool.maxPods;
    p.taints = pool.taints;
    return p;
}

QString describe(const NewNodePoolParams& p) {
    return QStringLiteral("New-AksHciNodePool -clusterName %1 -name %2 -count %3 -osType %4 -vmSize %5")
        .arg(lit(p.clusterName), lit(p.name))
        .arg(p.count.value_or(1))
        .arg(p.osType, lit(p.vmSize));
}

AksHciConfigParams configParams(const AksHciConfig& c) {
    AksHciConfigParams p;
    p.imageDir = c.imageDir();
    p.workingDir = c.workingDir();
    p.cloudConfigLocation = c.cloudConfigLocation();
    p.cloudServiceCidr = c.cloudServiceCidr();
    p.controlPlaneVmSize = c.controlPlaneVmSize();
    p.loadBalancerVmSize = c.loadBalancerVmSize();
    p.kvaPodCidr = c.kvaPodCidr();
    p.version = c.version();
    p.proxyServerHttp = c.proxyServerHttp();
    p.proxyServerHttps = c.proxyServerHttps();
    p.proxyServerNoProxy = c.proxyServerNoProxy();
    if (!c.vSwitchName().isEmpty()) {
        NetworkSettingParams n;
        n.name = c.vnetName().isEmpty() ? QStringLiteral("vnet") : c.vnetName();
        n.vSwitchName = c.vSwitchName();
        n.k8sNodeIpPoolStart = c.k8sNodeIpPoolStart();
        n.k8sNodeIpPoolEnd = c.k8sNodeIpPoolEnd();
        n.vipPoolStart = c.vipPoolStart();
        n.vipPoolEnd = c.vipPoolEnd();
        n.ipAddressPrefix = c.ipAddressPrefix();
        n.gateway = c.gateway();
        n.dnsServers = c.dnsServers();
        bool ok = false;
        const int vlan = c.vlanId().toInt(&ok);
        if (ok && vlan > 0)
            n.vlanId = vlan;
        p.vnet = n;
    }
    return p;
}

} // namespace

BackendRecoveryTarget::BackendRecoveryTarget(EnvironmentConfig env, RestorePlan plan,
                                             std::shared_ptr<AksHciClient> aks)
    : m_env(std::move(env)), m_plan(std::move(plan)), m_aks(std::move(aks)) {
    if (!m_aks)
        m_aks = std::make_shared<AksHciClient>(m_env);
    m_kubeDir = QDir(AppPaths::journalDir()).filePath(QStringLiteral("kube-%1").arg(m_plan.id));
}

BackendRecoveryTarget::~BackendRecoveryTarget() {
    // Kubeconfigs hold cluster credentials: they live only as long as the run.
    QDir(m_kubeDir).removeRecursively();
}

const ClusterRestorePlan* BackendRecoveryTarget::clusterPlan(const QString& cluster) const {
    return m_plan.cluster(cluster);
}

Result<const Snapshot*> BackendRecoveryTarget::snapshot() const {
    if (!m_snapshot && m_snapshotError.isEmpty()) {
        auto s = SnapshotReader::load(m_plan.snapshotDir);
        if (s)
            m_snapshot = std::make_unique<Snapshot>(std::move(s).value());
        else
            m_snapshotError = tr("Could not read the configuration snapshot %1: %2")
                                  .arg(m_plan.snapshotDir, s.error().message);
    }
    if (!m_snapshot)
        return Error::make(Error::Kind::BadInput, m_snapshotError);
    return static_cast<const Snapshot*>(m_snapshot.get());
}

Result<const SnapshotCluster*> BackendRecoveryTarget::snapshotCluster(const QString& cluster) const {
    auto snap = snapshot();
    if (!snap)
        return snap.error();
    const SnapshotCluster* sc = (*snap)->cluster(cluster);
    if (!sc)
        return Error::make(
            Error::Kind::NotFound,
            tr("The snapshot %1 has no cluster %2 to recreate.").arg(m_plan.snapshotDir, cluster));
    return sc;
}

Result<QString> BackendRecoveryTarget::kubeconfig(const QString& cluster, const CancelToken& cancel) {
    {
        QMutexLocker lock(&m_mutex);
        if (m_kubeconfigs.contains(cluster))
            return m_kubeconfigs.value(cluster);
    }
    if (!QDir().mkpath(m_kubeDir))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not create %1 for the kubeconfigs.").arg(m_kubeDir));
    QFile::setPermissions(m_kubeDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(m_kubeDir).filePath(cluster + QStringLiteral(".kubeconfig"));
    auto got = m_aks->getCredential(cluster, path, cancel);
    if (!got)
        return Error::make(got.error().kind,
                           tr("Could not get the kubeconfig of %1: %2").arg(cluster, got.error().message),
                           got.error().detail);
    QMutexLocker lock(&m_mutex);
    m_kubeconfigs.insert(cluster, path);
    return path;
}

Status BackendRecoveryTarget::verifyBackup(const QString& cluster, const QString& backup,
                                           const CancelToken& cancel) {
    const ClusterRestorePlan* c = clusterPlan(cluster);
    if (!c)
        return Error::make(Error::Kind::BadInput, tr("The plan does not restore %1.").arg(cluster));
    auto store = openClusterStore(m_plan, *c, cancel);
    if (!store)
        return Error::make(
            store.error().kind,
            tr("The backup storage of %1 is not reachable: %2").arg(cluster, store.error().message),
            store.error().detail);
    auto problems = BackupVerifier::verify(**store, backup, JobContext(cancel, {}, {}));
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error::make(Error::Kind::Corrupt, problems->join(QLatin1Char(' ')));
    return {};
}

Result<BackupFacts> BackendRecoveryTarget::backupFacts(const QString& cluster, const QString& backup,
                                                       const CancelToken& cancel) {
    const ClusterRestorePlan* c = clusterPlan(cluster);
    if (!c)
        return Error::make(Error::Kind::BadInput, tr("The plan does not restore %1.").arg(cluster));
    auto store = openClusterStore(m_plan, *c, cancel);
    if (!store)
        return store.error();
    auto info = BackupCatalog::find(**store, backup, cancel);
    if (!info)
        return info.error();
    BackupFacts f;
    f.phase = info->phase;
    f.completed = QDateTime::fromString(info->completionTimestamp, Qt::ISODate);
    return f;
}

Status BackendRecoveryTarget::snapshotUsable() {
    auto snap = snapshot();
    if (!snap)
        return snap.error();
    QStringList missing;
    for (const ClusterRestorePlan& c : m_plan.clusters)
        if (!(*snap)->cluster(c.cluster))
            missing << c.cluster;
    if (!missing.isEmpty())
        return Error::make(Error::Kind::NotFound,
                           tr("The snapshot %1 does not describe %2.")
                               .arg(m_plan.snapshotDir, missing.join(QStringLiteral(", "))));
    if (!AksHciConfig::fromJson((*snap)->config))
        return Error::make(Error::Kind::BadInput,
                           tr("The snapshot %1 holds no usable Get-AksHciConfig.").arg(m_plan.snapshotDir));
    return {};
}

Result<QStringList> BackendRecoveryTarget::backupNamespaces(const QString& cluster, const QString& backup,
                                                            const CancelToken& cancel) {
    const ClusterRestorePlan* c = clusterPlan(cluster);
    if (!c)
        return Error::make(Error::Kind::BadInput, tr("The plan does not restore %1.").arg(cluster));
    auto store = openClusterStore(m_plan, *c, cancel);
    if (!store)
        return store.error();
    const QString key = QStringLiteral("backups/%1/%1-resource-list.json.gz").arg(backup);
    auto list = readGzJson(**store, key, cancel);
    if (!list)
        return Error::make(
            list.error().kind,
            tr("Could not read what backup %1 holds (%2): %3").arg(backup, key, list.error().message));
    QSet<QString> ns;
    if (list->is_object())
        for (const auto& [kind, items] : list->items()) {
            if (!items.is_array())
                continue;
            const bool isNamespace = kind == "v1/Namespace";
            for (const auto& item : items) {
                if (!item.is_string())
                    continue;
                const QString s = QString::fromStdString(item.get<std::string>());
                if (isNamespace)
                    ns.insert(s);
                else if (s.contains(QLatin1Char('/')))
                    ns.insert(s.section(QLatin1Char('/'), 0, 0));
            }
        }
    QStringList out(ns.cbegin(), ns.cend());
    out.sort();
    return out;
}

Result<bool> BackendRecoveryTarget::managementInstalled(const CancelToken& cancel) {
    auto config = m_aks->getConfig(cancel);
    if (!config) {
        if (config.error().kind == Error::Kind::NotFound)
            return false;
        return config.error();
    }
    const QString state = config->installState().toLower();
    return state.contains(QLatin1String("installed")) && !state.contains(QLatin1String("notinstalled")) &&
           !state.contains(QLatin1String("uninstalled")) && !state.contains(QLatin1String("not installed"));
}

Status BackendRecoveryTarget::uninstallManagement(const CancelToken& cancel) {
    {
        QMutexLocker lock(&m_mutex);
        m_kubeconfigs.clear();
    }
    return m_aks->uninstall(false, cancel);
}

Status BackendRecoveryTarget::installManagement(const CancelToken& cancel) {
    auto snap = snapshot();
    if (!snap)
        return snap.error();
    auto config = AksHciConfig::fromJson((*snap)->config);
    if (!config)
        return Error::make(config.error().kind,
                           tr("The snapshot's configuration cannot be used: %1").arg(config.error().message));
    if (auto s = m_aks->setConfig(configParams(*config), cancel); !s)
        return s;
    return m_aks->install(cancel);
}

Result<bool> BackendRecoveryTarget::clusterExists(const QString& cluster, const CancelToken& cancel) {
    auto c = m_aks->getCluster(cluster, cancel);
    if (!c)
        return c.error().kind == Error::Kind::NotFound ? Result<bool>(false) : Result<bool>(c.error());
    return true;
}

Result<QStringList> BackendRecoveryTarget::missingNodePools(const QString& cluster,
                                                            const CancelToken& cancel) {
    auto found = snapshotCluster(cluster);
    if (!found)
        return found.error();
    const SnapshotCluster* sc = *found;
    auto wanted = sc->nodePools.is_null() ? Result<QList<NodePool>>(QList<NodePool>())
                                          : NodePool::listFromJson(sc->nodePools);
    if (!wanted)
        return wanted.error();
    auto live = m_aks->getNodePools(cluster, cancel);
    if (!live)
        return live.error();
    QStringList missing;
    for (const NodePool& w : *wanted)
        if (std::none_of(live->begin(), live->end(), [&](const NodePool& l) { return l.name == w.name; }))
            missing << w.name;
    return missing;
}

Status BackendRecoveryTarget::createCluster(const QString& cluster, const CancelToken& cancel) {
    auto found = snapshotCluster(cluster);
    if (!found)
        return found.error();
    const SnapshotCluster* sc = *found;
    QList<NodePool> pools;
    auto params = clusterParams(*sc, &pools);
    if (!params)
        return params.error();
    {
        QMutexLocker lock(&m_mutex);
        m_kubeconfigs.remove(cluster);
    }
    // A run killed between New-AksHciCluster and New-AksHciNodePool left the cluster behind.
    auto exists = clusterExists(cluster, cancel);
    if (!exists)
        return exists.error();
    if (!*exists) {
        if (auto s = m_aks->newCluster(*params, cancel); !s)
            return s;
    }
    auto missing = missingNodePools(cluster, cancel);
    if (!missing)
        return missing.error();
    for (const NodePool& p : pools)
        if (missing->contains(p.name))
            if (auto s = m_aks->newNodePool(poolParams(cluster, p), cancel); !s)
                return s;
    return {};
}

Result<QStringList> BackendRecoveryTarget::compareWithSnapshot(const CancelToken& cancel) {
    auto snap = snapshot();
    if (!snap)
        return snap.error();
    QStringList names;
    for (const ClusterRestorePlan& c : m_plan.clusters)
        names << c.cluster;
    auto live = SnapshotCapture::capture(*m_aks, names, cancel, (*snap)->deployment);
    if (!live)
        return live.error();
    Snapshot saved = **snap;
    // Only the clusters being restored have to match.
    std::erase_if(saved.clusters, [&](const SnapshotCluster& c) { return !names.contains(c.name); });
    const DiffResult diff = SnapshotDiff::compare(saved, *live);
    QStringList out;
    for (const DiffEntry& e : diff.entries)
        if (e.matters())
            out << QStringLiteral("%1: %2: %3 -> %4")
                       .arg(e.section, e.field, e.oldValue.isEmpty() ? tr("(absent)") : e.oldValue,
                            e.newValue.isEmpty() ? tr("(absent)") : e.newValue);
    return out;
}

Result<QStringList> BackendRecoveryTarget::namespaces(const QString& cluster, const CancelToken& cancel) {
    auto kc = kubeconfig(cluster, cancel);
    if (!kc)
        return kc.error();
    VeleroTarget t;
    t.kubeconfig = *kc;
    return KubectlClient(m_env, t).namespaces(cancel);
}

Result<bool> BackendRecoveryTarget::veleroInstalled(const QString& cluster, const CancelToken& cancel) {
    auto kc = kubeconfig(cluster, cancel);
    if (!kc)
        return kc.error();
    VeleroTarget t;
    t.kubeconfig = *kc;
    auto v = VeleroClient(m_env, t).version(cancel);
    if (!v)
        return v.error();
    return !v->server.isEmpty();
}

Result<LocationChoice> BackendRecoveryTarget::locationChoice(const QString& cluster,
                                                             const CancelToken& cancel) {
    const ClusterRestorePlan* c = clusterPlan(cluster);
    if (!c)
        return Error::make(Error::Kind::BadInput, tr("The plan does not restore %1.").arg(cluster));
    return VeleroInstallPlanner::choose(m_plan, *c, QDateTime::currentDateTimeUtc(), cancel);
}

Status BackendRecoveryTarget::installVelero(const QString& cluster, const CancelToken& cancel) {
    const ClusterRestorePlan* c = clusterPlan(cluster);
    if (!c)
        return Error::make(Error::Kind::BadInput, tr("The plan does not restore %1.").arg(cluster));
    auto choice = locationChoice(cluster, cancel);
    if (!choice)
        return choice.error();
    auto o = VeleroInstallPlanner::options(m_env, m_plan, *c, choice->readOnly);
    if (!o)
        return o.error();
    auto kc = kubeconfig(cluster, cancel);
    if (!kc)
        return kc.error();
    VeleroTarget t;
    t.kubeconfig = *kc;
    return VeleroClient(m_env, t).install(*o, cancel);
}

Result<BackupLocationState> BackendRecoveryTarget::backupLocation(const QString& cluster,
                                                                  const QString& backup,
                                                                  const CancelToken& cancel) {
    auto kc = kubeconfig(cluster, cancel);
    if (!kc)
        return kc.error();
    VeleroTarget t;
    t.kubeconfig = *kc;
    const VeleroClient velero(m_env, t);
    auto bsls = velero.backupStorageLocations(cancel);
    if (!bsls)
        return bsls.error();
    BackupLocationState s;
    if (bsls->isEmpty()) {
        s.phase = tr("missing");
        return s;
    }
    VeleroBsl chosen = bsls->first();
    for (const VeleroBsl& b : *bsls)
        if (b.isDefault)
            chosen = b;
    s.name = chosen.name;
    s.phase = chosen.phase;
    s.accessMode = chosen.accessMode;
    auto b = velero.backup(backup, cancel);
    if (!b && b.error().kind != Error::Kind::NotFound)
        return b.error();
    s.backupSynced = b.ok();
    return s;
}

Result<bool> BackendRecoveryTarget::restoreExists(const QString& cluster, const QString& restoreName,
                                                  const CancelToken& cancel) {
    auto kc = kubeconfig(cluster, cancel);
    if (!kc)
        return kc.error();
    VeleroTarget t;
    t.kubeconfig = *kc;
    auto r = VeleroClient(m_env, t).restore(restoreName, cancel);
    if (!r)
        return r.error().kind == Error::Kind::NotFound ? Result<bool>(false) : Result<bool>(r.error());
    return true;
}

Status BackendRecoveryTarget::createRestore(const ClusterRestorePlan& c, const CancelToken& cancel) {
    auto kc = kubeconfig(c.cluster, cancel);
    if (!kc)
        return kc.error();
    VeleroTarget t;
    t.kubeconfig = *kc;
    const RestoreOptions o = RestoreStepsBuilder::restoreOptions(c);
    auto r = VeleroClient(m_env, t).createRestore(o, cancel);
    if (!r)
        return r.error();
    return {};
}

Result<RestoreRunState> BackendRecoveryTarget::restoreState(const QString& cluster,
                                                            const QString& restoreName,
                                                            const CancelToken& cancel) {
    auto kc = kubeconfig(cluster, cancel);
    if (!kc)
        return kc.error();
    VeleroTarget t;
    t.kubeconfig = *kc;
    auto r = VeleroClient(m_env, t).restore(restoreName, cancel);
    if (!r)
        return r.error();
    RestoreRunState s;
    s.phase = r->phase;
    s.itemsRestored = r->itemsRestored;
    s.totalItems = r->totalItems;
    s.warnings = r->warnings;
    s.errors = r->errors;
    s.failureReason = r->failureReason;
    if (s.finished() && (s.warnings > 0 || s.errors > 0)) {
        // Velero uploads the messages themselves next to the restore's log in the store.
        if (const ClusterRestorePlan* c = clusterPlan(cluster)) {
            auto store = openClusterStore(m_plan, *c, cancel);
            if (store) {
                auto results = readGzJson(
                    **store, QStringLiteral("restores/%1/restore-%1-results.gz").arg(restoreName), cancel);
                if (results && results->is_object()) {
                    if (results->contains("warnings"))
                        collectResults(results->at("warnings"), s.warningsByNamespace);
                    if (results->contains("errors"))
                        collectResults(results->at("errors"), s.errorsByNamespace);
                }
            }
        }
    }
    return s;
}

QStringList BackendRecoveryTarget::installManagementCommands() const {
    QStringList out;
    auto snap = snapshot();
    if (!snap)
        return {tr("(the snapshot cannot be read: %1)").arg(snap.error().message)};
    auto config = AksHciConfig::fromJson((*snap)->config);
    if (config) {
        const AksHciConfigParams p = configParams(*config);
        if (p.vnet)
            out << QStringLiteral(
                       "$vnet = New-AksHciNetworkSetting -name %1 -vSwitchName %2 -ipAddressPrefix %3 "
                       "-gateway %4 -vipPoolStart %5 -vipPoolEnd %6")
                       .arg(lit(p.vnet->name), lit(p.vnet->vSwitchName), lit(p.vnet->ipAddressPrefix),
                            lit(p.vnet->gateway), lit(p.vnet->vipPoolStart), lit(p.vnet->vipPoolEnd));
        out << QStringLiteral("Set-AksHciConfig -imageDir %1 -workingDir %2 -cloudConfigLocation %3%4 "
                              "-controlPlaneVmSize %5 -loadBalancerVmSize %6")
                   .arg(lit(p.imageDir), lit(p.workingDir), lit(p.cloudConfigLocation),
                        p.vnet ? QStringLiteral(" -vnet $vnet") : QString(), lit(p.controlPlaneVmSize),
                        lit(p.loadBalancerVmSize));
    }
    out << QStringLiteral("Install-AksHci");
    return out;
}

QStringList BackendRecoveryTarget::createClusterCommands(const QString& cluster) const {
    auto snap = snapshot();
    if (!snap)
        return {tr("(the snapshot cannot be read: %1)").arg(snap.error().message)};
    const SnapshotCluster* sc = (*snap)->cluster(cluster);
    if (!sc)
        return {tr("(the snapshot has no cluster %1)").arg(cluster)};
    QList<NodePool> pools;
    auto p = clusterParams(*sc, &pools);
    if (!p)
        return {tr("(the snapshot's cluster %1 cannot be used: %2)").arg(cluster, p.error().message)};
    QStringList out{describe(*p)};
    for (const NodePool& pool : pools)
        out << describe(poolParams(cluster, pool));
    return out;
}

QStringList BackendRecoveryTarget::installVeleroCommands(const QString& cluster) const {
    const ClusterRestorePlan* c = clusterPlan(cluster);
    if (!c)
        return {tr("(the plan does not restore %1)").arg(cluster)};
    QStringList out{QStringLiteral("Get-AksHciCredential -name %1 -configPath <kubeconfig> -Confirm:$false")
                        .arg(lit(cluster))};
    const auto choice = VeleroInstallPlanner::choose(m_plan, *c, QDateTime::currentDateTimeUtc(), {});
    auto o = VeleroInstallPlanner::options(m_env, m_plan, *c, choice && choice->readOnly);
    VeleroTarget t;
    t.kubeconfig = tr("<kubeconfig>");
    const VeleroClient velero(m_env, t);
    auto client = velero.clientVersion({});
    if (!o || !client)
        return out << tr("(velero install cannot be shown: %1)")
                          .arg(!o ? o.error().message : client.error().message);
    auto lines = velero.installPreview(*o, *client);
    if (!lines)
        return out << tr("(velero %1 would not be run: %2)").arg(client->toString(), lines.error().message);
    for (const QString& line : *lines)
        out << line + tr(" (only when Velero is missing)");
    return out;
}

} // namespace aks
