#include "RestorePlanBuilder.h"

#include "akshci/AksHciClient.h"
#include "env/AppPaths.h"
#include "inspector/BackupCatalog.h"
#include "inspector/BackupVerifier.h"
#include "snapshot/SnapshotCapture.h"
#include "snapshot/SnapshotReader.h"
#include "snapshot/SnapshotWriter.h"
#include "store/StoreFactory.h"
#include "velero/VeleroClient.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>

namespace aks {

Result<QString> RestorePlanBuilder::newestVerifiedBackup(const QString& storeString,
                                                         const QString& credentialsFile, QStringList* notes,
                                                         const JobContext& job) {
    auto spec = StoreSpec::parse(storeString);
    if (!spec)
        return spec.error();
    if (!credentialsFile.isEmpty())
        spec->credentialsFile = credentialsFile;
    auto store = openStore(*spec, job.cancelToken());
    if (!store)
        return store.error();
    auto backups = BackupCatalog::list(**store, job.cancelToken());
    if (!backups)
        return backups.error();
    for (const BackupInfo& b : *backups) {
        if (b.phase != QLatin1String("Completed") || !b.hasTarball) {
            if (notes)
                notes->append(tr("%1: skipped backup %2 (%3).")
                                  .arg(storeString, b.name,
                                       b.hasTarball ? tr("phase %1").arg(b.phase) : tr("no tarball")));
            continue;
        }
        auto problems = BackupVerifier::verify(**store, b.name, job);
        if (!problems)
            return problems.error();
        if (problems->isEmpty())
            return b.name;
        if (notes)
            notes->append(tr("%1: backup %2 fails verify: %3").arg(storeString, b.name, problems->first()));
    }
    return Error::make(Error::Kind::NotFound,
                       tr("No backup in %1 is Completed and passes verify; nothing can be restored from it.")
                           .arg(storeString));
}

std::optional<std::pair<VeleroInstallPlan, QString>>
RestorePlanBuilder::oldLocation(const EnvironmentConfig& env, AksHciClient& aks, const QString& cluster,
                                const JobContext& job) {
    QTemporaryDir kube;
    const QString kc = kube.filePath(QStringLiteral("kubeconfig"));
    if (!aks.getCredential(cluster, kc, job.cancelToken()))
        return std::nullopt;
    VeleroTarget t;
    t.kubeconfig = kc;
    auto bsls = VeleroClient(env, t).backupStorageLocations(job.cancelToken());
    if (!bsls || bsls->isEmpty())
        return std::nullopt;
    VeleroBsl chosen = bsls->first();
    for (const VeleroBsl& b : *bsls)
        if (b.isDefault)
            chosen = b;
    VeleroInstallPlan v;
    v.provider = chosen.provider.section(QLatin1Char('/'), -1); // velero.io/azure -> azure
    v.bucket = chosen.bucket;
    v.config = chosen.config;
    v.source = QStringLiteral("location");
    return std::make_pair(v, chosen.prefix);
}

Result<RestorePlanBuilder::Built> RestorePlanBuilder::build(const EnvironmentConfig& env, AksHciClient& aks,
                                                            const Options& o, const JobContext& job) {
    Built out;
    RestorePlan& p = out.plan;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.scenario = o.scenario;
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.rpoHours = o.rpoHours;
    p.credentialsFile = o.credentialsFile;
    p.store = !o.store.isEmpty() ? o.store : (env.demo ? env.demoStoreDir : QString());
    if (p.store.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           tr("Name the backup storage the clusters' backups are in (--store: a folder, "
                              "azure://ACCOUNT/CONTAINER or s3://BUCKET)."));

    QStringList clusters;
    if (o.scenario == RestorePlan::Scenario::Corruption) {
        p.snapshotDir = o.snapshotDir;
        if (p.snapshotDir.isEmpty()) {
            if (o.captureSnapshotTo.isEmpty())
                return Error::make(
                    Error::Kind::BadInput,
                    tr("The corruption scenario rebuilds from a configuration snapshot: give one "
                       "(--snapshot DIR)."));
            job.output(tr("Capturing the deployment's configuration as the snapshot to rebuild from..."));
            auto live = SnapshotCapture::capture(aks, {}, job);
            if (!live)
                return live.error();
            if (!QDir().mkpath(o.captureSnapshotTo))
                return Error::make(Error::Kind::PermissionDenied,
                                   tr("Could not create %1.").arg(o.captureSnapshotTo));
            auto written = SnapshotWriter::write(*live, o.captureSnapshotTo, {}, job.cancelToken());
            if (!written)
                return written.error();
            p.snapshotDir = *written;
            out.notes << tr("Captured the configuration snapshot %1.").arg(p.snapshotDir);
        }
        auto snap = SnapshotReader::load(p.snapshotDir);
        if (!snap)
            return Error::make(
                snap.error().kind,
                tr("The snapshot %1 cannot be used: %2").arg(p.snapshotDir, snap.error().message));
        p.deployment = snap->deployment;
        clusters = snap->clusterNames();
    } else {
        auto live = aks.getClusters(job.cancelToken());
        if (!live)
            return live.error();
        for (const WorkloadCluster& c : *live)
            clusters << c.name;
        auto config = aks.getConfig(job.cancelToken());
        if (config)
            p.deployment = config->deploymentName();
    }
    if (p.deployment.isEmpty())
        p.deployment = env.demo ? QStringLiteral("aks-demo") : QStringLiteral("aks-hybrid");
    for (auto it = o.backups.cbegin(); it != o.backups.cend(); ++it)
        if (!clusters.contains(it.key()))
            clusters << it.key();

    for (const QString& name : clusters) {
        if (job.isCancelled())
            return Error::make(Error::Kind::Cancelled, tr("Cancelled."));
        ClusterRestorePlan c;
        c.cluster = name;
        c.storePrefix = name;
        c.restoreName = RestorePlan::makeRestoreName(name, p.createdAt);
        if (const auto old = oldLocation(env, aks, name, job)) {
            c.velero = old->first;
            c.storePrefix = old->second;
            out.notes << tr("%1: Velero's settings read from its backup location (provider %2, bucket %3, "
                            "prefix %4).")
                             .arg(name, c.velero.provider, c.velero.bucket, c.storePrefix);
        } else {
            c.velero = o.velero;
            c.velero.source = QStringLiteral("user");
            if (o.veleroPrefixes.contains(name))
                c.storePrefix = o.veleroPrefixes.value(name);
            out.notes
                << tr("%1: the old backup location could not be read; Velero's settings are the ones given. "
                      "Check them on the plan page or in the plan file.")
                       .arg(name);
        }
        if (c.velero.credentialsFile.isEmpty())
            c.velero.credentialsFile = o.credentialsFile;
        if (!o.veleroPlugin.isEmpty())
            c.velero.plugin = o.veleroPlugin;
        c.allowPartiallyFailed = o.allowPartiallyFailed.contains(name);
        if (o.backups.contains(name)) {
            c.backup = o.backups.value(name);
        } else {
            job.output(tr("Choosing the newest backup of %1 that passes verify...").arg(name));
            auto b = newestVerifiedBackup(p.storeFor(c), o.credentialsFile, &out.notes, job);
            if (!b)
                return Error::make(b.error().kind, tr("%1: %2").arg(name, b.error().message),
                                   b.error().detail);
            c.backup = *b;
        }
        p.clusters << c;
    }

    // Missing Velero settings are for the admin to complete (plan page, plan file): the plan is
    // written with them named, and problems() keeps it from running until then.
    QStringList veleroProblems;
    for (const ClusterRestorePlan& c : p.clusters)
        veleroProblems << c.velero.problems(c.cluster);
    QStringList problems = p.problems();
    for (const QString& v : veleroProblems)
        problems.removeAll(v);
    if (!problems.isEmpty())
        return Error::make(Error::Kind::BadInput, problems.join(QLatin1Char(' ')));
    out.notes << veleroProblems;
    return out;
}

} // namespace aks
