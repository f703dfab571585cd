#include "RestoreSession.h"

#include <QMutexLocker>

namespace aks {

RestoreSession::RestoreSession(RestoreJournal journal, std::unique_ptr<RecoveryTarget> target,
                               StepTimings timings)
    : m_plan(journal.plan()),
      m_target(std::move(target)),
      m_timings(timings),
      m_journal(std::move(journal)) {}

RestoreJournal RestoreSession::journal() const {
    QMutexLocker lock(&m_mutex);
    return m_journal;
}

QList<JournalStep> RestoreSession::plannedSteps() {
    QMutexLocker lock(&m_mutex);
    QList<JournalStep> out;
    for (const RestoreStep& s : RestoreStepsBuilder::build(m_plan, *m_target, m_timings)) {
        if (const JournalStep* known = m_journal.step(s.id)) {
            out << *known;
            continue;
        }
        JournalStep js;
        js.id = s.id;
        js.title = s.title;
        js.cluster = s.cluster;
        js.commands = s.commands;
        out << js;
    }
    return out;
}

QList<Prerequisite> RestoreSession::checkPrerequisites(const JobContext& job) {
    QMutexLocker lock(&m_mutex);
    return RestorePrerequisites::check(m_plan, *m_target, job);
}

Result<EngineResult> RestoreSession::asJobResult(const EngineResult& r) {
    if (r.outcome == RestoreJournal::Outcome::Failed)
        return Error::make(Error::Kind::Generic, r.message);
    if (r.outcome == RestoreJournal::Outcome::Cancelled)
        return Error::make(Error::Kind::Cancelled, r.message);
    return r;
}

EngineResult RestoreSession::run(const JobContext& job, const RunOptions& options,
                                 const RestoreEngine::StepObserver& observer) {
    QMutexLocker lock(&m_mutex);
    // A dry run works on a copy so the real journal stays as it was.
    RestoreJournal dryJournal = m_journal;
    RestoreEngine engine(RestoreStepsBuilder::build(m_plan, *m_target, m_timings),
                         options.dryRun ? dryJournal : m_journal);
    engine.setDryRun(options.dryRun);
    engine.setConfirmedNames(options.confirmed);
    engine.setAcknowledgedLosses(options.acknowledgedLosses);
    engine.setRepairDidNotHelp(options.repairDidNotHelp);
    engine.setAcceptedDifferences(options.acceptedDifferences);
    engine.setStopAfter(options.stopAfter);
    engine.setObserver(observer);
    EngineResult r = engine.run(job);
    // The next run fetches fresh kubeconfigs; none waits on disk between runs.
    m_target->releaseCredentials();
    return r;
}

} // namespace aks
