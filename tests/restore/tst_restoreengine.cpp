#include "FakeRecoveryTarget.h"
#include "TestPlans.h"

#include "restore/PlanRevision.h"
#include "restore/RestoreEngine.h"
#include "restore/RestoreJournal.h"
#include "restore/RestorePlan.h"
#include "restore/RestorePrerequisites.h"
#include "restore/RestoreReportHtml.h"
#include "restore/RestoreSession.h"
#include "restore/RestoreStepsBuilder.h"
#include "restore/RunPrivateFolder.h"
#include "restore/VeleroVersionPairing.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <nlohmann/json.hpp>

using namespace aks;

class TestRestoreEngine : public QObject {
    Q_OBJECT

    RestorePlan plan(RestorePlan::Scenario scenario) { return test::twoClusterPlan(scenario); }

    FakeRecoveryTarget standby() {
        FakeRecoveryTarget t;
        for (const char* n : {"shop-prod", "payments"}) {
            const QString c = QString::fromLatin1(n);
            t.clusters.insert(c);
            t.clusterNamespaces[c] = {QStringLiteral("default"), QStringLiteral("kube-system")};
            t.backupNs[c] = {QStringLiteral("kube-system"), c + QStringLiteral("-app")};
        }
        return t;
    }

    StepTimings fast() {
        StepTimings t;
        t.poll = std::chrono::milliseconds(1);
        t.readyTimeout = std::chrono::milliseconds(200);
        return t;
    }

    static int indexOf(const std::vector<RestoreStep>& steps, const QString& id) {
        for (size_t i = 0; i < steps.size(); ++i)
            if (steps[i].id == id)
                return int(i);
        return -1;
    }

    EngineResult runOnce(const RestorePlan& p, FakeRecoveryTarget& t, RestoreJournal& j,
                         const QSet<QString>& confirmed = {}, bool dry = false, QStringList* out = nullptr) {
        RestoreEngine e(RestoreStepsBuilder::build(p, t, fast()), j);
        e.setConfirmedNames(confirmed);
        e.setDryRun(dry);
        JobContext ctx(CancelToken(), {}, [out](const QString& l) {
            if (out)
                out->append(l);
        });
        return e.run(ctx);
    }

private slots:
    void planRoundTrip() {
        RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        p.clusters[0].includeNamespaces = {QStringLiteral("a"), QStringLiteral("b")};
        p.clusters[0].namespaceMappings.insert(QStringLiteral("a"), QStringLiteral("a2"));
        p.clusters[0].existingResourcePolicy = QStringLiteral("update");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(p.save(path).ok());
        auto back = RestorePlan::load(path);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QVERIFY(back->toJson() == p.toJson());
        QCOMPARE(back->clusters[0].namespaceMappings.value(QStringLiteral("a")), QStringLiteral("a2"));
    }

