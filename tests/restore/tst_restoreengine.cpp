#include "FakeRecoveryTarget.h"

#include "restore/RestoreEngine.h"
#include "restore/RestoreJournal.h"
#include "restore/RestorePlan.h"
#include "restore/RestoreStepsBuilder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <nlohmann/json.hpp>

using namespace aks;

class TestRestoreEngine : public QObject {
    Q_OBJECT

    RestorePlan plan(RestorePlan::Scenario scenario) {
        RestorePlan p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.scenario = scenario;
        p.deployment = QStringLiteral("aks-demo");
        p.snapshotDir =
            scenario == RestorePlan::Scenario::Corruption ? QStringLiteral("/tmp/snap") : QString();
        p.createdAt = QDateTime::currentDateTimeUtc();
        p.store = QStringLiteral("/tmp/store");
        for (const char* n : {"shop-prod", "payments"}) {
            ClusterRestorePlan c;
            c.cluster = QString::fromLatin1(n);
            c.backup = c.cluster + QStringLiteral("-daily");
            c.restoreName = RestorePlan::makeRestoreName(c.cluster, p.createdAt);
            p.clusters << c;
        }
        return p;
    }

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
        return t;
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

    void interruptedStepIsCheckedNotRepeated() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        QVERIFY(runOnce(p, t, j).outcome == RestoreJournal::Outcome::Completed);
        // As if the process died right after `restore create` but before the journal said so.
        auto loaded = RestoreJournal::load(j.path());
        QVERIFY(loaded.ok());
        for (JournalStep& s : loaded->steps())
            if (s.id == QLatin1String("restore/payments") ||
                s.id.startsWith(QLatin1String("wait-restore/payments")) ||
                s.id.startsWith(QLatin1String("verify-restore/payments")))
                s.state = s.id.startsWith(QLatin1String("restore/")) ? JournalStep::State::Running
                                                                     : JournalStep::State::Pending;
        QVERIFY(runOnce(p, t, *loaded).outcome == RestoreJournal::Outcome::Completed);
        QCOMPARE(t.calls.value(QStringLiteral("restore:payments")), 1);
        const JournalStep* s = loaded->step(QStringLiteral("restore/payments"));
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

    void partiallyFailedIsReportedWithWarnings() {
        const RestorePlan p = plan(RestorePlan::Scenario::NewSite);
        FakeRecoveryTarget t = standby();
        t.finalPhase = QStringLiteral("PartiallyFailed");
        t.readOnlyCluster = QStringLiteral("shop-prod");
        RestoreJournal j(p, RestoreJournal::pathFor(p.id));
        const EngineResult r = runOnce(p, t, j);
        QCOMPARE(r.outcome, RestoreJournal::Outcome::Completed);
        QVERIFY(r.warnings);
        const JournalStep* s = j.step(QStringLiteral("wait-restore/shop-prod"));
        QVERIFY(
            s->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("could not restore service web")));
        QVERIFY(s->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("PartiallyFailed")));
        QVERIFY(j.step(QStringLiteral("wait-location/shop-prod"))
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

    void cleanup() { QDir(AppPathsJournal()).removeRecursively(); }

private:
    static QString AppPathsJournal() {
        return QFileInfo(RestoreJournal::pathFor(QStringLiteral("x"))).absolutePath();
    }
};

QTEST_GUILESS_MAIN(TestRestoreEngine)
#include "tst_restoreengine.moc"
