#pragma once

#include "HealthReport.h"
#include "restore/RestoreEngine.h"
#include "restore/RestoreJournal.h"
#include "restore/RestoreStep.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace aks {

class AksHciClient;

// A documented repair run the way a restore step runs: confirmed by typing the name of what it
// rotates, recorded in a journal (RestoreJournal::pathFor) and reportable with RestoreReportHtml,
// then verified by diagnosing again.
class HealthRepairRun {
    Q_DECLARE_TR_FUNCTIONS(HealthRepairRun)
public:
    using Recheck = std::function<HealthReport(const CancelToken&)>;

    // subject: the workload cluster the repair is for; empty for the management cluster.
    HealthRepairRun(HealthRepair repair, QString subject, QString deployment, AksHciClient& client,
                    Recheck recheck);

    // The name to type (the cluster, or the deployment for the management cluster).
    QString confirmationName() const;
    RestoreStep step();
    // Runs the step in a new journal. Dry run: prints the script, changes nothing.
    EngineResult run(const QSet<QString>& confirmed, bool dryRun, const JobContext& job);
    const RestoreJournal& journal() const { return m_journal; }

private:
    HealthRepair m_repair;
    QString m_subject;
    QString m_deployment;
    AksHciClient& m_client;
    Recheck m_recheck;
    RestoreJournal m_journal;
};

} // namespace aks
