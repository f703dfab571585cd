#include "BackendRecoveryTarget.h"

#include "core/BoundedJson.h"
#include "health/HealthChecker.h"

#include "BackupStorageNeeds.h"
#include "RestoreStepsBuilder.h"
#include "VeleroInstallPlanner.h"
#include "akshci/AksHciClient.h"
#include "akshci/AksHciScripts.h"
#include "core/Redactor.h"
#include "credentials/CredentialResolver.h"
#include "env/AppPaths.h"
#include "inspector/BackupCatalog.h"
#include "inspector/BackupVerifier.h"
#include "inspector/GzipInflater.h"
#include "powershell/PsLiteral.h"
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

// The Velero releases before 1.10 named the node agent DaemonSet after restic.
QString nodeAgentName(const VeleroSemVer& v) {
    return v < VeleroSemVer{1, 10, 0} ? QStringLiteral("restic") : QStringLiteral("node-agent");
}

QString shownKubectl(const QStringList& args) {
    QStringList parts{QStringLiteral("kubectl")};
    for (const QString& a : args)
        parts << (a.contains(QLatin1Char('"')) || a.contains(QLatin1Char(' ')) ? QStringLiteral("'%1'").arg(a)
                                                                               : a);
    return parts.join(QLatin1Char(' '));
}

QStringList shownLines(const Result<PsScript>& script) {
    if (!script)
        return {BackendRecoveryTarget::tr("(cannot be built: %1)").arg(script.error().message)};
    return Redactor::redact(scriptLines(*script));
}

} // namespace

