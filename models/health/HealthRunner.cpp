#include "HealthRunner.h"

#include "akshci/AksHciClient.h"
#include "health/EnvironmentHealth.h"
#include "health/HealthRepairRun.h"
#include "jobs/JobManager.h"
#include "restore/RestoreReportHtml.h"

namespace aks {

HealthRunner::HealthRunner(JobManager* jobs, std::shared_ptr<AksHciClient> client,
                           EnvironmentConfig environment, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_client(std::move(client)), m_environment(std::move(environment)) {}

void HealthRunner::check() {
    if (!canRun())
        return;
    auto client = m_client;
    const EnvironmentConfig env = m_environment;
    m_jobs->run<HealthReport>(
        tr("Check health"),
        [client, env](const JobContext& job) -> Result<HealthReport> {
            job.setProgress(0, -1, tr("Diagnosing the deployment"));
            return EnvironmentHealth::check(env, *client, job.cancelToken());
        },
        this,
        [this](const Result<HealthReport>& r) {
            if (r)
                emit checked(*r);
            else
                emit checkFailed(r.error());
        });
}

void HealthRunner::repair(const HealthRepair& repair, const QString& subject, const QString& deployment,
                          const QString& name) {
    if (!canRun())
        return;
    auto client = m_client;
    const EnvironmentConfig env = m_environment;
    m_jobs->run<QString>(
        tr("Repair: %1").arg(repair.title),
        [client, env, repair, subject, deployment, name](const JobContext& job) -> Result<QString> {
            HealthRepairRun run(repair, subject, deployment, *client, [&](const CancelToken& c) {
                return EnvironmentHealth::check(env, *client, c);
            });
            const EngineResult r = run.run({name}, false, job);
            // The report beside the journal, where the restore history looks for it.
            const QString journal = run.journal().path();
            if (journal.endsWith(QLatin1String(".json"))) {
                if (auto written = RestoreReportHtml::write(
                        run.journal(), journal.chopped(5) + QStringLiteral("-report.html"));
                    !written)
                    job.output(written.error().message);
            }
            if (r.outcome != RestoreJournal::Outcome::Completed)
                return Error::make(Error::Kind::Generic, r.message);
            return journal;
        },
        this,
        [this, title = repair.title](const Result<QString>& r) {
            if (r)
                emit repaired(title, *r);
            else
                emit repairFailed(r.error());
        });
}

} // namespace aks
