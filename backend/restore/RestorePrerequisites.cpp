#include "RestorePrerequisites.h"

#include "SystemNamespaces.h"
#include "VeleroVersionPairing.h"

#include <optional>

namespace aks {

QList<Prerequisite> RestorePrerequisites::check(const RestorePlan& plan, RecoveryTarget& t,
                                                const JobContext& job) {
    QList<Prerequisite> out;
    const CancelToken& cancel = job.cancelToken();
    const auto add = [&](QString name, Prerequisite::State st, QString detail, QString fix = {}) {
        out.append(Prerequisite{std::move(name), st, std::move(detail), std::move(fix)});
    };
    const bool corruption = plan.scenario == RestorePlan::Scenario::Corruption;
    if (corruption) {
        auto s = t.snapshotUsable();
        add(tr("Configuration snapshot"), s ? Prerequisite::State::Pass : Prerequisite::State::Fail,
            s ? tr("%1 describes every cluster to recreate.").arg(plan.snapshotDir) : s.error().message,
            tr("Pick the snapshot exported before the corruption (Snapshots page) in the plan."));
    }
    int index = 0;
    for (const ClusterRestorePlan& c : plan.clusters) {
        if (job.isCancelled())
            break;
        job.setProgress(index++, int(plan.clusters.size()), c.cluster);
        if (!corruption) {
            auto exists = t.clusterExists(c.cluster, cancel);
            const bool ok = exists && *exists;
            add(tr("Standby cluster %1").arg(c.cluster),
                ok ? Prerequisite::State::Pass : Prerequisite::State::Fail,
                !exists ? exists.error().message : (ok ? tr("exists") : tr("does not exist")),
                tr("Create an empty workload cluster %1 with the lost cluster's shape (New-AksHciCluster), "
                   "or use "
                   "the corruption scenario.")
                    .arg(c.cluster));
            if (ok) {
                auto ns = t.namespaces(c.cluster, cancel);
                const QStringList user = ns ? SystemNamespaces::userNamespaces(*ns) : QStringList();
                add(tr("%1 is empty").arg(c.cluster),
                    !ns ? Prerequisite::State::Fail
                        : (user.isEmpty() ? Prerequisite::State::Pass : Prerequisite::State::Warn),
                    !ns ? ns.error().message
                        : (user.isEmpty()
                               ? tr("only system namespaces")
                               : tr("holds namespaces %1; restoring into it needs the cluster's name typed")
                                     .arg(user.join(QStringLiteral(", ")))),
                    tr("Restore into an empty cluster, or confirm by typing %1 when asked.").arg(c.cluster));
                auto velero = t.veleroInstalled(c.cluster, cancel);
                const bool installed = velero && *velero;
                add(tr("Velero on %1").arg(c.cluster),
                    installed || (velero && c.velero.problems(c.cluster).isEmpty())
                        ? Prerequisite::State::Pass
                        : Prerequisite::State::Fail,
                    !velero ? velero.error().message
                            : (installed ? tr("installed") : tr("not installed; will be installed")),
                    tr("Install Velero pointing at the backup storage, or give the plan Velero's bucket and "
                       "plugin."));
                if (velero) {
                    auto v = t.veleroVersions(c.cluster, c.backup, cancel);
                    const std::optional<VersionVerdict> verdict =
                        v ? std::optional(VeleroVersionPairing::judge(*v, c.cluster, c.backup))
                          : std::nullopt;
                    add(tr("Velero versions for %1").arg(c.cluster),
                        !verdict || verdict->refusal  ? Prerequisite::State::Fail
                        : verdict->warnings.isEmpty() ? Prerequisite::State::Pass
                                                      : Prerequisite::State::Warn,
                        !v                            ? v.error().message
                        : verdict->refusal            ? verdict->refusal->message
                        : verdict->warnings.isEmpty() ? verdict->summary
                                                      : verdict->warnings.join(QLatin1Char(' ')),
                        tr("Use a velero CLI (and server) of the release that made the backup or newer, "
                           "client and server of the same major.minor."));
                }
                if (installed) {
                    auto bsl = t.backupLocation(c.cluster, c.backup, cancel);
                    if (bsl && bsl->accessMode == QLatin1String("ReadOnly"))
                        add(tr("Backup location on %1").arg(c.cluster), Prerequisite::State::Warn,
                            tr("ReadOnly: a file-system (restic/kopia) volume restore from a ReadOnly "
                               "location can "
                               "fail with \"cannot create new backup repo\" (velero issue 9626)."),
                            tr("Switch the location to ReadWrite for the restore if volumes must come "
                               "back."));
                }
            }
        }
        auto facts = t.backupFacts(c.cluster, c.backup, cancel);
        add(tr("Backup storage of %1").arg(c.cluster),
            facts ? Prerequisite::State::Pass : Prerequisite::State::Fail,
            facts ? tr("reachable: %1").arg(plan.storeFor(c)) : facts.error().message,
            tr("Check the storage address and its credentials (keychain or credentials file)."));
        if (!facts)
            continue;
        const qint64 ageHours =
            facts->completed.isValid() ? facts->completed.secsTo(QDateTime::currentDateTimeUtc()) / 3600 : -1;
        // A PartiallyFailed backup counts only with the plan's explicit override, and is then a warning.
        const bool partial = facts->phase == QLatin1String("PartiallyFailed") && c.allowPartiallyFailed;
        const bool completed = facts->phase == QLatin1String("Completed") || partial;
        const bool inRpo = ageHours >= 0 && ageHours <= plan.rpoHours;
        Status verified = completed ? t.verifyBackup(c.cluster, c.backup, cancel) : Status();
        const bool ok = completed && inRpo && verified.ok() && !partial;
        QString detail;
        if (!completed)
            detail = tr("phase %1, not Completed").arg(facts->phase);
        else if (!verified)
            detail = tr("fails verify: %1").arg(verified.error().message);
        else if (!inRpo)
            detail = ageHours < 0
                         ? tr("no completion time recorded")
                         : tr("%1 hours old, outside the RPO of %2 hours").arg(ageHours).arg(plan.rpoHours);
        else if (partial)
            detail = tr("PartiallyFailed %1 hours ago, verified; restored by the plan's explicit override")
                         .arg(ageHours);
        else
            detail = tr("Completed %1 hours ago, verified").arg(ageHours);
        add(tr("Backup %1 of %2").arg(c.backup, c.cluster),
            ok ? Prerequisite::State::Pass
               : (completed && verified.ok() ? Prerequisite::State::Warn : Prerequisite::State::Fail),
            detail, otherBackupAdvice(c.cluster, *facts, completed && verified.ok()));
    }
    job.setProgress(index, int(plan.clusters.size()));
    return out;
}

QString RestorePrerequisites::otherBackupAdvice(const QString& cluster, const BackupFacts& facts,
                                                bool restorable) {
    if (facts.newerBackup.isEmpty() && restorable)
        return tr("This is already the newest Completed backup of %1: no newer one to pick. Take a new "
                  "backup of %1 if it still runs, or go on with this one (the report says it is outside "
                  "the RPO).")
            .arg(cluster);
    if (facts.newerBackup.isEmpty())
        return tr("No Completed backup of %1 is newer than this one. Take a new backup of %1 if it still "
                  "runs, or pick an older backup in the plan (look inside it first).")
            .arg(cluster);
    return tr("Pick the newer backup %2 of %1 in the plan (look inside it first).")
        .arg(cluster, facts.newerBackup);
}

bool RestorePrerequisites::allPass(const QList<Prerequisite>& list) {
    for (const Prerequisite& p : list)
        if (p.state == Prerequisite::State::Fail)
            return false;
    return true;
}

} // namespace aks