BackendRecoveryTarget::BackendRecoveryTarget(EnvironmentConfig env, RestorePlan plan,
                                             std::shared_ptr<AksHciClient> aks)
    : m_env(std::move(env)), m_plan(std::move(plan)), m_aks(std::move(aks)) {
    if (!m_aks)
        m_aks = std::make_shared<AksHciClient>(m_env);
    // Credentials left behind by runs that were killed go before this one makes its own.
    RunPrivateFolder::sweepStale();
    // Folders of the earlier layout, one per plan: nothing uses them any more.
    const QDir journals(AppPaths::journalDir());
    for (const QString& old :
         journals.entryList({QStringLiteral("kube-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        QDir(journals.filePath(old)).removeRecursively();
}

// Kubeconfigs hold cluster credentials: they live only as long as the run (m_private's destructor).
BackendRecoveryTarget::~BackendRecoveryTarget() = default;

void BackendRecoveryTarget::releaseCredentials() {
    QMutexLocker lock(&m_mutex);
    m_kubeconfigs.clear();
    m_private.clear();
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

Result<QString> BackendRecoveryTarget::privateDir() {
    QMutexLocker lock(&m_mutex);
    return m_private.path();
}

Result<QString> BackendRecoveryTarget::kubeconfig(const QString& cluster, const CancelToken& cancel) {
    {
        QMutexLocker lock(&m_mutex);
        if (m_kubeconfigs.contains(cluster))
            return m_kubeconfigs.value(cluster);
    }
    auto dir = privateDir();
    if (!dir)
        return dir.error();
    const QString path = QDir(*dir).filePath(cluster + QStringLiteral(".kubeconfig"));
    // A kubeconfig left by an earlier cluster of that name is stale; nothing is ever overwritten.
    QFile::remove(path);
    auto got = m_aks->getCredential(cluster, path, cancel);
    if (!got)
        return Error::make(got.error().kind,
                           tr("Could not get the kubeconfig of %1: %2").arg(cluster, got.error().message),
                           got.error().detail);
    QMutexLocker lock(&m_mutex);
    m_kubeconfigs.insert(cluster, path);
    return path;
}

Result<HealthReport> BackendRecoveryTarget::diagnose(const CancelToken& cancel) {
    auto dir = privateDir();
    if (!dir)
        return dir.error();
    const QString folder = *dir;
    // Fresh kubeconfigs, not the run's cached ones: a repair in between replaces the certificates.
    HealthChecker checker(
        *m_aks,
        [this, folder](const QString& cluster, const CancelToken& c) -> Result<QString> {
            const QString path = QDir(folder).filePath(cluster + QStringLiteral(".health.kubeconfig"));
            QFile::remove(path);
            if (auto got = m_aks->getCredential(cluster, path, c); !got)
                return got.error();
            return path;
        },
        [this](const QString& kubeconfig, const CancelToken& c) -> Status {
            VeleroTarget target;
            target.kubeconfig = kubeconfig;
            auto ns = KubectlClient(m_env, target).namespaces(c);
            if (!ns)
                return ns.error();
            return {};
        });
    return checker.check(cancel);
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
    auto problems =
        BackupVerifier::verify(**store, backup, JobContext(cancel, {}, {}), c->allowPartiallyFailed);
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
    auto all = BackupCatalog::list(**store, cancel);
    if (!all)
        return all.error();
    QDateTime newest = f.completed;
    for (const BackupInfo& other : *all) {
        const QDateTime t = QDateTime::fromString(other.completionTimestamp, Qt::ISODate);
        if (other.name != backup && other.phase == QLatin1String("Completed") && t.isValid() &&
            (!newest.isValid() || t > newest)) {
            newest = t;
            f.newerBackup = other.name;
        }
    }
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
    // The replayability gate: every setting maps to a parameter or is derived, every secret is at
    // hand, registration is known, and the planned scripts build.
    const RebuildSpec spec = rebuildSpec(**snap);
    QStringList problems = spec.problemLines();
    if (auto s = AksHciScripts::setConfig(spec.config); !s)
        problems << s.error().message;
    if (spec.registration)
        if (auto s = AksHciScripts::setRegistration(*spec.registration); !s)
            problems << s.error().message;
    for (const ClusterRebuild& c : spec.clusters) {
        if (c.newProfile)
            if (auto s = AksHciScripts::newAutoScalerProfile(*c.newProfile); !s)
                problems << s.error().message;
        if (auto s = AksHciScripts::newCluster(c.cluster); !s)
            problems << s.error().message;
        for (const NewNodePoolParams& p : c.pools)
            if (auto s = AksHciScripts::newNodePool(p); !s)
                problems << s.error().message;
    }
    if (!problems.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           tr("The snapshot %1 cannot be replayed in full, so nothing was removed: %2")
                               .arg(m_plan.snapshotDir, problems.join(QStringLiteral("; "))));
    return {};
}

QStringList BackendRecoveryTarget::planNames() const {
    QStringList names;
    for (const ClusterRestorePlan& c : m_plan.clusters)
        names << c.cluster;
    return names;
}

RebuildSpec BackendRecoveryTarget::rebuildSpec(const Snapshot& snapshot) const {
    return RebuildSpec::fromSnapshot(snapshot, planNames(), m_secrets);
}

void BackendRecoveryTarget::setRebuildSecrets(const RebuildSecrets& secrets) {
    Redactor::registerSecret(secrets.proxyPassword);
    Redactor::registerSecret(secrets.servicePrincipalSecret);
    m_secrets = secrets;
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

Result<QString> BackendRecoveryTarget::liveDeploymentName(const CancelToken& cancel) {
    auto config = m_aks->getConfig(cancel);
    if (!config)
        return config.error();
    return config->deploymentName();
}

Result<QStringList> BackendRecoveryTarget::liveClusters(const CancelToken& cancel) {
    auto clusters = m_aks->getClusters(cancel);
    if (!clusters)
        return clusters.error();
    QStringList names;
    for (const WorkloadCluster& c : *clusters)
        names << c.name;
    names.sort();
    return names;
}

Status BackendRecoveryTarget::installManagement(const CancelToken& cancel) {
    auto snap = snapshot();
    if (!snap)
        return snap.error();
    const RebuildSpec spec = rebuildSpec(**snap);
    if (!spec.registration)
        return Error::make(Error::Kind::BadInput, spec.problemLines().join(QStringLiteral("; ")));
    // The documented order: configuration, registration, then the installation.
    if (auto s = m_aks->setConfig(spec.config, cancel); !s)
        return s;
    if (auto s = m_aks->setRegistration(*spec.registration, cancel); !s)
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
    auto snap = snapshot();
    if (!snap)
        return snap.error();
    const RebuildSpec spec = rebuildSpec(**snap);
    const ClusterRebuild* c = spec.cluster(cluster);
    if (!c)
        return Error::make(
            Error::Kind::NotFound,
            tr("The snapshot %1 has no cluster %2 to recreate.").arg(m_plan.snapshotDir, cluster));
    {
        QMutexLocker lock(&m_mutex);
        m_kubeconfigs.remove(cluster);
    }
    // A run killed between New-AksHciCluster and New-AksHciNodePool left the cluster behind.
    auto exists = clusterExists(cluster, cancel);
    if (!exists)
        return exists.error();
    if (!*exists) {
        if (c->newProfile) {
            // Deployment-wide, gone with Uninstall-AksHci: recreated before its first cluster.
            auto found = m_aks->getAutoScalerProfile(c->newProfile->name, cancel);
            if (!found && found.error().kind != Error::Kind::NotFound)
                return found.error();
            if (!found)
                if (auto s = m_aks->newAutoScalerProfile(*c->newProfile, cancel); !s)
                    return s;
        }
        if (auto s = m_aks->newCluster(c->cluster, cancel); !s)
            return s;
    }
    auto missing = missingNodePools(cluster, cancel);
    if (!missing)
        return missing.error();
    for (const NewNodePoolParams& p : c->pools)
        if (missing->contains(p.name))
            if (auto s = m_aks->newNodePool(p, cancel); !s)
                return s;
    return {};
}

Result<QStringList> BackendRecoveryTarget::compareWithSnapshot(const CancelToken& cancel) {
    auto snap = snapshot();
    if (!snap)
        return snap.error();
    const QStringList names = planNames();
    auto live = SnapshotCapture::capture(*m_aks, names, cancel, (*snap)->deployment);
    if (!live)
        return live.error();
    // The same comparison the plan's gate runs: what the rebuild was to set against what is there.
    // The live side's secrets are its own (Get-AksHciConfig prints them); a redacted one is unknown.
    const RebuildSpec planned = rebuildSpec(**snap);
    const RebuildSpec now = RebuildSpec::fromSnapshot(*live, names);
    QStringList out = planned.problemLines();
    out << RebuildSpec::differences(planned, now);
    return out;
}

Result<VeleroTarget> BackendRecoveryTarget::veleroTarget(const QString& cluster, const CancelToken& cancel) {
    auto kc = kubeconfig(cluster, cancel);
    if (!kc)
        return kc.error();
    VeleroTarget t;
    t.kubeconfig = *kc;
    return t;
}

Result<VeleroVersions> BackendRecoveryTarget::veleroVersions(const QString& cluster, const QString& backup,
                                                             const CancelToken& cancel) {
    const ClusterRestorePlan* c = clusterPlan(cluster);
    if (!c)
        return Error::make(Error::Kind::BadInput, tr("The plan does not restore %1.").arg(cluster));
    auto t = veleroTarget(cluster, cancel);
    if (!t)
        return t.error();
    auto v = VeleroClient(m_env, *t).version(cancel);
    if (!v)
        return v.error();
    auto store = openClusterStore(m_plan, *c, cancel);
    if (!store)
        return store.error();
    auto info = BackupCatalog::find(**store, backup, cancel);
    if (!info)
        return info.error();
    return VeleroVersions{v->client, v->server, BackupMadeBy::fromBackup(info->object, info->artifacts)};
}

Result<ClusterReadiness> BackendRecoveryTarget::clusterReadiness(const QString& cluster,
                                                                 const CancelToken& cancel) {
    auto t = veleroTarget(cluster, cancel);
    if (!t)
        return t.error();
    const KubectlClient kubectl(m_env, *t);
    auto nodes = kubectl.nodes(cancel);
    if (!nodes)
        return nodes.error();
    ClusterReadiness r;
    for (const KubeNode& n : *nodes) {
        r.nodes << n.name;
        if (!n.ready)
            r.notReadyNodes << n.name;
        if (n.os == QLatin1String("windows"))
            r.windowsNodes << n.name;
    }
    auto sets = kubectl.daemonSets(t->veleroNamespace, cancel);
    if (!sets)
        return sets.error();
    for (const KubeDaemonSet& d : *sets)
        if (d.name == QLatin1String("node-agent") || d.name == QLatin1String("restic")) {
            r.nodeAgent = d.name;
            r.nodeAgentDesired = d.desired;
            r.nodeAgentUpdated = d.updated;
            r.nodeAgentAvailable = d.available;
        }
    auto deployments = kubectl.deployments(t->veleroNamespace, cancel);
    if (!deployments)
        return deployments.error();
    for (const KubeWorkload& w : *deployments)
        if (w.name == QLatin1String("velero"))
            r.veleroAvailable = w.availableReplicas >= std::max(1, w.replicas);
    return r;
}

Status BackendRecoveryTarget::pinVeleroToLinux(const QString& cluster, const CancelToken& cancel) {
    auto t = veleroTarget(cluster, cancel);
    if (!t)
        return t.error();
    const KubectlClient kubectl(m_env, *t);
    if (auto s = kubectl.pinToLinux(QStringLiteral("deployment"), QStringLiteral("velero"),
                                    t->veleroNamespace, cancel);
        !s)
        return s;
    auto sets = kubectl.daemonSets(t->veleroNamespace, cancel);
    if (!sets)
        return sets.error();
    for (const KubeDaemonSet& d : *sets)
        if (d.name == QLatin1String("node-agent") || d.name == QLatin1String("restic"))
            if (auto s = kubectl.pinToLinux(QStringLiteral("daemonset"), d.name, t->veleroNamespace, cancel);
                !s)
                return s;
    return {};
}

Result<QList<MissingStorage>> BackendRecoveryTarget::missingStorage(const ClusterRestorePlan& c,
                                                                    const CancelToken& cancel) {
    auto store = openClusterStore(m_plan, c, cancel);
    if (!store)
        return store.error();
    auto needs = BackupStorageNeeds::read(**store, c, cancel);
    if (!needs)
        return needs.error();
    if (needs->isEmpty())
        return QList<MissingStorage>();
    auto t = veleroTarget(c.cluster, cancel);
    if (!t)
        return t.error();
    const KubectlClient kubectl(m_env, *t);
    auto classes = kubectl.storageClasses(cancel);
    if (!classes)
        return classes.error();
    auto drivers = kubectl.csiDrivers(cancel);
    if (!drivers)
        return drivers.error();
    return needs->missingIn(*classes, *drivers);
}

Result<QStringList> BackendRecoveryTarget::namespaces(const QString& cluster, const CancelToken& cancel) {
    auto t = veleroTarget(cluster, cancel);
    if (!t)
        return t.error();
    return KubectlClient(m_env, *t).namespaces(cancel);
}

Result<bool> BackendRecoveryTarget::veleroInstalled(const QString& cluster, const CancelToken& cancel) {
    auto t = veleroTarget(cluster, cancel);
    if (!t)
        return t.error();
    auto v = VeleroClient(m_env, *t).version(cancel);
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
    auto t = veleroTarget(cluster, cancel);
    if (!t)
        return t.error();
    // The secret file goes beside the kubeconfigs, where the next start sweeps it if a kill stops
    // this run mid-install.
    auto dir = privateDir();
    if (!dir)
        return dir.error();
    o->secretDir = *dir;
    return VeleroClient(m_env, *t).install(*o, cancel);
}

Result<BackupLocationState> BackendRecoveryTarget::backupLocation(const QString& cluster,
                                                                  const QString& backup,
                                                                  const CancelToken& cancel) {
    auto t = veleroTarget(cluster, cancel);
    if (!t)
        return t.error();
    const VeleroClient velero(m_env, *t);
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
    auto t = veleroTarget(cluster, cancel);
    if (!t)
        return t.error();
    auto r = VeleroClient(m_env, *t).restore(restoreName, cancel);
    if (!r)
        return r.error().kind == Error::Kind::NotFound ? Result<bool>(false) : Result<bool>(r.error());
    return true;
}

Status BackendRecoveryTarget::createRestore(const ClusterRestorePlan& c, const CancelToken& cancel) {
    auto t = veleroTarget(c.cluster, cancel);
    if (!t)
        return t.error();
    const RestoreOptions o = RestoreStepsBuilder::restoreOptions(c);
    auto r = VeleroClient(m_env, *t).createRestore(o, cancel);
    if (!r)
        return r.error();
    return {};
}

Result<RestoreRunState> BackendRecoveryTarget::restoreState(const QString& cluster,
                                                            const QString& restoreName,
                                                            const CancelToken& cancel) {
    auto t = veleroTarget(cluster, cancel);
    if (!t)
        return t.error();
    auto r = VeleroClient(m_env, *t).restore(restoreName, cancel);
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
    auto snap = snapshot();
    if (!snap)
        return {tr("(the snapshot cannot be read: %1)").arg(snap.error().message)};
    const RebuildSpec spec = rebuildSpec(**snap);
    QStringList out = shownLines(AksHciScripts::setConfig(spec.config));
    out << (spec.registration ? shownLines(AksHciScripts::setRegistration(*spec.registration))
                              : QStringList{tr("(Set-AksHciRegistration: the registration is unknown)")});
    out << scriptLines(AksHciScripts::install());
    return out;
}

QStringList BackendRecoveryTarget::createClusterCommands(const QString& cluster) const {
    auto snap = snapshot();
    if (!snap)
        return {tr("(the snapshot cannot be read: %1)").arg(snap.error().message)};
    const RebuildSpec spec = rebuildSpec(**snap);
    const ClusterRebuild* c = spec.cluster(cluster);
    if (!c)
        return {tr("(the snapshot has no cluster %1)").arg(cluster)};
    QStringList out;
    if (c->newProfile)
        out << shownLines(AksHciScripts::newAutoScalerProfile(*c->newProfile));
    out << shownLines(AksHciScripts::newCluster(c->cluster));
    for (const NewNodePoolParams& p : c->pools)
        out << shownLines(AksHciScripts::newNodePool(p));
    return out;
}

QStringList BackendRecoveryTarget::pinVeleroCommands(const QString& cluster) const {
    VeleroTarget t;
    t.kubeconfig = tr("<kubeconfig>");
    const QStringList global = KubectlClient(m_env, t).globalArguments();
    const QString when = tr(" (only when %1 has Windows nodes)").arg(cluster);
    QStringList out{
        shownKubectl(KubectlClient::pinToLinuxArguments(QStringLiteral("deployment"),
                                                        QStringLiteral("velero"), t.veleroNamespace) +
                     global) +
        when};
    auto client = VeleroClient(m_env, t).clientVersion({});
    if (!client)
        return out << tr("(the node agent's name cannot be shown: %1)").arg(client.error().message);
    return out << shownKubectl(KubectlClient::pinToLinuxArguments(QStringLiteral("daemonset"),
                                                                  nodeAgentName(*client), t.veleroNamespace) +
                               global) +
                      when;
}

QStringList BackendRecoveryTarget::installVeleroCommands(const QString& cluster) const {
    const ClusterRestorePlan* c = clusterPlan(cluster);
    if (!c)
        return {tr("(the plan does not restore %1)").arg(cluster)};
    QStringList out{
        QStringLiteral("Get-AksHciCredential -name %1 -configPath <kubeconfig>").arg(psLiteral(cluster))};
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
