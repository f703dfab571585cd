#pragma once

#include "RestoreJournal.h"
#include "RestoreStep.h"
#include "jobs/JobContext.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <optional>
#include <vector>

namespace aks {

// How a run ended; for NeedsConfirmation, `confirmation` says which name to type and what goes.
struct EngineResult {
    RestoreJournal::Outcome outcome = RestoreJournal::Outcome::Running;
    QString message;
    QString stepId;
    Confirmation confirmation;
    bool warnings = false;
    // Set when the failed step found differences the admin may accept instead of repairing.
    std::optional<Acceptance> toAccept;
};

// Walks the steps in order, writing the journal after every change. A finished step is never run
// again; one that was interrupted is checked before it is retried; a destructive step stops the run
// unless its name was confirmed; a dry run only prints the commands.
class RestoreEngine {
    Q_DECLARE_TR_FUNCTIONS(RestoreEngine)
public:
    using StepObserver = std::function<void(const JournalStep&)>;

    RestoreEngine(std::vector<RestoreStep> steps, RestoreJournal& journal);

    void setDryRun(bool on) { m_dryRun = on; }
    void setConfirmedNames(const QSet<QString>& names) { m_confirmed = names; }
    // Live clusters the admin accepted to lose: a destroyed cluster the plan does not recreate.
    void setAcknowledgedLosses(const QSet<QString>& clusters) { m_acknowledged = clusters; }
    // The admin ran the documented certificate repair and it did not help: a destructive step that
    // the diagnosis ties to expired certificates may go on (recorded in the journal).
    void setRepairDidNotHelp(bool on) { m_repairDidNotHelp = on; }
    // Digests of difference lists the admin accepted (Acceptance::digest), each recorded in the
    // journal by the step that finds it.
    void setAcceptedDifferences(const QSet<QString>& digests) { m_accepted = digests; }
    void setObserver(StepObserver observer) { m_observer = std::move(observer); }
    // Ends the run (outcome Running) once this step is done: the wizard's Rebuild page stops there.
    void setStopAfter(const QString& stepId) { m_stopAfter = stepId; }

    const std::vector<RestoreStep>& steps() const { return m_steps; }
    EngineResult run(const JobContext& job);

private:
    EngineResult runStep(const RestoreStep& step, JournalStep& js, const JobContext& job);
    // A dry run's read-only check: run for real, nothing written.
    std::optional<EngineResult> dryRunCheck(const RestoreStep& step, const JobContext& job);
    EngineResult stop(RestoreJournal::Outcome outcome, const QString& message, const QString& stepId);
    // Writes the step and its exact commands (secrets masked) to the job's output.
    static void announce(const RestoreStep& step, const JobContext& job);
    EngineResult stoppedAsAsked(const RestoreStep& step, int index, const JobContext& job);
    // Whether the step may go on past its confirmation; records what the admin confirmed.
    std::optional<EngineResult> confirm(const RestoreStep& step, JournalStep& js, const StepRun& run);
    void changed(const JournalStep& js);

    std::vector<RestoreStep> m_steps;
    RestoreJournal& m_journal;
    bool m_dryRun = false;
    QSet<QString> m_confirmed;
    QSet<QString> m_acknowledged;
    bool m_repairDidNotHelp = false;
    QSet<QString> m_accepted;
    StepObserver m_observer;
    QString m_saveError;
    QString m_stopAfter;
};

} // namespace aks
