#include "RestoreEngine.h"

#include "core/Logging.h"
#include "core/Redactor.h"

namespace aks {

RestoreEngine::RestoreEngine(std::vector<RestoreStep> steps, RestoreJournal& journal)
    : m_steps(std::move(steps)), m_journal(journal) {}

void RestoreEngine::changed(const JournalStep& js) {
    if (!m_dryRun) {
        auto saved = m_journal.save();
        if (!saved && m_saveError.isEmpty())
            m_saveError = saved.error().message;
    }
    if (m_observer)
        m_observer(js);
}

EngineResult RestoreEngine::stop(RestoreJournal::Outcome outcome, const QString& message,
                                 const QString& stepId) {
    m_journal.setOutcome(outcome, message);
    if (!m_dryRun)
        (void)m_journal.save();
    EngineResult r;
    r.outcome = outcome;
    r.message = message;
    r.stepId = stepId;
    return r;
}

void RestoreEngine::announce(const RestoreStep& step, const JobContext& job) {
    job.output(tr("[%1] %2").arg(step.id, step.title));
    for (const QString& c : step.commands)
        job.output(QStringLiteral("    $ %1").arg(Redactor::redact(c)));
    if (!step.mayDestroy.isEmpty())
        job.output(tr("    DESTRUCTIVE: %1").arg(step.mayDestroy));
}

EngineResult RestoreEngine::stoppedAsAsked(const RestoreStep& step, int index, const JobContext& job) {
    job.setProgress(index, index, step.title);
    return stop(RestoreJournal::Outcome::Running,
                tr("Finished every step up to '%1'; the steps after it were not run in this part of the "
                   "recovery.")
                    .arg(step.title),
                step.id);
}

EngineResult RestoreEngine::run(const JobContext& job) {
    for (const RestoreStep& s : m_steps)
        m_journal.ensureStep(s.id, s.title, s.cluster, Redactor::redact(s.commands));
    m_journal.setOutcome(RestoreJournal::Outcome::Running);
    if (!m_dryRun) {
        auto saved = m_journal.save();
        if (!saved)
            return stop(RestoreJournal::Outcome::Failed, saved.error().message, {});
    }

    // The steps this run is asked to walk: up to stopAfter, or all of them.
    int total = int(m_steps.size());
    for (int i = 0; i < int(m_steps.size()) && !m_stopAfter.isEmpty(); ++i)
        if (m_steps[size_t(i)].id == m_stopAfter)
            total = i + 1;
    bool warnings = false;
    int index = 0;
    for (const RestoreStep& step : m_steps) {
        ++index;
        JournalStep& js = m_journal.ensureStep(step.id, step.title, step.cluster, step.commands);
        job.setProgress(index - 1, total, step.title);
        const bool last = !m_stopAfter.isEmpty() && step.id == m_stopAfter;
        if (js.state == JournalStep::State::Done) {
            warnings = warnings || !js.warnings.isEmpty();
            job.output(tr("[%1] already done, not run again: %2").arg(step.id, step.title));
            if (last)
                return stoppedAsAsked(step, index, job);
            continue;
        }
        if (job.isCancelled())
            return stop(RestoreJournal::Outcome::Cancelled, tr("Cancelled before '%1'.").arg(step.title),
                        step.id);
        // The same lines in a dry run and a real one: what runs is what the preview showed.
        announce(step, job);
        if (m_dryRun) {
            if (auto stopped = dryRunCheck(step, job))
                return *stopped;
            continue;
        }
        EngineResult r = runStep(step, js, job);
        if (r.outcome != RestoreJournal::Outcome::Completed)
            return r;
        warnings = warnings || !js.warnings.isEmpty();
        if (!m_saveError.isEmpty())
            return stop(RestoreJournal::Outcome::Failed, m_saveError, step.id);
        if (last)
            return stoppedAsAsked(step, index, job);
    }
    job.setProgress(int(m_steps.size()), int(m_steps.size()), tr("Done"));
    EngineResult done = stop(RestoreJournal::Outcome::Completed,
                             m_dryRun ? tr("Dry run: nothing was changed.")
                                      : (warnings ? tr("Completed with warnings.") : tr("Completed.")),
                             {});
    done.warnings = warnings;
    return done;
}

std::optional<EngineResult> RestoreEngine::dryRunCheck(const RestoreStep& step, const JobContext& job) {
    if (!step.runsInDryRun || !step.run)
        return std::nullopt;
    const auto print = [&job](const QString& line) {
        job.output(QStringLiteral("    %1").arg(Redactor::redact(line)));
    };
    StepRun run(job, {print, print, print, {}, {}});
    const Status s = step.run(run);
    if (s)
        return std::nullopt;
    // The real run would stop at this check, before anything after it: so does the preview.
    EngineResult r;
    r.outcome = s.error().kind == Error::Kind::Cancelled ? RestoreJournal::Outcome::Cancelled
                                                         : RestoreJournal::Outcome::Failed;
    r.message = tr("Dry run: the recovery would stop at '%1': %2").arg(step.title, s.error().message);
    r.stepId = step.id;
    m_journal.setOutcome(r.outcome, r.message);
    return r;
}

std::optional<EngineResult> RestoreEngine::confirm(const RestoreStep& step, JournalStep& js,
                                                   const StepRun& run) {
    if (!step.confirmation)
        return std::nullopt;
    auto need = step.confirmation(run);
    if (!need) {
        js.state = JournalStep::State::Failed;
        js.message = need.error().message;
        changed(js);
        return stop(RestoreJournal::Outcome::Failed, need.error().message, step.id);
    }
    if (!need->has_value())
        return std::nullopt;
    const Confirmation c = **need;
    if (!c.repairFirst.isEmpty() && !m_repairDidNotHelp) {
        const QString msg =
            tr("'%1' is destructive, and the diagnosis found what expired certificates or tokens cause: %2 "
               "Run the documented repair first: %3. Go on only if it did not help (command line: "
               "--repair-did-not-help).")
                .arg(step.title, c.diagnosis, c.repairFirst.join(QStringLiteral("; ")));
        js.message = msg;
        changed(js);
        EngineResult r = stop(RestoreJournal::Outcome::NeedsConfirmation, msg, step.id);
        r.confirmation = c;
        return r;
    }
    QStringList unacknowledged;
    for (const QString& lost : c.unrecovered)
        if (!m_acknowledged.contains(lost))
            unacknowledged << lost;
    if (m_confirmed.contains(c.name) && unacknowledged.isEmpty()) {
        if (!c.repairFirst.isEmpty()) {
            const QString ack = tr("Acknowledged that the documented repair (%1) did not help; the diagnosis "
                                   "had found: %2")
                                    .arg(c.repairFirst.join(QStringLiteral("; ")), c.diagnosis);
            js.acknowledged.append(ack);
            run.log(ack);
        }
        const QString typed = tr("Confirmed by typing '%1': %2").arg(c.name, c.destroys);
        js.acknowledged.append(typed);
        run.log(typed);
        for (const QString& lost : c.unrecovered) {
            const QString ack = tr("Acknowledged that %1 is destroyed and not recreated.").arg(lost);
            js.acknowledged.append(ack);
            run.log(ack);
        }
        return std::nullopt;
    }
    QString msg = tr("'%1' is destructive: %2 Type the name '%3' to go on (command line: --confirm %3).")
                      .arg(step.title, c.destroys, c.name);
    if (!unacknowledged.isEmpty())
        msg += QLatin1Char(' ') + tr("Also acknowledge each cluster that is lost (command line: %1).")
                                      .arg(QStringLiteral("--accept-loss ") +
                                           unacknowledged.join(QStringLiteral(" --accept-loss ")));
    js.message = msg;
    changed(js);
    EngineResult r = stop(RestoreJournal::Outcome::NeedsConfirmation, msg, step.id);
    r.confirmation = c;
    return r;
}

EngineResult RestoreEngine::runStep(const RestoreStep& step, JournalStep& js, const JobContext& job) {
    const auto log = [&](const QString& line) {
        const QString clean = Redactor::redact(line);
        js.log.append(clean);
        job.output(QStringLiteral("[%1] %2").arg(step.id, clean));
    };
    const auto warn = [&](const QString& line) {
        const QString clean = Redactor::redact(line);
        js.warnings.append(clean);
        job.output(QStringLiteral("[%1] WARNING: %2").arg(step.id, clean));
    };
    const auto acknowledge = [&](const QString& line) {
        const QString clean = Redactor::redact(line);
        js.acknowledged.append(clean);
        job.output(QStringLiteral("[%1] %2").arg(step.id, clean));
    };
    std::optional<Acceptance> toAccept;
    StepRun run(job, {log, warn, acknowledge, [this](const QString& d) { return m_accepted.contains(d); },
                      [&toAccept](const Acceptance& a) { toAccept = a; }});

    // A step cut short last time may have done its work: look before doing it again.
    if (js.interrupted() && step.check) {
        auto done = step.check(run);
        if (done && *done) {
            log(tr("Found already done by an earlier, interrupted run; not run again."));
            js.state = JournalStep::State::Done;
            js.finished = QDateTime::currentDateTimeUtc();
            changed(js);
            EngineResult r;
            r.outcome = RestoreJournal::Outcome::Completed;
            return r;
        }
    }

    if (auto stopped = confirm(step, js, run))
        return *stopped;

    js.state = JournalStep::State::Running;
    js.started = QDateTime::currentDateTimeUtc();
    js.finished = {};
    js.message.clear();
    ++js.attempts;
    // The start is on disk before the step acts: a run that cannot record it does not act, or a
    // crash could leave an effect the journal never heard of.
    if (auto saved = m_journal.save(); !saved) {
        js.state = JournalStep::State::Pending;
        --js.attempts;
        return stop(RestoreJournal::Outcome::Failed,
                    tr("'%1' was not run: its start could not be written to the journal. %2")
                        .arg(step.title, saved.error().message),
                    step.id);
    }
    if (m_observer)
        m_observer(js);
    logLine(LogLevel::Info, tr("Step started: %1").arg(step.title));

    Status s = step.run ? step.run(run) : Status();
    if (s && step.verify)
        s = step.verify(run);
    js.finished = QDateTime::currentDateTimeUtc();
    if (!s) {
        const bool cancelled = s.error().kind == Error::Kind::Cancelled || job.isCancelled();
        js.state = cancelled ? JournalStep::State::Cancelled : JournalStep::State::Failed;
        js.message = s.error().message;
        if (!s.error().detail.isEmpty())
            js.log.append(Redactor::redact(s.error().detail));
        changed(js);
        logLine(LogLevel::Warning, (cancelled ? tr("Step cancelled: %1: %2") : tr("Step failed: %1: %2"))
                                       .arg(step.title, s.error().message));
        EngineResult failed =
            stop(cancelled ? RestoreJournal::Outcome::Cancelled : RestoreJournal::Outcome::Failed,
                 cancelled ? tr("'%1' was cancelled while it ran.").arg(step.title)
                           : tr("'%1' failed: %2").arg(step.title, s.error().message),
                 step.id);
        if (!cancelled)
            failed.toAccept = toAccept;
        return failed;
    }
    js.state = JournalStep::State::Done;
    changed(js);
    logLine(LogLevel::Info, tr("Step done: %1").arg(step.title));
    EngineResult r;
    r.outcome = RestoreJournal::Outcome::Completed;
    return r;
}

} // namespace aks
