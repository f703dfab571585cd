#include "SnapshotCapture.h"

#include "akshci/AksHciClient.h"

#include <QSysInfo>

#include <algorithm>

namespace aks {
namespace {

QString findSetting(const nlohmann::json& node, const QString& key) {
    if (!node.is_object())
        return {};
    for (auto it = node.begin(); it != node.end(); ++it)
        if (QString::fromStdString(it.key()).compare(key, Qt::CaseInsensitive) == 0 &&
            it.value().is_string() && !it.value().get<std::string>().empty())
            return QString::fromStdString(it.value().get<std::string>());
    for (auto it = node.begin(); it != node.end(); ++it)
        if (it.value().is_object())
            if (const QString v = findSetting(it.value(), key); !v.isEmpty())
                return v;
    return {};
}

Error withContext(const Error& e, const QString& what) {
    return Error::make(
        e.kind, SnapshotCapture::tr("Cannot read %1 for the snapshot: %2").arg(what, e.message), e.detail);
}

} // namespace

QString SnapshotCapture::deploymentNameOf(const nlohmann::json& config) {
    for (const char* key : {"deploymentName", "kvaName", "clusterName"})
        if (const QString v = findSetting(config, QString::fromLatin1(key)); !v.isEmpty())
            return v;
    return QStringLiteral("aks-hybrid");
}

Snapshot SnapshotCapture::fromDocuments(nlohmann::json config, std::vector<SnapshotCluster> clusters,
                                        nlohmann::json versions, const QString& deployment) {
    Snapshot s;
    s.deployment = deployment.isEmpty() ? deploymentNameOf(config) : deployment;
    // Second precision: the folder name carries the time, and the manifest is compared with it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.createdUtc = now.addMSecs(-now.time().msec());
    s.host = QSysInfo::machineHostName();
    s.toolVersion = QString::fromLatin1(AKS_VERSION);
    s.config = std::move(config);
    s.versions = std::move(versions);
    std::sort(clusters.begin(), clusters.end(),
              [](const SnapshotCluster& a, const SnapshotCluster& b) { return a.name < b.name; });
    s.clusters = std::move(clusters);
    return s;
}

Result<Snapshot> SnapshotCapture::capture(AksHciClient& client, const QStringList& clusters,
                                          const CancelToken& cancel, const QString& deployment) {
    return capture(client, clusters, JobContext(cancel, {}, {}), deployment);
}

Result<Snapshot> SnapshotCapture::capture(AksHciClient& client, const QStringList& clusters,
                                          const JobContext& job, const QString& deployment) {
    const CancelToken& cancel = job.cancelToken();
    job.setProgress(0, -1, tr("Reading Get-AksHciConfig"));
    auto config = client.getConfig(cancel);
    if (!config)
        return withContext(config.error(), QStringLiteral("Get-AksHciConfig"));

    QList<WorkloadCluster> found;
    if (clusters.isEmpty()) {
        auto all = client.getClusters(cancel);
        if (!all)
            return withContext(all.error(), QStringLiteral("Get-AksHciCluster"));
        found = *all;
    } else {
        for (const QString& name : clusters) {
            auto one = client.getCluster(name, cancel);
            if (!one)
                return withContext(one.error(), tr("the workload cluster %1").arg(name));
            found.append(*one);
        }
    }

    std::vector<SnapshotCluster> out;
    const int total = int(found.size()) + 2;
    for (int i = 0; i < found.size(); ++i) {
        if (job.isCancelled())
            return Error::make(Error::Kind::Cancelled, tr("The snapshot was cancelled."));
        const WorkloadCluster& c = found[i];
        job.setProgress(i + 1, total, tr("Reading the node pools of %1").arg(c.name));
        auto pools = client.getNodePools(c.name, cancel);
        if (!pools)
            return withContext(pools.error(), tr("the node pools of %1").arg(c.name));
        nlohmann::json poolJson = nlohmann::json::array();
        for (const NodePool& p : *pools)
            poolJson.push_back(p.raw);
        out.push_back({c.name, c.raw, poolJson});
    }

    job.setProgress(total - 1, total, tr("Reading the versions"));
    auto version = client.getVersion(cancel);
    if (!version)
        return withContext(version.error(), QStringLiteral("Get-AksHciVersion"));
    auto k8s = client.getKubernetesVersions(cancel);
    if (!k8s)
        return withContext(k8s.error(), QStringLiteral("Get-AksHciKubernetesVersion"));
    nlohmann::json versions = {{"aksHciVersion", version->toStdString()}, {"kubernetesVersions", *k8s}};
    // A deployment never registered prints nothing; a rebuild's plan then says the registration is
    // unknown, before anything is removed.
    auto registration = client.getRegistration(cancel);
    if (!registration && registration.error().kind == Error::Kind::Cancelled)
        return registration.error();
    job.setProgress(total, total, {});
    Snapshot s = fromDocuments(config->raw(), std::move(out), std::move(versions), deployment);
    if (registration && registration->is_object())
        s.registration = *registration;
    // Profiles are deployment-wide; a cluster's autoscaler bounds live there.
    auto profiles = client.getAutoScalerProfiles(cancel);
    if (!profiles && profiles.error().kind == Error::Kind::Cancelled)
        return profiles.error();
    if (profiles)
        s.autoScalerProfiles = *profiles;
    return s;
}

} // namespace aks
