#include "HistoryLoader.h"

#include "KubeNames.h"
#include "VeleroClient.h"
#include "akshci/AksHciClient.h"
#include "env/AppPaths.h"

#include <QDir>
#include <QFile>

namespace aks {

HistoryLoader::HistoryLoader(EnvironmentConfig environment) : m_env(std::move(environment)) {}

Result<QStringList> HistoryLoader::clusters(const CancelToken& cancel) const {
    AksHciClient client(m_env);
    auto list = client.getClusters(cancel);
    if (!list)
        return list.error();
    QStringList names;
    for (const auto& c : *list)
        names.append(c.name);
    return names;
}

Result<QString> HistoryLoader::kubeconfigFor(const QString& cluster, const CancelToken& cancel) const {
    if (auto ok = KubeNames::checkSubdomain(cluster, tr("cluster name")); !ok)
        return ok.error();
    const QString dir = QDir(AppPaths::cacheDir()).filePath(QStringLiteral("kubeconfig"));
    // The kubeconfig holds the cluster's credentials: a folder only the user can enter.
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not create the private folder %1 for kubeconfig files.").arg(dir));
    const QString path = QDir(dir).filePath(cluster + QStringLiteral(".yaml"));
    AksHciClient client(m_env);
    if (auto st = client.getCredential(cluster, path, cancel); !st)
        return Error::make(
            st.error().kind,
            tr("Could not get the kubeconfig of cluster '%1': %2").arg(cluster, st.error().message),
            st.error().detail);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

ClusterHistory HistoryLoader::load(const QString& cluster, const VeleroTarget& target,
                                   const CancelToken& cancel) const {
    ClusterHistory h;
    h.cluster = cluster;
    const VeleroClient velero(m_env, target);
    auto fail = [&h](const Error& e) {
        h.backups.clear();
        h.schedules.clear();
        h.locations.clear();
        h.restores.clear();
        h.error = e.message;
        h.errorDetail = e.detail;
        return h;
    };
    auto backups = velero.backups(cancel);
    if (!backups)
        return fail(backups.error());
    h.backups = std::move(backups).value();
    auto schedules = velero.schedules(cancel);
    if (!schedules)
        return fail(schedules.error());
    h.schedules = std::move(schedules).value();
    auto locations = velero.backupStorageLocations(cancel);
    if (!locations)
        return fail(locations.error());
    h.locations = std::move(locations).value();
    auto restores = velero.restores(cancel);
    if (!restores)
        return fail(restores.error());
    h.restores = std::move(restores).value();
    h.loadedAt = QDateTime::currentDateTimeUtc();
    return h;
}

Result<QList<ClusterHistory>> HistoryLoader::loadAll(const QStringList& requested,
                                                     const JobContext& job) const {
    QStringList names = requested;
    if (names.isEmpty()) {
        job.setProgress(0, -1, tr("Listing workload clusters"));
        auto all = clusters(job.cancelToken());
        if (!all)
            return all.error();
        names = *all;
    }
    QList<ClusterHistory> out;
    for (int i = 0; i < names.size(); ++i) {
        if (job.isCancelled())
            return Error::make(Error::Kind::Cancelled, tr("Reading the backup history was cancelled."));
        job.setProgress(i, int(names.size()), tr("Reading Velero on %1").arg(names[i]));
        auto kubeconfig = kubeconfigFor(names[i], job.cancelToken());
        if (!kubeconfig) {
            ClusterHistory h;
            h.cluster = names[i];
            h.error = kubeconfig.error().message;
            h.errorDetail = kubeconfig.error().detail;
            out.append(h);
            continue;
        }
        VeleroTarget target;
        target.kubeconfig = *kubeconfig;
        out.append(load(names[i], target, job.cancelToken()));
    }
    job.setProgress(int(names.size()), int(names.size()));
    return out;
}

} // namespace aks