    void badPlansAreRefused_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"x"})") << QStringLiteral("not a restore plan");
        // get<int>() wraps 2^32 + 1 to 1, which would pass as version 1.
        QTest::newRow("version beyond int")
            << QByteArray(
                   R"({"format":"aks-recovery-restore-plan","version":4294967297,"scenario":"new-site"})")
            << QStringLiteral("version is missing or newer");
        QTest::newRow("bad scenario")
            << QByteArray(
                   R"({"format":"aks-recovery-restore-plan","version":1,"scenario":"moon","clusters":[]})")
            << QStringLiteral("scenario");
        QTest::newRow("bad cluster")
            << QByteArray(
                   R"({"format":"aks-recovery-restore-plan","version":1,"id":"0b0f3c1e-8a64-4a3e-9a0e-1d2b3c4d5e6f",
                "scenario":"new-site","deployment":"d","clusters":[{"name":"Bad_Name","backup":"b","restoreName":"r"}]})")
            << QStringLiteral("not a valid cluster name");
        QTest::newRow("corruption without snapshot")
            << QByteArray(
                   R"({"format":"aks-recovery-restore-plan","version":1,"id":"0b0f3c1e-8a64-4a3e-9a0e-1d2b3c4d5e6f",
                "scenario":"corruption","deployment":"d","clusters":[{"name":"abc","backup":"b","restoreName":"r"}]})")
            << QStringLiteral("snapshot");
    }
    void badPlansAreRefused() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("p.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        auto r = RestorePlan::load(f.fileName());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void newSiteCompletes() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 1);
        QCOMPARE(t.calls.value(QStringLiteral("velero:payments")), 1);
        QVERIFY(t.clusterNamespaces[QStringLiteral("payments")].contains(QStringLiteral("payments-app")));

        auto loaded = RestoreJournal::load(RestoreJournal::pathFor(p.id));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->outcome(), RestoreJournal::Outcome::Completed);
        for (const JournalStep& s : loaded->steps()) {
            QCOMPARE(s.state, JournalStep::State::Done);
            QVERIFY(s.finished >= s.started);
        }
        // Running again runs nothing.
        const EngineResult again = runOnce(p, t, *loaded);
        QCOMPARE(again.outcome, RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 1);
    }

    // The report says which cluster came back from a backup outside the RPO, and what was verified.
    void backupOutsideTheRpoIsStatedInTheReport() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.backupTime = QDateTime::currentDateTimeUtc().addSecs(-3600 * (p.rpoHours + 5));
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QCOMPARE(runOnce(p, t, j).outcome, RestoreJournal::Outcome::Completed);
        auto loaded = RestoreJournal::load(RestoreJournal::pathFor(p.id));
        QVERIFY(loaded.ok());
        const QString report = RestoreReportHtml::render(*loaded);
        const QString rpoRow =
            report.section(RestoreReportHtml::tr("Recovery point objective").toHtmlEscaped(), 1, 1)
                .section(QStringLiteral("</tr>"), 0, 0);
        for (const ClusterRestorePlan& c : p.clusters) {
            const JournalStep* verify = loaded->step(RestoreStepsBuilder::verifyStepId(c));
            QVERIFY(verify);
            QCOMPARE(verify->state, JournalStep::State::Done);
            QCOMPARE(verify->warnings.size(), 1);
            QVERIFY(verify->warnings.first().contains(QString::number(p.rpoHours)));
            QVERIFY2(rpoRow.contains(c.cluster), qPrintable(rpoRow));
            QVERIFY(verify->log.size() >= 1); // what the verification checked
        }

        // Within the RPO: no warning, and the report names no cluster as outside it.
        const RestorePlan q = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget fresh = standby();
        RestoreJournal k(q, RestoreJournal::pathFor(q.id));
        QCOMPARE(runOnce(q, fresh, k).outcome, RestoreJournal::Outcome::Completed);
        for (const ClusterRestorePlan& c : q.clusters)
            QVERIFY(k.step(RestoreStepsBuilder::verifyStepId(c))->warnings.isEmpty());
        const QString freshRow =
            RestoreReportHtml::render(k)
                .section(RestoreReportHtml::tr("Recovery point objective").toHtmlEscaped(), 1, 1)
                .section(QStringLiteral("</tr>"), 0, 0);
        for (const ClusterRestorePlan& c : q.clusters)
            QVERIFY2(!freshRow.contains(c.cluster), qPrintable(freshRow));
    }

    // A backup that fails verification: the advice names the newer backup when there is one, and
    // does not send the admin to "another backup" when the failed one is already the newest.
    void adviceKnowsWhetherTheBackupIsTheNewest() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.badBackups.insert(p.clusters.first().backup);
        t.newerBackup = QStringLiteral("newer-backup-20261202");
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QVERIFY2(r.message.contains(t.newerBackup), qPrintable(r.message));

        const RestorePlan q = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget newest = standby();
        newest.badBackups.insert(q.clusters.first().backup);
        RestoreJournal k(q, RestoreJournal::pathFor(q.id));
        r = runOnce(q, newest, k);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        const BackupFacts none{QStringLiteral("Completed"), newest.backupTime, {}};
        const BackupFacts newer{QStringLiteral("Completed"), newest.backupTime, t.newerBackup};
        const QString cluster = q.clusters.first().cluster;
        QVERIFY2(r.message.endsWith(RestorePrerequisites::otherBackupAdvice(cluster, none, false)),
                 qPrintable(r.message));
        QVERIFY(RestorePrerequisites::otherBackupAdvice(cluster, none, false) !=
                RestorePrerequisites::otherBackupAdvice(cluster, newer, false));
        // The prerequisites page gives the same advice for a backup outside the RPO that is the newest.
        newest.badBackups.clear();
        newest.backupTime = QDateTime::currentDateTimeUtc().addSecs(-3600 * (q.rpoHours + 5));
        const QList<Prerequisite> checks =
            RestorePrerequisites::check(q, newest, JobContext(CancelToken(), {}, {}));
        bool seen = false;
        for (const Prerequisite& c : checks)
            if (c.state == Prerequisite::State::Warn &&
                c.fix == RestorePrerequisites::otherBackupAdvice(cluster, none, true))
                seen = true;
        QVERIFY(seen);
    }

    void corruptionNeedsTypedDeploymentName() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        EngineResult r = runOnce(p, t, j, {QStringLiteral("aks-dem")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::NeedsConfirmation);
        QCOMPARE(r.confirmation.name, QStringLiteral("aks-demo"));
        QVERIFY(r.confirmation.destroys.contains(QStringLiteral("shop-prod")));
        QCOMPARE(t.calls.value(QStringLiteral("uninstall")), 0);
        QVERIFY(t.management);

        r = runOnce(p, t, j, {QStringLiteral("aks-demo")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("uninstall")), 1);
        QCOMPARE(t.calls.value(QStringLiteral("create:shop-prod")), 1);
        QCOMPARE(t.calls.value(QStringLiteral("restore:payments")), 1);
    }

    void badBackupIsRefusedBeforeAnythingIsDestroyed() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        t.badBackups.insert(QStringLiteral("payments-daily"));
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j, {QStringLiteral("aks-demo")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("failed verification")), qPrintable(r.message));
        QCOMPARE(t.calls.value(QStringLiteral("uninstall")), 0);
    }

    void nonEmptyTargetNeedsClusterName() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.clusterNamespaces[QStringLiteral("payments")].append(QStringLiteral("leftover"));
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::NeedsConfirmation);
        QCOMPARE(r.confirmation.name, QStringLiteral("payments"));
        QVERIFY(r.confirmation.destroys.contains(QStringLiteral("leftover")));
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 1);
        QCOMPARE(t.calls.value(QStringLiteral("restore:payments")), 0);
        r = runOnce(p, t, j, {QStringLiteral("payments")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 1);
        QCOMPARE(t.calls.value(QStringLiteral("restore:payments")), 1);
    }

    void dryRunChangesNothingAndPrintsCommands() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QStringList out;
        const EngineResult r = runOnce(p, t, j, {}, true, &out);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QVERIFY(t.calls.isEmpty());
        QVERIFY(!QFile::exists(RestoreJournal::pathFor(p.id)));
        const QString all = out.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("$ Uninstall-AksHci")));
        QVERIFY(all.contains(QStringLiteral("DESTRUCTIVE")));
        QVERIFY(all.contains(QStringLiteral("$ velero restore create shop-prod-restore-")));
        QVERIFY(all.contains(QStringLiteral("$ New-AksHciCluster -name payments")));
    }

    // A real run writes each step and its commands as the dry run does, before the step acts.
    void realRunShowsTheDryRunsCommands() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        RestoreJournal dryJournal(p, RestoreJournal::pathFor(p.id));
        QStringList dry;
        QVERIFY(runOnce(p, t, dryJournal, {}, true, &dry).outcome == RestoreJournal::Outcome::Completed);
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QStringList real;
        QVERIFY(runOnce(p, t, j, {}, false, &real).outcome == RestoreJournal::Outcome::Completed);
        for (const QString& line : std::as_const(dry))
            QVERIFY2(real.contains(line), qPrintable(line));
        const int announced = int(real.indexOf(QStringLiteral("    $ Get-AksHciCluster -name payments")));
        const int result =
            int(real.indexOf(QRegularExpression(QStringLiteral("^\\[check-standby/payments\\] .*exists.*"))));
        QVERIFY2(announced >= 0 && result > announced,
                 qPrintable(real.filter(QStringLiteral("check-standby/payments")).join(QLatin1Char('\n'))));
    }

    // A run that stops after a step (the Rebuild page) counts the steps it was asked to walk.
    void stopAfterReportsTheStepsOfThisPart() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        RestoreEngine e(RestoreStepsBuilder::build(p, t, fast()), j);
        e.setStopAfter(QStringLiteral("check-standby/payments"));
        QPair<int, int> last{-1, -1};
        const EngineResult r = e.run(JobContext(CancelToken(),
                                                [&](int done, int total, const QString&) {
                                                    last = {done, total};
                                                },
                                                {}));
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Running);
        QCOMPARE(last, qMakePair(4, 4));
    }

    // A failed or cancelled run reaches the jobs panel as such.
    void runOutcomeTravelsAsTheJobsOutcome() {
        EngineResult failed;
        failed.outcome = RestoreJournal::Outcome::Failed;
        failed.message = QStringLiteral("it broke");
        const auto asJob = RestoreSession::asJobResult(failed);
        QVERIFY(!asJob.ok());
        QCOMPARE(asJob.error().kind, Error::Kind::Generic);
        QCOMPARE(asJob.error().message, failed.message);
        EngineResult cancelled;
        cancelled.outcome = RestoreJournal::Outcome::Cancelled;
        QCOMPARE(RestoreSession::asJobResult(cancelled).error().kind, Error::Kind::Cancelled);
        EngineResult paused;
        paused.outcome = RestoreJournal::Outcome::NeedsConfirmation;
        QVERIFY(RestoreSession::asJobResult(paused).ok());
    }

    // After a failed step the plan is edited: a new plan and journal; the done step with the same
    // commands is carried over, the failed one is gone, the new backup's steps run.
    void editedPlanAfterAFailureIsANewPlan() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.badBackups = {QStringLiteral("payments-daily")};
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QCOMPARE(runOnce(p, t, j).outcome, RestoreJournal::Outcome::Failed);
        RestorePlan edited = p;
        edited.clusters[1].backup = QStringLiteral("payments-weekly");
        const RestorePlan revised = PlanRevision::revisedPlan(p, edited);
        QVERIFY(revised.id != p.id);
        QVERIFY(revised.clusters[1].restoreName != p.clusters[1].restoreName);
        QCOMPARE(revised.clusters[0].restoreName, p.clusters[0].restoreName);
        auto rev = PlanRevision::prepare(j, revised, t, fast());
        QVERIFY(rev.ok());
        QVERIFY(rev->kept().contains(QStringLiteral("Verify backup shop-prod-daily of shop-prod")));
        QVERIFY(rev->toRun().contains(QStringLiteral("Verify backup payments-weekly of payments")));
        QVERIFY(rev->changes().join(QLatin1Char(' ')).contains(QStringLiteral("payments-weekly")));
        QVERIFY(rev->journal().bindsTo(revised).ok());
        QVERIFY(!PlanRevision::prepare(j, edited, t, fast()).ok()); // same id: not a new plan
        QVERIFY(rev->commit(j).ok());
        QCOMPARE(RestoreJournal::load(j.path())->replacedBy(), revised.id);
        const QList<RestoreJournal> open = RestoreJournal::unfinished();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().plan().id, revised.id);

        t.badBackups.clear();
        auto loaded = RestoreJournal::load(rev->journal().path());
        QVERIFY(loaded.ok());
        QCOMPARE(runOnce(revised, t, *loaded).outcome, RestoreJournal::Outcome::Completed);
        QCOMPARE(loaded->step(QStringLiteral("verify-backup/shop-prod/shop-prod-daily"))->attempts, 1);
        QVERIFY(!loaded->step(QStringLiteral("verify-backup/payments/payments-daily")));
    }

    // A run left unfinished is not offered for resuming once a later recovery of the same
    // deployment completed.
    void laterCompletedRecoveryOvertakesAnUnfinishedOne() {
        const RestorePlan first = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.badBackups = {QStringLiteral("payments-daily")};
        RestoreJournal abandoned(first, RestoreJournal::pathFor(first.id));
        QCOMPARE(runOnce(first, t, abandoned).outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(RestoreJournal::unfinished().size(), 1);
        QTest::qWait(5);
        t.badBackups.clear();
        const RestorePlan second = plan(RestorePlan::Scenario::NewSite);
        RestoreJournal later(second, RestoreJournal::pathFor(second.id));
        QCOMPARE(runOnce(second, t, later).outcome, RestoreJournal::Outcome::Completed);
        QVERIFY(RestoreJournal::unfinished().isEmpty());
        const QList<RestoreJournal> all = RestoreJournal::all();
        QCOMPARE(all.size(), 2);
        const RestoreJournal& old = all.last().plan().id == first.id ? all.last() : all.first();
        QCOMPARE(old.standing(all), RestoreJournal::Standing::Overtaken);
    }

    void interruptedStepIsCheckedNotRepeated() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QVERIFY(runOnce(p, t, j).outcome == RestoreJournal::Outcome::Completed);
        // As if the process died right after `restore create` but before the journal said so.
        auto loaded = RestoreJournal::load(j.path());
        QVERIFY(loaded.ok());
        for (JournalStep& s : loaded->steps())
            if (s.id == QLatin1String("restore/payments/payments-daily") ||
                s.id.startsWith(QLatin1String("wait-restore/payments")) ||
                s.id.startsWith(QLatin1String("verify-restore/payments")))
                s.state = s.id.startsWith(QLatin1String("restore/")) ? JournalStep::State::Running
                                                                     : JournalStep::State::Pending;
        QVERIFY(runOnce(p, t, *loaded).outcome == RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("restore:payments")), 1);
        const JournalStep* s = loaded->step(QStringLiteral("restore/payments/payments-daily"));
        QVERIFY(s->log.last().contains(QStringLiteral("not run again")));
    }

    void clusterWithoutItsNodePoolsIsCompletedOnResume() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QVERIFY(runOnce(p, t, j, {QStringLiteral("aks-demo")}).outcome == RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("create:payments")), 1);
        // As if the process died after New-AksHciCluster but before New-AksHciNodePool.
        auto loaded = RestoreJournal::load(j.path());
        QVERIFY(loaded.ok());
        for (JournalStep& s : loaded->steps())
            if (s.id == QLatin1String("create-cluster/payments"))
                s.state = JournalStep::State::Running;
        t.poolsMissing.insert(QStringLiteral("payments"));
        QVERIFY(runOnce(p, t, *loaded, {QStringLiteral("aks-demo")}).outcome ==
                RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("create:payments")), 1);
        QCOMPARE(t.calls.value(QStringLiteral("add-pools:payments")), 1);
        QVERIFY(t.poolsMissing.isEmpty());
    }

    void failedStepIsRetriedOnResume() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        t.failOnce = QStringLiteral("install");
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        EngineResult r = runOnce(p, t, j, {QStringLiteral("aks-demo")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("install-management"));
        QCOMPARE(j.step(QStringLiteral("install-management"))->state, JournalStep::State::Failed);
        r = runOnce(p, t, j, {QStringLiteral("aks-demo")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("uninstall")), 1);
        QCOMPARE(t.calls.value(QStringLiteral("install")), 1);
        QCOMPARE(j.step(QStringLiteral("install-management"))->attempts, 2);
    }

    void snapshotDifferenceStopsBeforeRestore() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        t.snapshotDiff = {QStringLiteral("payments: ControlPlaneVmSize Standard_A4_v2 != Standard_A2_v2")};
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j, {QStringLiteral("aks-demo")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("compare-snapshot"));
        QVERIFY(r.message.contains(QStringLiteral("ControlPlaneVmSize")));
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 0);
    }

    // #14: a difference after the rebuild stops the run; only an acceptance of exactly that list lets
    // the restores go on, and it is recorded in the journal and the report.
    void driftIsAcceptedOnlyExplicitlyAndRecorded() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        t.snapshotDiff = {QStringLiteral("payments: ControlPlaneVmSize Standard_A4_v2 != Standard_A2_v2"),
                          QStringLiteral("management: proxySettings.noProxy unknown (redacted)")};
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const QSet<QString> confirmed{QStringLiteral("aks-demo")};
        const EngineResult first = runOnce(p, t, j, confirmed);
        QCOMPARE(first.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(first.stepId, QStringLiteral("compare-snapshot"));
        QVERIFY(first.toAccept.has_value());
        QCOMPARE(first.toAccept->items, t.snapshotDiff);
        QCOMPARE(first.toAccept->digest.size(), 12);
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 0);

        // An acceptance given for another list does not cover this one.
        const auto runAccepting = [&](const QString& digest) {
            RestoreEngine e(RestoreStepsBuilder::build(p, t, fast()), j);
            e.setConfirmedNames(confirmed);
            e.setAcceptedDifferences({digest});
            JobContext ctx(CancelToken(), {}, {});
            return e.run(ctx);
        };
        const Acceptance other = Acceptance::of({t.snapshotDiff.first()});
        QVERIFY(other.digest != first.toAccept->digest);
        const EngineResult refused = runAccepting(other.digest);
        QCOMPARE(refused.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(refused.stepId, QStringLiteral("compare-snapshot"));

        const EngineResult accepted = runAccepting(first.toAccept->digest);
        QCOMPARE(accepted.outcome, RestoreJournal::Outcome::Completed);
        QVERIFY(accepted.warnings);
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 1);
        const JournalStep* compare = nullptr;
        for (const JournalStep& s : j.steps())
            if (s.id == QStringLiteral("compare-snapshot"))
                compare = &s;
        QVERIFY(compare);
        QCOMPARE(compare->state, JournalStep::State::Done);
        const QString ack = compare->acknowledged.join(QLatin1Char('\n'));
        QVERIFY(ack.contains(first.toAccept->digest));
        for (const QString& d : t.snapshotDiff)
            QVERIFY2(ack.contains(d), qPrintable(ack));
        // Saved, so a resumed run and the report see it.
        auto reloaded = RestoreJournal::load(RestoreJournal::pathFor(p.id));
        QVERIFY(reloaded.ok());
        const QString html = RestoreReportHtml::render(*reloaded);
        QVERIFY(html.contains(first.toAccept->digest));
        QVERIFY(html.contains(QStringLiteral("ControlPlaneVmSize Standard_A4_v2")));
    }

    // #14: the dry run runs the replayability gate, so the preview stops where the real run would.
    void dryRunRunsTheReplayabilityGate() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        t.snapshotOk = false;
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QStringList out;
        const EngineResult r = runOnce(p, t, j, {}, true, &out);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("check-rebuild"));
        QVERIFY(!out.join(QLatin1Char('\n')).contains(QStringLiteral("$ Uninstall-AksHci")));
        QVERIFY(!QFile::exists(RestoreJournal::pathFor(p.id)));
        QVERIFY(t.calls.isEmpty());
    }

    void expiredBackupsStopAReadWriteInstall() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.velero.clear();
        t.expiringBackups[QStringLiteral("shop-prod")] = {QStringLiteral("daily-old")};
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("install-velero/shop-prod"));
        QVERIFY(r.message.contains(QStringLiteral("daily-old")));
        QCOMPARE(t.calls.value(QStringLiteral("velero:shop-prod")), 0); // nothing installed, nothing synced

        // A ReadOnly location keeps them: the restore goes on.
        FakeRecoveryTarget ro = standby();
        ro.velero.clear();
        ro.readOnlyCluster = QStringLiteral("shop-prod");
        ro.expiringBackups[QStringLiteral("shop-prod")] = {QStringLiteral("daily-old"),
                                                           QStringLiteral("chosen")};
        const RestorePlan p2 = plan(RestorePlan::Scenario::NewSite);
        RestoreJournal j2(p2, RestoreJournal::pathFor(p2.id));
        QCOMPARE(runOnce(p2, ro, j2).outcome, RestoreJournal::Outcome::Completed);
        QCOMPARE(ro.calls.value(QStringLiteral("velero:shop-prod")), 1);
    }

    void veleroSettingsArePartOfThePlan() {
        RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        QVERIFY(p.problems().isEmpty());
        p.clusters[0].velero.config.remove(QStringLiteral("storageAccountKeyEnvVar"));
        QCOMPARE(p.problems().size(), 1); // no way to authenticate
        p.clusters[0].velero = {};
        QVERIFY(!p.problems().isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(p.save(path).ok());
        QCOMPARE(RestorePlan::load(path).error().kind, Error::Kind::BadInput);
        // A version 1 plan's single velero block is every cluster's.
        auto j = plan(RestorePlan::Scenario::NewSite).toJson();
        j["version"] = 1;
        j["velero"] = j["clusters"][0]["velero"];
        for (auto& c : j["clusters"])
            c.erase("velero");
        auto old = RestorePlan::fromJson(j);
        QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().message));
        QCOMPARE(old->clusters[1].velero.config.value(QStringLiteral("storageAccount")),
                 QStringLiteral("acct"));
    }

    // The server that restores (the running one, else the one `velero install` deploys: the CLI's)
    // must not be older than the release that made the backup; nothing is installed before.
    void backupNewerThanVeleroIsRefused() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.clientVersion = QStringLiteral("v1.12.3"); // the backup holds a volumeinfo file: 1.13 or newer
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("check-versions/shop-prod/shop-prod-daily"));
        QVERIFY2(r.message.contains(QStringLiteral("v1.12.3")), qPrintable(r.message));
        QCOMPARE(t.calls.value(QStringLiteral("velero:shop-prod")), 0);

        // A server already running, older than the backup, is refused too, and the CLI/server skew
        // is said.
        FakeRecoveryTarget old = standby();
        old.velero.insert(QStringLiteral("shop-prod"));
        old.serverVersion[QStringLiteral("shop-prod")] = QStringLiteral("v1.12.1");
        const RestorePlan p2 = plan(RestorePlan::Scenario::NewSite);
        RestoreJournal j2(p2, RestoreJournal::pathFor(p2.id));
        r = runOnce(p2, old, j2);
        QCOMPARE(r.stepId, QStringLiteral("check-versions/shop-prod/shop-prod-daily"));
        QVERIFY2(r.message.contains(QStringLiteral("v1.12.1")), qPrintable(r.message));
        QVERIFY(j2.step(r.stepId)->warnings.join(QString()).contains(QStringLiteral("v1.13.2")));
        QCOMPARE(old.calls.value(QStringLiteral("restore:shop-prod")), 0);

        // A newer server restores an older backup; only the client/server skew is warned about.
        FakeRecoveryTarget skew = standby();
        skew.velero.insert(QStringLiteral("shop-prod"));
        skew.serverVersion[QStringLiteral("shop-prod")] = QStringLiteral("v1.14.0");
        const RestorePlan p3 = plan(RestorePlan::Scenario::NewSite);
        RestoreJournal j3(p3, RestoreJournal::pathFor(p3.id));
        r = runOnce(p3, skew, j3);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QVERIFY(r.warnings);
        QVERIFY(j3.step(QStringLiteral("check-versions/shop-prod/shop-prod-daily"))
                    ->warnings.join(QString())
                    .contains(QStringLiteral("v1.14.0")));
    }

    void versionPairingFacts() {
        VeleroVersions v{QStringLiteral("v1.13.2"), {}, {}};
        QVERIFY(!VeleroVersionPairing::judge(v, QStringLiteral("c"), QStringLiteral("b")).refusal);
        v.backup = BackupMadeBy{{1, 18, 0}, QStringLiteral("phase ReadyToStart")};
        QCOMPARE(VeleroVersionPairing::judge(v, QStringLiteral("c"), QStringLiteral("b")).refusal->kind,
                 Error::Kind::BadInput);
        v.backup = BackupMadeBy{{1, 13, 0}, {}};
        v.server = QStringLiteral("v1.13.0"); // patch releases differ: same release line
        const VersionVerdict same = VeleroVersionPairing::judge(v, QStringLiteral("c"), QStringLiteral("b"));
        QVERIFY(!same.refusal);
        QVERIFY(same.warnings.isEmpty());
        v.client = QStringLiteral("not a version");
        QCOMPARE(VeleroVersionPairing::judge(v, QStringLiteral("c"), QStringLiteral("b")).refusal->kind,
                 Error::Kind::BadOutput);
        // What the metadata shows: the newest release whose writing the backup holds.
        const nlohmann::json backup = {{"spec", {{"defaultVolumesToFsBackup", true}}},
                                       {"status", {{"formatVersion", "1.1.0"}, {"phase", "Completed"}}}};
        QCOMPARE(BackupMadeBy::fromBackup(backup, {}).atLeast, (VeleroSemVer{1, 10, 0}));
        QCOMPARE(BackupMadeBy::fromBackup(backup, {BackupArtifact::ItemOperations}).atLeast,
                 (VeleroSemVer{1, 11, 0}));
        QCOMPARE(
            BackupMadeBy::fromBackup(backup, {BackupArtifact::VolumeInfo, BackupArtifact::ItemOperations})
                .atLeast,
            (VeleroSemVer{1, 13, 0}));
        QVERIFY(!BackupMadeBy::fromBackup(nlohmann::json::object(), {}).known());
    }

    // A PartiallyFailed backup lost items: refused unless the plan says so, and then said in the journal
    // and the report.
    void partiallyFailedBackupNeedsTheOverride() {
        RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.backupPhase[QStringLiteral("shop-prod-daily")] = QStringLiteral("PartiallyFailed");
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("verify-backup/shop-prod/shop-prod-daily"));
        QVERIFY(r.message.contains(QStringLiteral("--velero-allow-partially-failed")));
        QVERIFY(t.calls.isEmpty());

        p = plan(RestorePlan::Scenario::NewSite);
        p.clusters[0].allowPartiallyFailed = true;
        const auto back = RestorePlan::fromJson(p.toJson());
        QVERIFY(back && back->clusters[0].allowPartiallyFailed && !back->clusters[1].allowPartiallyFailed);
        QVERIFY(p.digest() != plan(RestorePlan::Scenario::NewSite).digest());
        RestoreJournal j2(p, RestoreJournal::pathFor(p.id));
        r = runOnce(p, t, j2);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        const JournalStep* v = j2.step(QStringLiteral("verify-backup/shop-prod/shop-prod-daily"));
        QVERIFY(v->warnings.join(QString()).contains(QStringLiteral("PartiallyFailed")));
        QCOMPARE(v->acknowledged.size(), 1);
        QVERIFY(RestoreReportHtml::render(j2).contains(v->warnings.first().toHtmlEscaped()));
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 1);
    }

    // Velero's pods are kept off Windows nodes; without that the node agent never rolls out and
    // the restore waits for it, never started.
    void windowsNodesPinVeleroToLinux() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.windowsNodes[QStringLiteral("shop-prod")] = {QStringLiteral("shop-prod-win-0")};
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("pin:shop-prod")), 1);
        QCOMPARE(t.calls.value(QStringLiteral("pin:payments")), 0); // no Windows nodes there

        // The readiness wait is what holds the restore back when Velero is not pinned.
        FakeRecoveryTarget unpinned = standby();
        unpinned.windowsNodes[QStringLiteral("shop-prod")] = {QStringLiteral("shop-prod-win-0")};
        auto steps = RestoreStepsBuilder::build(p, unpinned, fast());
        const int ready = indexOf(steps, QStringLiteral("wait-ready/shop-prod"));
        QVERIFY(ready >= 0);
        RestoreStep& s = steps[size_t(ready)];
        JobContext ctx(CancelToken(), {}, {});
        StepRun run(ctx, StepRun::Hooks{[](const QString&) {}, [](const QString&) {}, {}, {}, {}});
        unpinned.velero.insert(QStringLiteral("shop-prod"));
        const Status st = s.run(run);
        QVERIFY(!st);
        QCOMPARE(st.error().kind, Error::Kind::Timeout);
    }

    void notReadyNodesStopTheRestore() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.notReady[QStringLiteral("shop-prod")] = {QStringLiteral("shop-prod-linux-0")};
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("wait-ready/shop-prod"));
        QVERIFY(r.message.contains(QStringLiteral("shop-prod-linux-0")));
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 0);
    }

    void missingStorageClassStopsTheRestore() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.storageMissing[QStringLiteral("shop-prod")] = {
            {MissingStorage::Kind::StorageClass, QStringLiteral("fast-ssd"), {QStringLiteral("shop/data")}},
            {MissingStorage::Kind::CsiDriver,
             QStringLiteral("file.csi.akshci.com"),
             {QStringLiteral("shop/data")}}};
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("check-storage/shop-prod/shop-prod-daily"));
        QVERIFY(r.message.contains(QStringLiteral("fast-ssd")));
        QVERIFY(r.message.contains(QStringLiteral("file.csi.akshci.com")));
        QVERIFY(r.message.contains(QStringLiteral("shop/data")));
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 0);
    }

    // The documented order: Velero installed and pinned, nodes and node agent ready, backup synced,
    // storage checked, then `velero restore create`.
    void restoreStepsRunInTheDocumentedOrder() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        const auto steps = RestoreStepsBuilder::build(p, t, fast());
        QStringList order;
        for (const char* id :
             {"create-cluster/shop-prod", "compare-snapshot", "check-versions/shop-prod/shop-prod-daily",
              "install-velero/shop-prod", "pin-linux/shop-prod", "wait-ready/shop-prod",
              "wait-location/shop-prod/shop-prod-daily", "check-storage/shop-prod/shop-prod-daily",
              "restore/shop-prod/shop-prod-daily"})
            order << QString::number(indexOf(steps, QString::fromLatin1(id)))
                         .rightJustified(3, QLatin1Char('0'));
        QVERIFY(!order.contains(QStringLiteral("0-1")));
        QStringList sorted = order;
        sorted.sort();
        QCOMPARE(order, sorted);
        // The preview shows the pin commands the step runs.
        QVERIFY(steps[size_t(indexOf(steps, QStringLiteral("pin-linux/shop-prod")))]
                    .commands.join(QString())
                    .contains(QStringLiteral("kubectl patch deployment velero")));
    }

    void partiallyFailedIsReportedWithWarnings() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.finalPhase = QStringLiteral("PartiallyFailed");
        t.readOnlyCluster = QStringLiteral("shop-prod");
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QVERIFY(r.warnings);
        const JournalStep* s = j.step(QStringLiteral("wait-restore/shop-prod/shop-prod-daily"));
        QVERIFY(
            s->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("could not restore service web")));
        QVERIFY(s->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("PartiallyFailed")));
        QVERIFY(j.step(QStringLiteral("wait-location/shop-prod/shop-prod-daily"))
                    ->warnings.join(QString())
                    .contains(QStringLiteral("9626")));
    }

    void cancelLeavesJournalConsistent() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        CancelToken token;
        RestoreEngine e(RestoreStepsBuilder::build(p, t, fast()), j);
        int seen = 0;
        e.setObserver([&](const JournalStep& s) {
            if (s.state == JournalStep::State::Done && ++seen == 3)
                token.cancel();
        });
        const EngineResult r = e.run(JobContext(token, {}, {}));
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Cancelled);
        auto loaded = RestoreJournal::load(j.path());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->outcome(), RestoreJournal::Outcome::Cancelled);
        QCOMPARE(RestoreJournal::unfinished().size(), 1);
        int done = 0;
        for (const JournalStep& s : loaded->steps())
            done += s.state == JournalStep::State::Done;
        QCOMPARE(done, 3);
        QVERIFY(runOnce(p, t, *loaded).outcome == RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("restore:shop-prod")), 1);
    }

    void restoreArgumentsFollowTheOptions() {
        ClusterRestorePlan c;
        c.cluster = QStringLiteral("shop-prod");
        c.backup = QStringLiteral("b1");
        c.restoreName = QStringLiteral("r1");
        c.includeNamespaces = {QStringLiteral("a"), QStringLiteral("b")};
        c.namespaceMappings.insert(QStringLiteral("a"), QStringLiteral("x"));
        c.restoreVolumes = false;
        const QStringList a = RestoreStepsBuilder::restoreCreateArguments(c);
        QCOMPARE(a.mid(0, 5),
                 (QStringList{QStringLiteral("restore"), QStringLiteral("create"), QStringLiteral("r1"),
                              QStringLiteral("--from-backup"), QStringLiteral("b1")}));
        QCOMPARE(a.at(a.indexOf(QStringLiteral("--include-namespaces")) + 1), QStringLiteral("a,b"));
        QVERIFY(a.contains(QStringLiteral("--namespace-mappings")));
        QVERIFY(a.contains(QStringLiteral("--restore-volumes=false")));
        QCOMPARE(
            RestoreStepsBuilder::expectedNamespaces(c, {QStringLiteral("a"), QStringLiteral("b"),
                                                        QStringLiteral("c"), QStringLiteral("kube-system")}),
            (QStringList{QStringLiteral("b"), QStringLiteral("x")}));
    }

    // A truncated file, another program's JSON, a journal whose plan is unreadable: each is a Corrupt
    // error that names the file (whose name says nothing of what is wrong with it).
    void damagedJournalIsAClearError_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray("{\"format\":\"aks-recovery-restore-journal\",\"plan\":");
        QTest::newRow("other format") << QByteArray("{\"format\":\"something-else\",\"plan\":{}}");
        QTest::newRow("bad plan") << QByteArray("{\"format\":\"aks-recovery-restore-journal\",\"plan\":42}");
    }

    void damagedJournalIsAClearError() {
        QFETCH(QByteArray, content);
        QDir().mkpath(QFileInfo(RestoreJournal::pathFor(QStringLiteral("x"))).absolutePath());
        QFile f(RestoreJournal::pathFor(QStringLiteral("j1")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto r = RestoreJournal::load(f.fileName());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Corrupt);
        QVERIFY(r.error().message.contains(f.fileName()));
        f.remove();
    }

    // Attack: a run stopped at the Uninstall confirmation, the plan edited to point a cluster at
    // another backup, then resumed.
    void editedPlanIsRefusedOnResume() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QCOMPARE(runOnce(p, t, j).outcome, RestoreJournal::Outcome::NeedsConfirmation);

        RestorePlan edited = p;
        edited.clusters[1].backup = QStringLiteral("payments-old");
        auto refused = RestoreJournal::existingFor(edited);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        const QStringList changes = edited.differencesFrom(p);
        QCOMPARE(changes.size(), 1);
        QVERIFY2(changes.first().contains(QStringLiteral("payments")) &&
                     changes.first().contains(QStringLiteral("payments-old")) &&
                     changes.first().contains(QStringLiteral("backup")),
                 qPrintable(changes.first()));
        QVERIFY(refused.error().detail.contains(QStringLiteral("payments-old")));
        // The plan it began with goes on.
        auto same = RestoreJournal::existingFor(p);
        QVERIFY(same.ok() && same->has_value());
        QCOMPARE(t.calls.value(QStringLiteral("uninstall")), 0);
    }

    // Even a journal taken over by another plan never counts a backup as verified for another.
    void stepDoneForOneBackupIsNotDoneForAnother() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QCOMPARE(runOnce(p, t, j).outcome, RestoreJournal::Outcome::NeedsConfirmation);
        RestorePlan edited = p;
        edited.clusters[1].backup = QStringLiteral("payments-old");
        t.badBackups.insert(QStringLiteral("payments-old"));
        const EngineResult r = runOnce(edited, t, j, {QStringLiteral("aks-demo")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("verify-backup/payments/payments-old"));
        QCOMPARE(t.calls.value(QStringLiteral("uninstall")), 0);
    }

    void journalWithoutTrustworthyDigestIsRefused_data() {
        QTest::addColumn<bool>("dropDigest");
        QTest::newRow("older journal without digest") << true;
        QTest::newRow("plan inside the journal edited") << false;
    }
    void journalWithoutTrustworthyDigestIsRefused() {
        QFETCH(bool, dropDigest);
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QCOMPARE(runOnce(p, t, j).outcome, RestoreJournal::Outcome::NeedsConfirmation);
        QFile f(j.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto json = nlohmann::json::parse(f.readAll().toStdString());
        f.close();
        if (dropDigest)
            json.erase("planDigest");
        else
            json["plan"]["clusters"][1]["backup"] = "payments-old";
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(json.dump()));
        f.close();
        auto loaded = RestoreJournal::load(j.path());
        QVERIFY(loaded.ok());
        const Status bound = loaded->bindsTo(loaded->plan());
        QVERIFY(!bound.ok());
        QCOMPARE(bound.error().kind, Error::Kind::Corrupt);
        QVERIFY(!RestoreJournal::existingFor(p).ok());
    }

    void digestCoversWhatRunsOnly() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        RestorePlan later = p;
        later.createdAt = p.createdAt.addDays(1);
        QCOMPARE(later.digest(), p.digest());
        QVERIFY(later.differencesFrom(p).isEmpty());
        RestorePlan reordered = p;
        std::swap(reordered.clusters[0], reordered.clusters[1]);
        QVERIFY(reordered.differencesFrom(p).isEmpty());
        RestorePlan plugin = p;
        plugin.clusters[0].velero.plugin = QStringLiteral("example.com/velero/plugin:v9");
        QVERIFY(plugin.digest() != p.digest());
        QVERIFY(plugin.differencesFrom(p).join(QString()).contains(QStringLiteral("velero.plugin")));
        RestorePlan dropped = p;
        dropped.clusters.removeLast();
        QVERIFY(dropped.digest() != p.digest());
        QVERIFY(dropped.differencesFrom(p).join(QString()).contains(QStringLiteral("payments")));
    }

    // Attack: a plan naming another deployment, confirmed with that name, must not uninstall the
    // deployment that is live here.
    void planForAnotherDeploymentIsRefused() {
        RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        p.deployment = QStringLiteral("aks-other");
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j, {QStringLiteral("aks-other"), QStringLiteral("aks-demo")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("uninstall/aks-other"));
        QCOMPARE(t.calls.value(QStringLiteral("uninstall")), 0);
        QVERIFY(t.management);
        QVERIFY(r.message.contains(QStringLiteral("aks-demo")));
    }

    void liveClusterNotInPlanNeedsItsOwnAcknowledgement() {
        const RestorePlan p = plan(RestorePlan::Scenario::Corruption);
        FakeRecoveryTarget t = standby();
        t.clusters.insert(QStringLiteral("legacy"));
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        EngineResult r = runOnce(p, t, j, {QStringLiteral("aks-demo")});
        QCOMPARE(r.outcome, RestoreJournal::Outcome::NeedsConfirmation);
        QCOMPARE(r.confirmation.name, QStringLiteral("aks-demo"));
        QCOMPARE(r.confirmation.unrecovered, QStringList{QStringLiteral("legacy")});
        for (const char* c : {"legacy", "payments", "shop-prod"})
            QVERIFY(r.confirmation.destroys.contains(QString::fromLatin1(c)));
        QCOMPARE(t.calls.value(QStringLiteral("uninstall")), 0);

        RestoreEngine e(RestoreStepsBuilder::build(p, t, fast()), j);
        e.setConfirmedNames({QStringLiteral("aks-demo")});
        e.setAcknowledgedLosses({QStringLiteral("legacy")});
        r = e.run(JobContext(CancelToken(), {}, {}));
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("uninstall")), 1);
        auto loaded = RestoreJournal::load(j.path());
        QVERIFY(loaded.ok());
        const JournalStep* s = loaded->step(QStringLiteral("uninstall/aks-demo"));
        QVERIFY(s);
        QCOMPARE(s->acknowledged.size(), 2);
        QVERIFY(s->acknowledged.at(1).contains(QStringLiteral("legacy")));
        QVERIFY(RestoreReportHtml::render(*loaded).contains(s->acknowledged.at(1).toHtmlEscaped()));
    }

    // The start of a step is on disk before the step acts; a journal that cannot be written stops
    // the run before the next step does anything.
    void journalWriteFailureStopsBeforeTheStep() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        RestoreEngine e(RestoreStepsBuilder::build(p, t, fast()), j);
        const QString dir = AppPathsJournal();
        e.setObserver([&](const JournalStep& s) {
            if (s.id == QLatin1String("check-standby/payments") && s.state == JournalStep::State::Done) {
                // The journal's folder becomes a file: no write can succeed from here on.
                QDir(dir).removeRecursively();
                QFile blocker(dir);
                QVERIFY(blocker.open(QIODevice::WriteOnly));
            }
        });
        const EngineResult r = e.run(JobContext(CancelToken(), {}, {}));
        QFile::remove(dir);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Failed);
        QCOMPARE(r.stepId, QStringLiteral("check-versions/shop-prod/shop-prod-daily"));
        QCOMPARE(t.calls.value(QStringLiteral("velero:shop-prod")), 0);
        QVERIFY(t.calls.isEmpty());
    }

    void planValuesAreValidated_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("plugin with a flag") << "plugin"
                                            << "velero/plugin:v1 --dry-run";
        QTest::newRow("plugin list smuggling a flag") << "plugin"
                                                      << "velero/plugin:v1,--namespace=x";
        QTest::newRow("plugin as a flag") << "plugin"
                                          << "--image=x";
        QTest::newRow("subscription not a guid") << "subscriptionId"
                                                 << "not-a-guid";
        QTest::newRow("config pair with a comma") << "resourceGroup"
                                                  << "rg,storageAccount=evil";
        QTest::newRow("config value as a flag") << "storageAccount"
                                                << "--x";
        QTest::newRow("bucket with a blank") << "bucket"
                                             << "my bucket";
        QTest::newRow("backup name") << "backup"
                                     << "daily --from-schedule x";
        QTest::newRow("namespace") << "includeNamespaces"
                                   << "Bad_NS";
        QTest::newRow("prefix") << "storePrefix"
                                << "../other";
    }
    void planValuesAreValidated() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        p.store = QStringLiteral("azure://backupsacct/velero");
        for (ClusterRestorePlan& c : p.clusters) {
            c.velero.plugin = QStringLiteral("velero/velero-plugin-for-microsoft-azure:v1.10.0");
            c.velero.bucket = QStringLiteral("velero");
            c.velero.config.insert(QStringLiteral("subscriptionId"),
                                   QStringLiteral("0b0f3c1e-8a64-4a3e-9a0e-1d2b3c4d5e6f"));
            c.velero.config.insert(QStringLiteral("resourceGroup"), QStringLiteral("rg-backups"));
        }
        QVERIFY2(p.problems().isEmpty(), qPrintable(p.problems().join(QLatin1Char(' '))));
        if (field == QLatin1String("plugin"))
            p.clusters[0].velero.plugin = value;
        else if (field == QLatin1String("bucket"))
            p.clusters[0].velero.bucket = value;
        else if (field == QLatin1String("backup"))
            p.clusters[0].backup = value;
        else if (field == QLatin1String("includeNamespaces"))
            p.clusters[0].includeNamespaces = {value};
        else if (field == QLatin1String("storePrefix"))
            p.clusters[0].storePrefix = value;
        else
            p.clusters[0].velero.config.insert(field, value);
        QCOMPARE(p.problems().size(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(p.save(path).ok());
        auto loaded = RestorePlan::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, Error::Kind::BadInput);
    }

    // Kubeconfigs and velero's secret file live in a locked private folder; a killed run's folder
    // is removed by the next start, a live run's never.
    void privateFoldersOfDeadRunsAreSwept() {
        QTemporaryDir root;
        RunPrivateFolder live(root.path());
        auto livePath = live.path();
        QVERIFY(livePath.ok());
        QCOMPARE(QFileInfo(*livePath).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // A run that was killed: its lock names a process that no longer exists.
        QProcess gone;
        gone.start(QStringLiteral("true"), QStringList());
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        const QString dead = QDir(root.path()).filePath(QStringLiteral("run-dead"));
        QVERIFY(QDir().mkpath(dead));
        for (const char* name : {"shop-prod.kubeconfig", "aks-velero-credentials-AbC123"}) {
            QFile f(QDir(dead).filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("secret");
        }
        QFile lock(QDir(dead).filePath(QStringLiteral("run.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\naks-recovery\n" + QSysInfo::machineHostName().toUtf8() +
                   "\n");
        lock.close();

        QCOMPARE(RunPrivateFolder::sweepStale(root.path()), 1);
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(QFileInfo::exists(*livePath));
        live.clear();
        QVERIFY(!QFileInfo::exists(*livePath));
    }

    void cleanup() { QDir(AppPathsJournal()).removeRecursively(); }

private:
    static QString AppPathsJournal() {
        return QFileInfo(RestoreJournal::pathFor(QStringLiteral("x"))).absolutePath();
    }
};

QTEST_GUILESS_MAIN(TestRestoreEngine)
#include "tst_restoreengine.moc"
