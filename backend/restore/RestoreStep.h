#pragma once

#include "core/Result.h"
#include "jobs/JobContext.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace aks {

// What a destructive step destroys and the name the admin must type to let it go on.
struct Confirmation {
    QString name;
    QString destroys;
    // What is destroyed and not brought back by the plan (live clusters it does not recreate):
    // each must be acknowledged by name as well.
    QStringList unrecovered;
    // Set when the diagnosis found expired certificates or tokens: the documented repair (its
    // script lines) comes first, and going on needs the admin's word that it did not help.
    QStringList repairFirst;
    QString diagnosis; // what the diagnosis found, one line per finding
};

// Differences a step found that the admin may accept explicitly instead of repairing them (the
// rebuilt deployment against its snapshot). The digest names exactly this list: an acceptance given
// for one list never covers another.
struct Acceptance {
    QString digest;
    QStringList items;

    static Acceptance of(QStringList items);
};

// What a step's run and verify see: the job (cancel, progress) and where to say what happened.
class StepRun {
public:
    using LineFn = std::function<void(const QString&)>;
    struct Hooks {
        LineFn log;
        LineFn warn;
        LineFn acknowledge;                                 // recorded in the journal and the report
        std::function<bool(const QString&)> accepted;       // whether the admin accepted this digest
        std::function<void(const Acceptance&)> askToAccept; // what the run asks the admin to accept
    };
    StepRun(const JobContext& job, Hooks hooks) : m_job(job), m_hooks(std::move(hooks)) {}

    const JobContext& job() const { return m_job; }
    const CancelToken& cancel() const { return m_job.cancelToken(); }
    void log(const QString& line) const { m_hooks.log(line); }
    void warn(const QString& line) const { m_hooks.warn(line); }
    void acknowledge(const QString& line) const {
        if (m_hooks.acknowledge)
            m_hooks.acknowledge(line);
    }
    bool accepted(const QString& digest) const { return m_hooks.accepted && m_hooks.accepted(digest); }
    void askToAccept(const Acceptance& a) const {
        if (m_hooks.askToAccept)
            m_hooks.askToAccept(a);
    }

private:
    const JobContext& m_job;
    Hooks m_hooks;
};

// One step of a recovery: the commands it would run (what a dry run prints), whether it already
// happened (so a resumed run never repeats it), how to run it and how to verify it worked.
struct RestoreStep {
    QString id; // stable across runs: the journal's key
    QString title;
    QString description;
    QString cluster; // empty: the deployment as a whole
    QStringList commands;
    // A read-only check with no effect on the host (the replayability gate): a dry run runs it too,
    // so the preview says whether the real run would stop there.
    bool runsInDryRun = false;
    // Set for steps that may destroy something; tells the dry run what.
    QString mayDestroy;

    // Live decision before the step runs: nullopt means nothing is destroyed this time.
    std::function<Result<std::optional<Confirmation>>(const StepRun&)> confirmation;
    // Whether the step's effect is already there (a step interrupted by a crash). Null: never.
    std::function<Result<bool>(const StepRun&)> check;
    std::function<Status(const StepRun&)> run;
    std::function<Status(const StepRun&)> verify;
};

} // namespace aks
