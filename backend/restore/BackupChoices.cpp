#include "BackupChoices.h"

#include "inspector/BackupCatalog.h"
#include "store/StoreFactory.h"

namespace aks {

BackupChoices BackupChoices::list(const RestorePlan& plan, const JobContext& job) {
    BackupChoices out;
    int done = 0;
    for (const ClusterRestorePlan& c : plan.clusters) {
        job.setProgress(done++, int(plan.clusters.size()), c.cluster);
        auto spec = StoreSpec::parse(plan.storeFor(c));
        if (spec && !plan.credentialsFile.isEmpty())
            spec->credentialsFile = plan.credentialsFile;
        auto store = spec ? openStore(*spec, job.cancelToken()) : Result<BackupStorePtr>(spec.error());
        auto backups = store ? BackupCatalog::list(**store, job.cancelToken())
                             : Result<QList<BackupInfo>>(store.error());
        if (!backups) {
            out.notes
                << tr("The backups of %1 could not be listed: %2").arg(c.cluster, backups.error().message);
            continue;
        }
        QStringList names;
        for (const BackupInfo& b : *backups)
            names << b.name;
        out.byCluster.insert(c.cluster, names);
    }
    job.setProgress(done, int(plan.clusters.size()));
    return out;
}

} // namespace aks
