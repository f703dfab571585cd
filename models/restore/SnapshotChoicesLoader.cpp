#include "SnapshotChoicesLoader.h"

#include "jobs/JobManager.h"

namespace aks {

SnapshotChoicesLoader::SnapshotChoicesLoader(JobManager* jobs, QObject* parent)
    : QObject(parent), m_jobs(jobs) {}

QString SnapshotChoicesLoader::folder() {
    return SnapshotCatalog::defaultFolder();
}

Result<SnapshotInfo> SnapshotChoicesLoader::check(const QString& folder) {
    return SnapshotCatalog::check(folder);
}

void SnapshotChoicesLoader::list() {
    const QString dir = folder();
    m_jobs->run<QList<SnapshotInfo>>(
        tr("List the configuration snapshots"),
        [dir](const JobContext& job) -> Result<QList<SnapshotInfo>> {
            return SnapshotCatalog::list(dir, job.cancelToken());
        },
        this,
        [this, dir](const Result<QList<SnapshotInfo>>& r) {
            emit listed(dir, r ? *r : QList<SnapshotInfo>{});
        });
}

} // namespace aks
