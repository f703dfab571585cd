#include "RestoreStepsBuilder.h"

#include "RestorePrerequisites.h"
#include "SystemNamespaces.h"
#include "VeleroVersionPairing.h"
#include "velero/VeleroClient.h"

#include <QElapsedTimer>

namespace aks {
namespace {

using std::chrono::milliseconds;

Error cancelled() {
    return Error::make(Error::Kind::Cancelled, RestoreStepsBuilder::tr("Cancelled."));
}

QString quoteIfNeeded(const QString& a) {
    return a.contains(QLatin1Char(' ')) ? QStringLiteral("'%1'").arg(a) : a;
}

QString commandLine(const QString& program, const QStringList& args) {
    QStringList parts{program};
    for (const QString& a : args)
        parts << quoteIfNeeded(a);
    return parts.join(QLatin1Char(' '));
}

// Diagnose before destroy: an expired certificate makes a live deployment look lost, and the
// documented repair brings it back without Uninstall-AksHci (akshci.md §7).
void addDiagnose(std::vector<RestoreStep>& steps, RecoveryTarget& t) {
    RestoreStep s;
    s.id = QStringLiteral("diagnose");
    s.title = RestoreStepsBuilder::tr("Diagnose the deployment before anything is removed");
    s.description = RestoreStepsBuilder::tr(
        "Expired certificates or tokens make a healthy management cluster look lost; one documented "
        "repair brings it back. Nothing is removed while the diagnosis points there.");
    s.commands = {QStringLiteral("Get-AksHciConfig"), QStringLiteral("Get-AksHciVersion"),
                  QStringLiteral("Get-AksHciCluster"), QStringLiteral("Get-AksHciCredential")};
    s.run = [&t](const StepRun& r) -> Status {
        auto report = t.diagnose(r.cancel());
        if (!report) {
            r.log(RestoreStepsBuilder::tr("No diagnosis: %1").arg(report.error().message));
            return {};
        }
        for (const HealthFinding& f : report->sortedFindings())
            if (f.urgency > HealthFinding::Urgency::Ok)
                r.log(QStringLiteral("%1 %2%3").arg(
                    HealthFinding::urgencyText(f.urgency),
                    f.subject.isEmpty() ? QString() : f.subject + QStringLiteral(": "), f.message));
        if (report->expiryFound()) {
            QStringList scripts;
            for (const HealthRepair& rep : report->expiryRepairs())
                scripts << scriptText(rep.script);
            r.warn(RestoreStepsBuilder::tr(
                       "The symptoms fit expired certificates or tokens. Run the documented repair first "
                       "(%1); the uninstall will not run until the repair was tried and did not help.")
                       .arg(scripts.join(QStringLiteral("; "))));
        } else {
            r.log(RestoreStepsBuilder::tr("No expired certificate or token found."));
        }
        return {};
    };
    steps.push_back(std::move(s));
}

// What the diagnosis adds to the uninstall's confirmation when it found expiry.
void addDiagnosisTo(Confirmation& c, const HealthReport& report) {
    if (!report.expiryFound())
        return;
    for (const HealthRepair& rep : report.expiryRepairs())
        c.repairFirst << scriptText(rep.script);
    QStringList found;
    for (const HealthFinding& f : report.sortedFindings())
        if (f.isExpiry())
            found << (f.subject.isEmpty() ? f.message : f.subject + QStringLiteral(": ") + f.message);
    c.diagnosis = found.join(QLatin1Char(' '));
}

void addVerifyBackup(std::vector<RestoreStep>& steps, const ClusterRestorePlan& c, RecoveryTarget& t,
                     int rpoHours) {
    RestoreStep s;
    s.id = RestoreStepsBuilder::verifyStepId(c);
    s.cluster = c.cluster;
    s.title = RestoreStepsBuilder::tr("Verify backup %1 of %2").arg(c.backup, c.cluster);
    s.description =
        RestoreStepsBuilder::tr("Reads the backup from the storage and checks every artifact, the "
                                "tarball, the resource list and that its phase is Completed (or "
                                "PartiallyFailed, when the plan explicitly allows it).");
    s.commands = {RestoreStepsBuilder::tr("(read the backup store) verify backups/%1").arg(c.backup)};
    s.run = [&t, c, rpoHours](const StepRun& r) -> Status {
        // Velero's own restore-from-schedule skips PartiallyFailed backups unless told otherwise
        // (--allow-partially-failed): a backup that lost items is restored only on an explicit override.
        auto stored = t.backupFacts(c.cluster, c.backup, r.cancel());
        if (!stored)
            return stored.error();
        if (stored->phase == QLatin1String("PartiallyFailed")) {
            if (!c.allowPartiallyFailed)
                return Error::make(
                    Error::Kind::BadInput,
                    RestoreStepsBuilder::tr("The backup %1 of %2 is PartiallyFailed: some of its items were "
                                            "not backed up. It is not restored unless the plan allows it "
                                            "(plan page: \"Restore a PartiallyFailed backup\", or "
                                            "--velero-allow-partially-failed). Pick another backup, or "
                                            "allow it after looking inside it.")
                        .arg(c.backup, c.cluster));
            r.warn(
                RestoreStepsBuilder::tr("The backup %1 is PartiallyFailed; it is restored because the plan "
                                        "explicitly allows it. Items that failed during the backup are "
                                        "not in it.")
                    .arg(c.backup));
            r.acknowledge(RestoreStepsBuilder::tr("PartiallyFailed backup %1 of %2 restored by the plan's "
                                                  "explicit override (allowPartiallyFailed).")
                              .arg(c.backup, c.cluster));
        }
        auto v = t.verifyBackup(c.cluster, c.backup, r.cancel());
        // The facts say whether a newer backup exists (what to advise) and how old this one is.
        auto facts = t.backupFacts(c.cluster, c.backup, r.cancel());
        if (!v) {
            QString message =
                RestoreStepsBuilder::tr("The backup %1 of %2 failed verification and will not be "
                                        "restored: %3")
                    .arg(c.backup, c.cluster, v.error().message);
            if (facts)
                message +=
                    QLatin1Char(' ') + RestorePrerequisites::otherBackupAdvice(c.cluster, *facts, false);
            return Error::make(v.error().kind, message, v.error().detail);
        }
        r.log(RestoreStepsBuilder::tr("Backup %1 verified: velero-backup.json readable and Completed, the "
                                      "tarball complete and readable as Velero reads it, the resource list "
                                      "matching the tarball, every other artifact readable.")
                  .arg(c.backup));
        if (!facts) {
            r.warn(RestoreStepsBuilder::tr("The age of backup %1 could not be read, so whether it is within "
                                           "the RPO is unknown: %2")
                       .arg(c.backup, facts.error().message));
            return {};
        }
        const qint64 ageHours =
            facts->completed.isValid() ? facts->completed.secsTo(QDateTime::currentDateTimeUtc()) / 3600 : -1;
        if (ageHours < 0)
            r.warn(RestoreStepsBuilder::tr("Backup %1 of %2 has no completion time: whether it is within the "
                                           "RPO of %3 hours is unknown.")
                       .arg(c.backup, c.cluster)
                       .arg(rpoHours));
        else if (ageHours > rpoHours)
            r.warn(RestoreStepsBuilder::tr("%2 is restored from a backup outside the RPO: %1 completed %3 "
                                           "hours ago, the RPO is %4 hours. Changes made after it are lost.")
                       .arg(c.backup, c.cluster)
                       .arg(ageHours)
                       .arg(rpoHours));
        else
            r.log(RestoreStepsBuilder::tr("Backup %1 completed %2 hours ago, within the RPO of %3 hours.")
                      .arg(c.backup)
                      .arg(ageHours)
                      .arg(rpoHours));
        return {};
    };
    steps.push_back(std::move(s));
}

// Before Velero is installed: the server `velero install` deploys (or the one already running) must
// be able to read the backup.
void addVersionCheck(std::vector<RestoreStep>& steps, const ClusterRestorePlan& c, RecoveryTarget& t) {
    RestoreStep s;
    s.id = QStringLiteral("check-versions/%1/%2").arg(c.cluster, c.backup);
    s.cluster = c.cluster;
    s.title =
        RestoreStepsBuilder::tr("Check that Velero's versions can restore %1 on %2").arg(c.backup, c.cluster);
    s.description = RestoreStepsBuilder::tr(
        "Compares the velero CLI, the Velero server already running on the cluster (if any) and the "
        "release the backup's metadata shows it was made with.");
    s.commands = {
        commandLine(QStringLiteral("velero"), {QStringLiteral("version")}),
        RestoreStepsBuilder::tr("(read the backup store) backups/%1/velero-backup.json").arg(c.backup)};
    s.run = [&t, c](const StepRun& r) -> Status {
        auto v = t.veleroVersions(c.cluster, c.backup, r.cancel());
        if (!v)
            return v.error();
        const VersionVerdict verdict = VeleroVersionPairing::judge(*v, c.cluster, c.backup);
        r.log(verdict.summary);
        for (const QString& w : verdict.warnings)
            r.warn(w);
        if (verdict.refusal)
            return *verdict.refusal;
        return {};
    };
    steps.push_back(std::move(s));
}

// Velero's images are Linux images: on a cluster with Windows node pools its pods must be kept off them.
void addPinToLinux(std::vector<RestoreStep>& steps, const ClusterRestorePlan& c, RecoveryTarget& t) {
    RestoreStep s;
    s.id = QStringLiteral("pin-linux/%1").arg(c.cluster);
    s.cluster = c.cluster;
    s.title = RestoreStepsBuilder::tr("Keep Velero on the Linux nodes of %1").arg(c.cluster);
    s.description = RestoreStepsBuilder::tr(
        "When the cluster has Windows nodes, Velero's Deployment and node agent DaemonSet get the node "
        "selector kubernetes.io/os=linux, so no Velero pod waits forever on a Windows node.");
    s.commands = t.pinVeleroCommands(c.cluster);
    s.run = [&t, c](const StepRun& r) -> Status {
        auto ready = t.clusterReadiness(c.cluster, r.cancel());
        if (!ready)
            return ready.error();
        if (ready->windowsNodes.isEmpty()) {
            r.log(RestoreStepsBuilder::tr("%1 has no Windows nodes; Velero needs no node selector.")
                      .arg(c.cluster));
            return {};
        }
        r.log(RestoreStepsBuilder::tr("%1 has Windows nodes (%2): Velero is pinned to the Linux nodes.")
                  .arg(c.cluster, ready->windowsNodes.join(QStringLiteral(", "))));
        return t.pinVeleroToLinux(c.cluster, r.cancel());
    };
    steps.push_back(std::move(s));
}

// A restore needs every node Ready (restored pods and volumes land on them) and, for file-system volume
// data, the node agent running on each node: as `kubectl rollout status daemonset` waits.
void addWaitReady(std::vector<RestoreStep>& steps, const ClusterRestorePlan& c, RecoveryTarget& t,
                  const StepTimings& timings) {
    RestoreStep s;
    s.id = QStringLiteral("wait-ready/%1").arg(c.cluster);
    s.cluster = c.cluster;
    s.title = RestoreStepsBuilder::tr("Wait for the nodes of %1 and Velero's pods").arg(c.cluster);
    s.description = RestoreStepsBuilder::tr(
        "Waits until every node is Ready, the velero Deployment is available and the node agent "
        "DaemonSet is rolled out on every node it is scheduled to.");
    s.commands = {QStringLiteral("kubectl get nodes -o json"),
                  QStringLiteral("kubectl get daemonsets -n velero -o json"),
                  QStringLiteral("kubectl get deployments -n velero -o json")};
    s.run = [&t, c, timings](const StepRun& r) -> Status {
        QElapsedTimer waited;
        waited.start();
        QString last;
        for (;;) {
            auto st = t.clusterReadiness(c.cluster, r.cancel());
            if (!st)
                return st.error();
            QStringList parts;
            parts << RestoreStepsBuilder::tr("%1 of %2 nodes Ready")
                         .arg(st->nodes.size() - st->notReadyNodes.size())
                         .arg(st->nodes.size());
            if (!st->notReadyNodes.isEmpty())
                parts << RestoreStepsBuilder::tr("not Ready: %1")
                             .arg(st->notReadyNodes.join(QStringLiteral(", ")));
            parts << (st->veleroAvailable ? RestoreStepsBuilder::tr("velero available")
                                          : RestoreStepsBuilder::tr("velero not available"));
            if (!st->nodeAgent.isEmpty())
                parts << RestoreStepsBuilder::tr("DaemonSet %1: %2 of %3 available, %4 updated")
                             .arg(st->nodeAgent)
                             .arg(st->nodeAgentAvailable)
                             .arg(st->nodeAgentDesired)
                             .arg(st->nodeAgentUpdated);
            const QString now = parts.join(QStringLiteral(", "));
            if (now != last)
                r.log(now);
            last = now;
            if (st->ready())
                return {};
            if (waited.elapsed() > timings.readyTimeout.count())
                return Error::make(Error::Kind::Timeout,
                                   RestoreStepsBuilder::tr("%1 was not ready for a restore within %2 s (%3). "
                                                           "Check `kubectl get nodes` and `kubectl -n velero "
                                                           "get pods -o wide`.")
                                       .arg(c.cluster)
                                       .arg(timings.readyTimeout.count() / 1000)
                                       .arg(now));
            if (!r.cancel().sleepUnlessCancelled(timings.poll))
                return cancelled();
        }
    };
    steps.push_back(std::move(s));
}

QString describeMissing(const MissingStorage& m) {
    const QString claims = m.claims.join(QStringLiteral(", "));
    switch (m.kind) {
    case MissingStorage::Kind::StorageClass:
        return RestoreStepsBuilder::tr("storage class %1 (claims %2)").arg(m.name, claims);
    case MissingStorage::Kind::DefaultStorageClass:
        return RestoreStepsBuilder::tr("a default storage class (claims %1 name none)").arg(claims);
    case MissingStorage::Kind::CsiDriver:
        return RestoreStepsBuilder::tr("CSI driver %1 (the volumes of claims %2)").arg(m.name, claims);
    }
    return {};
}

void addStorageCheck(std::vector<RestoreStep>& steps, const ClusterRestorePlan& c, RecoveryTarget& t) {
    RestoreStep s;
    s.id = QStringLiteral("check-storage/%1/%2").arg(c.cluster, c.backup);
    s.cluster = c.cluster;
    s.title = RestoreStepsBuilder::tr("Check the storage classes %1 needs on %2").arg(c.backup, c.cluster);
    s.description = RestoreStepsBuilder::tr(
        "Every storage class and CSI driver the backup's restored volume claims use must exist in the "
        "cluster; otherwise the claims stay Pending and their data is not restored.");
    s.commands = {RestoreStepsBuilder::tr("(read the backup store) backups/%1/%1.tar.gz").arg(c.backup),
                  QStringLiteral("kubectl get storageclasses -o json"),
                  QStringLiteral("kubectl get csidrivers -o json")};
    s.run = [&t, c](const StepRun& r) -> Status {
        auto missing = t.missingStorage(c, r.cancel());
        if (!missing)
            return missing.error();
        if (!missing->isEmpty()) {
            QStringList what;
            for (const MissingStorage& m : *missing)
                what << describeMissing(m);
            return Error::make(Error::Kind::NotFound,
                               RestoreStepsBuilder::tr("%1 lacks what backup %2 needs: %3. Configure the "
                                                       "storage (CSI driver and storage class, akshci.md §2 "
                                                       "step 4) before restoring.")
                                   .arg(c.cluster, c.backup, what.join(QStringLiteral("; "))));
        }
        r.log(RestoreStepsBuilder::tr("Every storage class and CSI driver backup %1 needs is in %2.")
                  .arg(c.backup, c.cluster));
        return {};
    };
    steps.push_back(std::move(s));
}

void addRestoreSteps(std::vector<RestoreStep>& steps, const ClusterRestorePlan& c, RecoveryTarget& t,
                     const StepTimings& timings) {
    addVersionCheck(steps, c, t);
    {
        RestoreStep s;
        s.id = QStringLiteral("install-velero/%1").arg(c.cluster);
        s.cluster = c.cluster;
        s.title = RestoreStepsBuilder::tr("Install Velero on %1").arg(c.cluster);
        s.description =
            RestoreStepsBuilder::tr("Installs Velero where it is missing, pointing at the same backup "
                                    "storage with the same credentials.");
        s.commands = t.installVeleroCommands(c.cluster);
        s.check = [&t, c](const StepRun& r) { return t.veleroInstalled(c.cluster, r.cancel()); };
        s.run = [&t, c](const StepRun& r) -> Status {
            auto installed = t.veleroInstalled(c.cluster, r.cancel());
            if (!installed)
                return installed.error();
            if (*installed) {
                r.log(RestoreStepsBuilder::tr("Velero is already installed on %1.").arg(c.cluster));
                return {};
            }
            // Before any sync: a ReadWrite location lets Velero delete expired backups from the store.
            auto choice = t.locationChoice(c.cluster, r.cancel());
            if (!choice)
                return choice.error();
            r.log(choice->why);
            if (!choice->readOnly && choice->chosenExpires)
                return Error::make(
                    Error::Kind::BadInput,
                    RestoreStepsBuilder::tr(
                        "The backup %1 is past its expiry (or reaches it within a day), and "
                        "its file-system volume data needs a ReadWrite location, where Velero's "
                        "garbage collector would delete it during the restore. Restore %2 "
                        "without volumes (ReadOnly location), or raise the backup's expiration "
                        "in the store first.")
                        .arg(c.backup, c.cluster));
            if (!choice->readOnly && !choice->expiring.isEmpty())
                return Error::make(Error::Kind::BadInput,
                                   RestoreStepsBuilder::tr(
                                       "The backups %1 of %2 are past their expiry (or reach it within a "
                                       "day); the ReadWrite location a volume restore needs would let Velero "
                                       "delete them from the store. Copy them aside or raise their "
                                       "expiration, or restore %2 without volumes (ReadOnly location).")
                                       .arg(choice->expiring.join(QStringLiteral(", ")), c.cluster));
            return t.installVelero(c.cluster, r.cancel());
        };
        s.verify = [&t, c](const StepRun& r) -> Status {
            auto installed = t.veleroInstalled(c.cluster, r.cancel());
            if (!installed)
                return installed.error();
            if (!*installed)
                return Error::make(
                    Error::Kind::Generic,
                    RestoreStepsBuilder::tr("Velero is still not installed on %1 after the install.")
                        .arg(c.cluster));
            return {};
        };
        steps.push_back(std::move(s));
    }
    addPinToLinux(steps, c, t);
    addWaitReady(steps, c, t, timings);
    {
        RestoreStep s;
        s.id = QStringLiteral("wait-location/%1/%2").arg(c.cluster, c.backup);
        s.cluster = c.cluster;
        s.title = RestoreStepsBuilder::tr("Wait for the backup location and backup %1 on %2")
                      .arg(c.backup, c.cluster);
        s.description =
            RestoreStepsBuilder::tr("Waits until the backup storage location is Available and the "
                                    "backup has synced into the new Velero install.");
        s.commands = {
            commandLine(QStringLiteral("velero"), {QStringLiteral("backup-location"), QStringLiteral("get"),
                                                   QStringLiteral("-o"), QStringLiteral("json")}),
            commandLine(QStringLiteral("velero"), {QStringLiteral("backup"), QStringLiteral("get"), c.backup,
                                                   QStringLiteral("-o"), QStringLiteral("json")})};
        s.run = [&t, c, timings](const StepRun& r) -> Status {
            QElapsedTimer waited;
            waited.start();
            QString last;
            bool toldReadOnly = false;
            const qint64 timeoutSeconds = timings.locationTimeout.count() / 1000;
            for (;;) {
                auto st = t.backupLocation(c.cluster, c.backup, r.cancel());
                if (!st)
                    return st.error();
                if (st->accessMode == QLatin1String("ReadOnly") && !toldReadOnly) {
                    toldReadOnly = true;
                    r.warn(RestoreStepsBuilder::tr(
                               "The backup location %1 on %2 is ReadOnly. That protects the backups, but a "
                               "file-system (restic/kopia) volume restore from a ReadOnly location can fail "
                               "with \"cannot create new backup repo\" (velero issue 9626). If volumes fail "
                               "to restore, switch the location to ReadWrite for the restore.")
                               .arg(st->name, c.cluster));
                }
                const QString now = RestoreStepsBuilder::tr("location %1: %2, backup %3: %4")
                                        .arg(st->name, st->phase, c.backup,
                                             st->backupSynced ? RestoreStepsBuilder::tr("synced")
                                                              : RestoreStepsBuilder::tr("not synced yet"));
                if (now != last)
                    r.log(now);
                last = now;
                if (st->phase == QLatin1String("Available") && st->backupSynced)
                    return {};
                if (waited.elapsed() > timings.locationTimeout.count())
                    return Error::make(
                        Error::Kind::Timeout,
                        RestoreStepsBuilder::tr("The backup location on %1 did not become Available "
                                                "with backup %2 synced within %3 s (%4). Check the "
                                                "storage credentials and `velero backup-location "
                                                "get`.")
                            .arg(c.cluster, c.backup)
                            .arg(timeoutSeconds)
                            .arg(now));
                if (!r.cancel().sleepUnlessCancelled(timings.poll))
                    return cancelled();
            }
        };
        steps.push_back(std::move(s));
    }
    addStorageCheck(steps, c, t);
    {
        RestoreStep s;
        s.id = QStringLiteral("restore/%1/%2").arg(c.cluster, c.backup);
        s.cluster = c.cluster;
        s.title = RestoreStepsBuilder::tr("Restore %1 from %2").arg(c.cluster, c.backup);
        s.description = RestoreStepsBuilder::tr("Creates the Velero restore %1 from backup %2.")
                            .arg(c.restoreName, c.backup);
        s.commands = {commandLine(QStringLiteral("velero"), RestoreStepsBuilder::restoreCreateArguments(c))};
        s.mayDestroy =
            c.overwritesExisting()
                ? RestoreStepsBuilder::tr("existing resources in %1 are overwritten with the backup's "
                                          "(--existing-resource-policy update)")
                      .arg(c.cluster)
                : RestoreStepsBuilder::tr("if %1 is not empty, its resources are mixed with the backup's")
                      .arg(c.cluster);
        s.confirmation = [&t, c](const StepRun& r) -> Result<std::optional<Confirmation>> {
            auto ns = t.namespaces(c.cluster, r.cancel());
            if (!ns)
                return ns.error();
            const QStringList user = SystemNamespaces::userNamespaces(*ns);
            QStringList what;
            if (!user.isEmpty())
                what << RestoreStepsBuilder::tr(
                            "The cluster %1 is not empty (namespaces %2); the restore mixes "
                            "the backup's resources into them.")
                            .arg(c.cluster, user.join(QStringLiteral(", ")));
            if (c.overwritesExisting())
                what << RestoreStepsBuilder::tr("Existing resources in %1 are overwritten with the backup's "
                                                "(existing-resource policy: update).")
                            .arg(c.cluster);
            if (what.isEmpty())
                return std::optional<Confirmation>();
            return std::optional<Confirmation>(Confirmation{c.cluster, what.join(QLatin1Char(' '))});
        };
        s.check = [&t, c](const StepRun& r) { return t.restoreExists(c.cluster, c.restoreName, r.cancel()); };
        s.run = [&t, c](const StepRun& r) -> Status {
            auto exists = t.restoreExists(c.cluster, c.restoreName, r.cancel());
            if (!exists)
                return exists.error();
            if (*exists) {
                r.log(RestoreStepsBuilder::tr("The restore %1 already exists; not created again.")
                          .arg(c.restoreName));
                return {};
            }
            return t.createRestore(c, r.cancel());
        };
        steps.push_back(std::move(s));
    }
    {
        RestoreStep s;
        s.id = QStringLiteral("wait-restore/%1/%2").arg(c.cluster, c.backup);
        s.cluster = c.cluster;
        s.title = RestoreStepsBuilder::tr("Wait for restore %1").arg(c.restoreName);
        s.description =
            RestoreStepsBuilder::tr("Follows the restore until it ends; a PartiallyFailed restore is "
                                    "reported with its warnings and errors.");
        s.commands = {commandLine(QStringLiteral("velero"),
                                  {QStringLiteral("restore"), QStringLiteral("get"), c.restoreName,
                                   QStringLiteral("-o"), QStringLiteral("json")})};
        s.run = [&t, c, timings](const StepRun& r) -> Status {
            QElapsedTimer waited;
            waited.start();
            QString last;
            for (;;) {
                auto st = t.restoreState(c.cluster, c.restoreName, r.cancel());
                if (!st)
                    return st.error();
                const QString now =
                    RestoreStepsBuilder::tr("%1: %2, %3/%4 items restored, %5 warnings, %6 errors")
                        .arg(c.restoreName, st->phase.isEmpty() ? QStringLiteral("New") : st->phase)
                        .arg(st->itemsRestored)
                        .arg(st->totalItems)
                        .arg(st->warnings)
                        .arg(st->errors);
                if (now != last)
                    r.log(now);
                last = now;
                if (st->finished()) {
                    const auto report = [&](const QMap<QString, QStringList>& byNs, const QString& kind) {
                        for (auto it = byNs.cbegin(); it != byNs.cend(); ++it)
                            for (const QString& m : it.value())
                                r.warn(QStringLiteral("%1 (%2): %3")
                                           .arg(kind,
                                                it.key().isEmpty() ? RestoreStepsBuilder::tr("cluster")
                                                                   : it.key(),
                                                m));
                    };
                    report(st->warningsByNamespace, RestoreStepsBuilder::tr("warning"));
                    report(st->errorsByNamespace, RestoreStepsBuilder::tr("error"));
                    if (st->phase == QLatin1String("Completed"))
                        return {};
                    if (st->phase == QLatin1String("PartiallyFailed")) {
                        r.warn(RestoreStepsBuilder::tr(
                                   "The restore %1 ended PartiallyFailed with %2 warnings and %3 "
                                   "errors; see them above and in `velero restore describe %1 "
                                   "--details`.")
                                   .arg(c.restoreName)
                                   .arg(st->warnings)
                                   .arg(st->errors));
                        return {};
                    }
                    return Error::make(
                        Error::Kind::Generic,
                        RestoreStepsBuilder::tr("The restore %1 ended %2%3. See `velero restore logs %1`.")
                            .arg(c.restoreName, st->phase,
                                 st->failureReason.isEmpty() ? QString()
                                                             : QStringLiteral(": ") + st->failureReason));
                }
                if (waited.elapsed() > timings.restoreTimeout.count())
                    return Error::make(Error::Kind::Timeout,
                                       RestoreStepsBuilder::tr("The restore %1 did not finish in time (%2).")
                                           .arg(c.restoreName, now));
                if (!r.cancel().sleepUnlessCancelled(timings.poll))
                    return cancelled();
            }
        };
        steps.push_back(std::move(s));
    }
    {
        RestoreStep s;
        s.id = QStringLiteral("verify-restore/%1/%2").arg(c.cluster, c.backup);
        s.cluster = c.cluster;
        s.title = RestoreStepsBuilder::tr("Verify %1 against backup %2").arg(c.cluster, c.backup);
        s.description =
            RestoreStepsBuilder::tr("Compares the namespaces present in the cluster with the backup's "
                                    "contents.");
        s.commands = {QStringLiteral("kubectl get namespaces -o json")};
        s.run = [&t, c](const StepRun& r) -> Status {
            auto inBackup = t.backupNamespaces(c.cluster, c.backup, r.cancel());
            if (!inBackup)
                return inBackup.error();
            auto present = t.namespaces(c.cluster, r.cancel());
            if (!present)
                return present.error();
            QStringList missing;
            const QStringList expected = RestoreStepsBuilder::expectedNamespaces(c, *inBackup);
            for (const QString& ns : expected)
                if (!present->contains(ns))
                    missing << ns;
            if (!missing.isEmpty())
                return Error::make(
                    Error::Kind::Generic,
                    RestoreStepsBuilder::tr("After the restore, %1 lacks namespaces the backup holds: %2. "
                                            "See the restore's warnings and `velero restore logs %3`.")
                        .arg(c.cluster, missing.join(QStringLiteral(", ")), c.restoreName));
            r.log(RestoreStepsBuilder::tr("All %1 namespaces of the backup are present in %2: %3")
                      .arg(expected.size())
                      .arg(c.cluster, expected.join(QStringLiteral(", "))));
            return {};
        };
        steps.push_back(std::move(s));
    }
}

} // namespace

QString RestoreStepsBuilder::verifyStepId(const ClusterRestorePlan& c) {
    return QStringLiteral("verify-backup/%1/%2").arg(c.cluster, c.backup);
}

RestoreOptions RestoreStepsBuilder::restoreOptions(const ClusterRestorePlan& c) {
    RestoreOptions o;
    o.name = c.restoreName;
    o.fromBackup = c.backup;
    o.includeNamespaces = c.includeNamespaces;
    o.excludeNamespaces = c.excludeNamespaces;
    o.includeResources = c.includeResources;
    o.excludeResources = c.excludeResources;
    o.namespaceMappings = c.namespaceMappings;
    o.restoreVolumes = c.restoreVolumes;
    o.existingResourcePolicy = c.overwritesExisting() ? RestoreOptions::ExistingResourcePolicy::Update
                                                      : RestoreOptions::ExistingResourcePolicy::None;
    return o;
}

QStringList RestoreStepsBuilder::restoreCreateArguments(const ClusterRestorePlan& c) {
    return VeleroClient::restoreArguments(restoreOptions(c));
}

QStringList RestoreStepsBuilder::expectedNamespaces(const ClusterRestorePlan& c,
                                                    const QStringList& inBackup) {
    QStringList out;
    for (const QString& ns : inBackup) {
        if (SystemNamespaces::contains(ns))
            continue;
        if (!c.includeNamespaces.isEmpty() && !c.includeNamespaces.contains(ns) &&
            !c.includeNamespaces.contains(QStringLiteral("*")))
            continue;
        if (c.excludeNamespaces.contains(ns))
            continue;
        out << c.namespaceMappings.value(ns, ns);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

std::vector<RestoreStep> RestoreStepsBuilder::build(const RestorePlan& plan, RecoveryTarget& t,
                                                    const StepTimings& timings) {
    std::vector<RestoreStep> steps;
    // Every backup is verified before anything is destroyed.
    for (const ClusterRestorePlan& c : plan.clusters)
        addVerifyBackup(steps, c, t, plan.rpoHours);

    if (plan.scenario == RestorePlan::Scenario::NewSite) {
        for (const ClusterRestorePlan& c : plan.clusters) {
            RestoreStep s;
            s.id = QStringLiteral("check-standby/%1").arg(c.cluster);
            s.cluster = c.cluster;
            s.title = tr("Check the standby cluster %1").arg(c.cluster);
            s.description = tr("The empty workload cluster prepared as a cold standby must exist.");
            s.commands = {QStringLiteral("Get-AksHciCluster -name %1").arg(c.cluster)};
            s.run = [&t, c](const StepRun& r) -> Status {
                auto exists = t.clusterExists(c.cluster, r.cancel());
                if (!exists)
                    return exists.error();
                if (!*exists)
                    return Error::make(
                        Error::Kind::NotFound,
                        tr("The standby cluster %1 does not exist. Create it (New-AksHciCluster) with "
                           "the shape of the lost one, or use the corruption scenario.")
                            .arg(c.cluster));
                r.log(tr("The standby cluster %1 exists.").arg(c.cluster));
                return {};
            };
            steps.push_back(std::move(s));
        }
    } else {
        QStringList names;
        for (const ClusterRestorePlan& c : plan.clusters)
            names << c.cluster;
        addDiagnose(steps, t);
        {
            // Nothing destructive runs until the snapshot is proven replayable in full.
            RestoreStep s;
            s.id = QStringLiteral("check-rebuild");
            s.title = tr("Prove the snapshot can be rebuilt in full");
            s.description = tr("Every setting maps to a documented parameter or is derived, every secret is "
                               "at hand and the registration is known; otherwise nothing is removed.");
            s.runsInDryRun = true;
            s.run = [&t](const StepRun& r) -> Status {
                if (auto ok = t.snapshotUsable(); !ok)
                    return ok;
                r.log(tr("Every setting of the snapshot will be replayed."));
                return {};
            };
            steps.push_back(std::move(s));
        }
        {
            RestoreStep s;
            s.id = QStringLiteral("uninstall/%1").arg(plan.deployment);
            s.title = tr("Uninstall AKS hybrid (%1)").arg(plan.deployment);
            s.description = tr("Removes the corrupted management cluster and every workload cluster.");
            s.commands = {QStringLiteral("Get-AksHciConfig"), QStringLiteral("Get-AksHciCluster"),
                          QStringLiteral("Uninstall-AksHci")};
            s.mayDestroy =
                tr("the management cluster of %1 and every workload cluster in it").arg(plan.deployment);
            const QString deployment = plan.deployment;
            // The name to type is the live deployment's, and every live cluster is named: a plan
            // written for another deployment, or one that leaves a cluster out, cannot slip through.
            s.confirmation = [&t, deployment,
                              names](const StepRun& r) -> Result<std::optional<Confirmation>> {
                auto installed = t.managementInstalled(r.cancel());
                if (!installed)
                    return installed.error();
                if (!*installed)
                    return std::optional<Confirmation>();
                // Diagnosed again right before: a repair run since may have brought it back.
                const auto report = t.diagnose(r.cancel());
                const bool expiry = report && report->expiryFound();
                auto live = t.liveDeploymentName(r.cancel());
                if (!live)
                    return live.error();
                if (live->isEmpty())
                    return Error::make(Error::Kind::NotFound,
                                       tr("Get-AksHciConfig reports no deployment name, so the deployment "
                                          "Uninstall-AksHci would remove cannot be matched with the plan's "
                                          "%1. Nothing was uninstalled.")
                                           .arg(deployment));
                if (*live != deployment)
                    return Error::make(Error::Kind::BadInput,
                                       tr("The plan is for the deployment %1, but the AKS hybrid installed "
                                          "here is %2: Uninstall-AksHci would remove %2. Refused; nothing "
                                          "was uninstalled. Use a plan written for %2.")
                                           .arg(deployment, *live));
                auto clusters = t.liveClusters(r.cancel());
                if (!clusters && expiry) {
                    // Expired certificates keep Get-AksHciCluster from answering too: say so, and let
                    // the repair (or the admin's word that it failed) decide.
                    Confirmation c{
                        *live,
                        tr("Uninstall-AksHci removes the management cluster of %1 and every workload "
                           "cluster in it; they could not be listed: %2")
                            .arg(*live, clusters.error().message),
                        {}};
                    addDiagnosisTo(c, *report);
                    return std::optional<Confirmation>(c);
                }
                if (!clusters)
                    return clusters.error();
                QStringList unrecovered;
                for (const QString& c : *clusters)
                    if (!names.contains(c))
                        unrecovered << c;
                QString text =
                    clusters->isEmpty()
                        ? tr("Uninstall-AksHci removes the management cluster of %1; it has no workload "
                             "cluster.")
                              .arg(*live)
                        : tr("Uninstall-AksHci removes the management cluster of %1 and these %n workload "
                             "cluster(s), with all they run: %2.",
                             nullptr, int(clusters->size()))
                              .arg(*live, clusters->join(QStringLiteral(", ")));
                if (!unrecovered.isEmpty())
                    text +=
                        QLatin1Char(' ') +
                        tr("The plan does NOT recreate %1: they are lost for good, and each needs its own "
                           "acknowledgement.")
                            .arg(unrecovered.join(QStringLiteral(", ")));
                Confirmation c{*live, text, unrecovered};
                if (expiry)
                    addDiagnosisTo(c, *report);
                return std::optional<Confirmation>(c);
            };
            s.check = [&t](const StepRun& r) -> Result<bool> {
                auto installed = t.managementInstalled(r.cancel());
                if (!installed)
                    return installed.error();
                return !*installed;
            };
            s.run = [&t](const StepRun& r) -> Status {
                auto installed = t.managementInstalled(r.cancel());
                if (!installed)
                    return installed.error();
                if (!*installed) {
                    r.log(tr("AKS hybrid is not installed; nothing to uninstall."));
                    return {};
                }
                return t.uninstallManagement(r.cancel());
            };
            steps.push_back(std::move(s));
        }
        {
            RestoreStep s;
            s.id = QStringLiteral("install-management");
            s.title = tr("Reinstall the management cluster from the snapshot");
            s.description = tr("Sets the saved configuration (Set-AksHciConfig) and installs the management "
                               "cluster (Install-AksHci).");
            s.commands = t.installManagementCommands();
            s.check = [&t](const StepRun& r) { return t.managementInstalled(r.cancel()); };
            s.run = [&t](const StepRun& r) { return t.installManagement(r.cancel()); };
            s.verify = [&t](const StepRun& r) -> Status {
                auto installed = t.managementInstalled(r.cancel());
                if (!installed)
                    return installed.error();
                if (!*installed)
                    return Error::make(Error::Kind::Generic,
                                       tr("Install-AksHci ended but no management cluster is "
                                          "reported installed."));
                return {};
            };
            steps.push_back(std::move(s));
        }
        for (const ClusterRestorePlan& c : plan.clusters) {
            RestoreStep s;
            s.id = QStringLiteral("create-cluster/%1").arg(c.cluster);
            s.cluster = c.cluster;
            s.title = tr("Recreate workload cluster %1").arg(c.cluster);
            s.description = tr("Creates the cluster and its node pools with the snapshot's shape.");
            s.commands = t.createClusterCommands(c.cluster);
            // Built means the cluster and every node pool: a run may have died in between.
            s.check = [&t, c](const StepRun& r) -> Result<bool> {
                auto exists = t.clusterExists(c.cluster, r.cancel());
                if (!exists || !*exists)
                    return exists;
                auto missing = t.missingNodePools(c.cluster, r.cancel());
                if (!missing)
                    return missing.error();
                return missing->isEmpty();
            };
            s.run = [&t, c](const StepRun& r) { return t.createCluster(c.cluster, r.cancel()); };
            s.verify = [&t, c](const StepRun& r) -> Status {
                auto exists = t.clusterExists(c.cluster, r.cancel());
                if (!exists)
                    return exists.error();
                if (!*exists)
                    return Error::make(Error::Kind::Generic,
                                       tr("New-AksHciCluster ended but %1 is not listed.").arg(c.cluster));
                auto missing = t.missingNodePools(c.cluster, r.cancel());
                if (!missing)
                    return missing.error();
                if (!missing->isEmpty())
                    return Error::make(Error::Kind::Generic,
                                       tr("Cluster %1 was created but its node pools %2 are missing.")
                                           .arg(c.cluster, missing->join(QStringLiteral(", "))));
                return {};
            };
            steps.push_back(std::move(s));
        }
        {
            RestoreStep s;
            s.id = QStringLiteral("compare-snapshot");
            s.title = tr("Compare the rebuilt deployment with the snapshot");
            s.description =
                tr("The rebuilt configuration and clusters must equal the snapshot before anything is "
                   "restored.");
            s.commands = {QStringLiteral("Get-AksHciConfig"), QStringLiteral("Get-AksHciCluster"),
                          QStringLiteral("Get-AksHciNodePool")};
            s.run = [&t](const StepRun& r) -> Status {
                auto diff = t.compareWithSnapshot(r.cancel());
                if (!diff)
                    return diff.error();
                if (!diff->isEmpty()) {
                    const Acceptance found = Acceptance::of(*diff);
                    if (r.accepted(found.digest)) {
                        // Accepted by the admin for exactly this list: recorded, and the restores go on.
                        r.acknowledge(tr("Accepted %n difference(s) from the snapshot (%1) instead of "
                                         "repairing them:",
                                         nullptr, int(found.items.size()))
                                          .arg(found.digest));
                        for (const QString& d : found.items) {
                            r.acknowledge(QStringLiteral("  ") + d);
                            r.warn(tr("Accepted difference: %1").arg(d));
                        }
                        return {};
                    }
                    for (const QString& d : found.items)
                        r.log(d);
                    r.askToAccept(found);
                    return Error::make(
                        Error::Kind::Generic,
                        tr("The rebuilt deployment differs from the snapshot in %n place(s): %1. Repair "
                           "them and run this step again, or accept exactly these differences (%2).",
                           nullptr, int(found.items.size()))
                            .arg(found.items.mid(0, 5).join(QStringLiteral("; ")), found.digest));
                }
                r.log(tr("The rebuilt deployment equals the snapshot."));
                return {};
            };
            steps.push_back(std::move(s));
        }
    }
    for (const ClusterRestorePlan& c : plan.clusters)
        addRestoreSteps(steps, c, t, timings);
    return steps;
}

} // namespace aks
