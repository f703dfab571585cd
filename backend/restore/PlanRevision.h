#pragma once

#include "RecoveryTarget.h"
#include "RestoreJournal.h"
#include "RestoreStepsBuilder.h"

#include <QCoreApplication>

namespace aks {

// An edit of a plan whose recovery already began. The edited plan is a new plan (its own id, its
// own journal bound to its own digest), so the earlier journal keeps proving what it ran. Of the
// earlier run's steps, each one the new plan runs unchanged (same step, same commands) is carried
// over as it stands: done stays done, an interrupted one is checked before it runs again. Every
// other step of the new plan runs. The earlier journal is kept and marked as replaced.
class PlanRevision {
    Q_DECLARE_TR_FUNCTIONS(PlanRevision)
public:
    // The edited plan as a new plan: a new id, and a new restore name wherever the backup changed.
    static RestorePlan revisedPlan(const RestorePlan& before, const RestorePlan& edited);
    // `revised` comes from revisedPlan(); `target` is the one it will run on.
    static Result<PlanRevision> prepare(const RestoreJournal& earlier, const RestorePlan& revised,
                                        RecoveryTarget& target, const StepTimings& timings = {});

    const RestorePlan& plan() const { return m_journal.plan(); }
    const RestoreJournal& journal() const { return m_journal; }
    // Step titles: carried over as done; run by the new plan; done earlier but not in the new plan.
    const QStringList& kept() const { return m_kept; }
    const QStringList& toRun() const { return m_toRun; }
    const QStringList& dropped() const { return m_dropped; }
    QStringList changes() const { return m_changes; }

    // Writes the new journal, then marks the earlier one as replaced by it (both atomically).
    Status commit(RestoreJournal earlier);

private:
    RestoreJournal m_journal;
    QStringList m_kept;
    QStringList m_toRun;
    QStringList m_dropped;
    QStringList m_changes;
};

} // namespace aks
