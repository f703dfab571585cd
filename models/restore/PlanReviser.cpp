#include "PlanReviser.h"

namespace aks {

Result<PlanRevision> PlanReviser::prepare(const RestoreJournal& earlier, const RestorePlan& edited,
                                          const TargetFactory& targets, const StepTimings& timings) {
    const RestorePlan revised = PlanRevision::revisedPlan(earlier.plan(), edited);
    const auto target = targets(revised);
    return PlanRevision::prepare(earlier, revised, *target, timings);
}

Result<std::shared_ptr<RestoreSession>> PlanReviser::apply(PlanRevision& revision,
                                                           const RestoreJournal& earlier,
                                                           const TargetFactory& targets,
                                                           const StepTimings& timings) {
    if (Status s = revision.commit(earlier); !s)
        return s.error();
    return std::make_shared<RestoreSession>(revision.journal(), targets(revision.plan()), timings);
}

} // namespace aks
