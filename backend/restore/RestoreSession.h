#pragma once

#include "RecoveryTarget.h"
#include "RestoreEngine.h"
#include "RestoreJournal.h"
#include "RestorePrerequisites.h"
#include "RestoreStepsBuilder.h"

#include <QMutex>

#include <memory>

namespace aks {

// One recovery as the wizard drives it: the plan, its target and its journal, with runs of the
// engine one after another on worker threads (a confirmation or the Rebuild page ends a run, the
// next continues from the journal). The journal is only touched under the lock.
class RestoreSession {
public:
    struct RunOptions {
        bool dryRun = false;
        QSet<QString> confirmed;
        QSet<QString> acknowledgedLosses;  // live clusters destroyed that the plan does not recreate
        QSet<QString> acceptedDifferences; // digests of drift lists the admin accepted
        bool repairDidNotHelp = false;     // the diagnosis' certificate repair was tried and failed
        QString stopAfter;
    };

    RestoreSession(RestoreJournal journal, std::unique_ptr<RecoveryTarget> target, StepTimings timings = {});

    const RestorePlan& plan() const { return m_plan; }
    RestoreJournal journal() const;
    QList<JournalStep> plannedSteps(); // every step, as the journal knows it or pending

    QList<Prerequisite> checkPrerequisites(const JobContext& job);
    EngineResult run(const JobContext& job, const RunOptions& options,
                     const RestoreEngine::StepObserver& observer);
    // The outcome as a job reports it: a failed run is an error, a cancelled one an error of kind
    // Cancelled, so the jobs panel shows what happened.
    static Result<EngineResult> asJobResult(const EngineResult& r);

private:
    RestorePlan m_plan;
    std::unique_ptr<RecoveryTarget> m_target;
    StepTimings m_timings;
    mutable QMutex m_mutex;
    RestoreJournal m_journal;
};

} // namespace aks
