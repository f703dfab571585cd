#pragma once

#include "RestorePlan.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace aks {

// One step's outcome as the journal keeps it.
struct JournalStep {
    enum class State { Pending, Running, Done, Failed, Cancelled };

    QString id;
    QString title;
    QString cluster;
    State state = State::Pending;
    QDateTime started;
    QDateTime finished;
    int attempts = 0;
    QString message;
    QStringList commands;
    QStringList log;
    QStringList warnings;
    // What the admin confirmed before the step ran (typed names, destroyed clusters acknowledged).
    QStringList acknowledged;

    // A step that began but did not end cleanly: check its effect before running it again.
    bool interrupted() const {
        return state == State::Running || state == State::Failed || state == State::Cancelled;
    }
    static QString stateKey(State s);
};

// The recovery's state on disk, rewritten atomically after every step: a crash leaves either the
// old or the new file, never half of one. A resumed run reads it to skip finished steps.
class RestoreJournal {
    Q_DECLARE_TR_FUNCTIONS(RestoreJournal)
public:
    enum class Outcome { Running, Completed, Failed, Cancelled, NeedsConfirmation };

    RestoreJournal() = default;
    RestoreJournal(RestorePlan plan, QString path);

    static QString pathFor(const QString& planId); // in AppPaths::journalDir()
    static Result<RestoreJournal> load(const QString& path);
    // Every recovery this machine ran or began, newest first; journals that do not load are left out.
    static QList<RestoreJournal> all();
    // Journals of runs that did not complete, newest first, for "resume where it stopped"; a run
    // that an edited plan replaced, or that a later completed recovery of its deployment made moot,
    // is history rather than unfinished.
    static QList<RestoreJournal> unfinished();
    static QList<RestoreJournal> unfinishedOf(QList<RestoreJournal> all);
    enum class Standing { Finished, Open, Replaced, Overtaken };
    // Where this journal stands among `all` (every journal, any order).
    Standing standing(const QList<RestoreJournal>& all) const;
    // The HTML report the wizard wrote beside this journal; empty when there is none.
    QString reportPath() const;

    Status save();

    const RestorePlan& plan() const { return m_plan; }
    // The digest of the plan this journal runs, recorded when it began; empty in old journals.
    QString planDigest() const { return m_planDigest; }
    // Whether this journal may go on with `plan`: it must record a digest, its own plan must still
    // match it, and `plan` must be that very plan. BadInput names what changed; Corrupt means the
    // journal itself cannot be trusted (too old to record a digest, or edited).
    Status bindsTo(const RestorePlan& plan) const;
    // The journal of `plan` when one exists and binds to it; nullopt when the plan never ran.
    static Result<std::optional<RestoreJournal>> existingFor(const RestorePlan& plan);
    QString path() const { return m_path; }
    // The id of the edited plan that took this recovery's place; empty while it is the current one.
    QString replacedBy() const { return m_replacedBy; }
    void setReplacedBy(const QString& planId) { m_replacedBy = planId; }
    Outcome outcome() const { return m_outcome; }
    void setOutcome(Outcome o, const QString& message = {});
    QString outcomeMessage() const { return m_outcomeMessage; }
    static QString outcomeKey(Outcome o);
    // The outcome in words, for people (the key above is for files).
    static QString outcomeText(Outcome o);
    QDateTime updated() const { return m_updated; }

    QList<JournalStep>& steps() { return m_steps; }
    const QList<JournalStep>& steps() const { return m_steps; }
    JournalStep& ensureStep(const QString& id, const QString& title, const QString& cluster,
                            const QStringList& commands);
    const JournalStep* step(const QString& id) const;

private:
    RestorePlan m_plan;
    QString m_planDigest;
    QString m_path;
    QString m_replacedBy;
    Outcome m_outcome = Outcome::Running;
    QString m_outcomeMessage;
    QDateTime m_updated;
    QList<JournalStep> m_steps;
};

} // namespace aks
