#pragma once

#include "restore/PlanRevision.h"
#include "restore/RestoreSession.h"

#include <functional>
#include <memory>

namespace aks {

// The edit of a plan whose recovery began, for the wizard: prepared against the target the new
// plan would run on, then committed (the new journal written, the earlier one marked replaced),
// so that no widget runs the revision itself.
class PlanReviser {
public:
    using TargetFactory = std::function<std::unique_ptr<RecoveryTarget>(const RestorePlan&)>;

    // What the edited plan keeps and runs; nothing is written.
    static Result<PlanRevision> prepare(const RestoreJournal& earlier, const RestorePlan& edited,
                                        const TargetFactory& targets, const StepTimings& timings);
    // Commits `revision` (its plan is then the plan to go on with); the session that runs it.
    static Result<std::shared_ptr<RestoreSession>> apply(PlanRevision& revision,
                                                         const RestoreJournal& earlier,
                                                         const TargetFactory& targets,
                                                         const StepTimings& timings);
};

} // namespace aks
