#pragma once

#include "core/Result.h"
#include "env/EnvironmentConfig.h"
#include "health/HealthReport.h"

#include <QObject>

#include <memory>

namespace aks {

class AksHciClient;
class JobManager;

// Runs the diagnosis and the documented repairs as jobs, so that the Health page only shows and
// connects: each run ends in one of the signals below, on the thread that started it. A repair is
// journaled, its report written beside the journal, and verified by diagnosing again.
class HealthRunner : public QObject {
    Q_OBJECT
public:
    HealthRunner(JobManager* jobs, std::shared_ptr<AksHciClient> client, EnvironmentConfig environment,
                 QObject* parent = nullptr);

    // False when nothing can run (no job runner or no AksHci session).
    bool canRun() const { return m_jobs && m_client; }
    void check();
    // Runs `repair` of the finding about `subject` (empty: the management cluster) of `deployment`;
    // the caller has had `name` typed to confirm it.
    void repair(const HealthRepair& repair, const QString& subject, const QString& deployment,
                const QString& name);

signals:
    void checked(const aks::HealthReport& report);
    void checkFailed(const aks::Error& error);
    // The journal of the repair that ran.
    void repaired(const QString& title, const QString& journal);
    void repairFailed(const aks::Error& error);

private:
    JobManager* m_jobs;
    std::shared_ptr<AksHciClient> m_client;
    EnvironmentConfig m_environment;
};

} // namespace aks
