#include "BackupChoicesLoader.h"

#include "jobs/JobManager.h"
#include "restore/BackupChoices.h"

namespace aks {

BackupChoicesLoader::BackupChoicesLoader(JobManager* jobs, QObject* parent) : QObject(parent), m_jobs(jobs) {}

void BackupChoicesLoader::list(const RestorePlan& plan) {
    m_jobs->run<BackupChoices>(
        tr("List the backups of the plan's clusters"),
        [plan](const JobContext& job) -> Result<BackupChoices> { return BackupChoices::list(plan, job); },
        this,
        [this](const Result<BackupChoices>& r) {
            if (r)
                emit listed(r->byCluster, r->notes);
        });
}

} // namespace aks
