#include "PlanRevision.h"

#include "core/Redactor.h"

#include <QSet>
#include <QUuid>

namespace aks {

RestorePlan PlanRevision::revisedPlan(const RestorePlan& before, const RestorePlan& edited) {
    RestorePlan plan = edited;
    plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.createdAt = QDateTime::currentDateTimeUtc();
    for (ClusterRestorePlan& c : plan.clusters) {
        // Another backup is another restore: a fresh name, so it never meets the earlier one's.
        const ClusterRestorePlan* old = before.cluster(c.cluster);
        if (!old || old->backup == c.backup || old->restoreName != c.restoreName)
            continue;
        const QString fresh = RestorePlan::makeRestoreName(c.cluster, plan.createdAt);
        // Within the second the earlier plan was written, the time alone does not tell them apart.
        c.restoreName = fresh != old->restoreName ? fresh : fresh + QStringLiteral("-2");
    }
    return plan;
}

Result<PlanRevision> PlanRevision::prepare(const RestoreJournal& earlier, const RestorePlan& plan,
                                           RecoveryTarget& target, const StepTimings& timings) {
    if (const QStringList problems = plan.problems(); !problems.isEmpty())
        return Error::make(Error::Kind::BadInput, problems.join(QLatin1Char(' ')));
    if (plan.id == earlier.plan().id)
        return Error::make(Error::Kind::BadInput,
                           tr("An edited plan needs an id of its own: the journal %1 binds to the earlier "
                              "plan.")
                               .arg(earlier.path()));
    PlanRevision r;
    r.m_changes = plan.differencesFrom(earlier.plan());
    r.m_journal = RestoreJournal(plan, RestoreJournal::pathFor(plan.id));
    QSet<QString> inNewPlan;
    for (const RestoreStep& s : RestoreStepsBuilder::build(plan, target, timings)) {
        inNewPlan.insert(s.id);
        const QStringList commands = Redactor::redact(s.commands);
        const JournalStep* old = earlier.step(s.id);
        if (old && old->state != JournalStep::State::Pending && old->commands == commands) {
            JournalStep& carried = r.m_journal.ensureStep(s.id, s.title, s.cluster, commands);
            carried = *old;
            carried.log.append(
                tr("Carried over from the recovery's earlier plan (journal %1).").arg(earlier.path()));
            if (old->state == JournalStep::State::Done) {
                r.m_kept << s.title;
                continue;
            }
        }
        r.m_toRun << s.title;
    }
    for (const JournalStep& old : earlier.steps())
        if (old.state == JournalStep::State::Done && !inNewPlan.contains(old.id))
            r.m_dropped << old.title;
    return r;
}

Status PlanRevision::commit(RestoreJournal earlier) {
    if (Status s = m_journal.save(); !s)
        return s;
    earlier.setReplacedBy(m_journal.plan().id);
    return earlier.save();
}

} // namespace aks
