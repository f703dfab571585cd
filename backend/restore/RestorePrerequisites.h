#pragma once

#include "RecoveryTarget.h"
#include "RestorePlan.h"
#include "jobs/JobContext.h"

#include <QCoreApplication>
#include <QList>

namespace aks {

// One live check before a recovery, with how to fix it when it fails.
struct Prerequisite {
    enum class State { Pass, Warn, Fail };
    QString name;
    State state = State::Fail;
    QString detail;
    QString fix;
};

// The checks the issue lists, run against the target: the snapshot (corruption) or the standby
// clusters (new site), the storage, a Completed backup inside the RPO that passes verify, empty
// targets, Velero installed or installable, and the ReadOnly location caveat.
class RestorePrerequisites {
    Q_DECLARE_TR_FUNCTIONS(RestorePrerequisites)
public:
    static QList<Prerequisite> check(const RestorePlan& plan, RecoveryTarget& target, const JobContext& job);
    static bool allPass(const QList<Prerequisite>& list);
    // What to do about a backup that fails a check: pick the newer one when there is one; when it is
    // already the newest, another pick would be older, so a new backup is the way out.
    static QString otherBackupAdvice(const QString& cluster, const BackupFacts& facts, bool restorable);
};

} // namespace aks
