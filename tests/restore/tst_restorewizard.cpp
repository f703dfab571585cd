#include "DemoWindow.h"
#include "FakeRecoveryTarget.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "TestPlans.h"
#include "common/DialogFacade.h"
#include "env/DemoEnvironment.h"
#include "env/EnvironmentResolver.h"
#include "jobs/JobManager.h"
#include "log/LogModel.h"
#include "restore/RecoveriesModel.h"
#include "restore/RestorePage.h"
#include "restore/RestoreWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

using namespace aks;

// Clicks through scenario 1 (new site) in the demo environment, in the real main window.
class TestRestoreWizard : public QObject {
    Q_OBJECT
    test::DemoWindow m_demo;
    DialogFacade* m_dialogs = &m_demo.dialogs;
    MainWindow* m_window = nullptr;

    void shot(QWidget* w, const QString& name) {
        const QString dir = qEnvironmentVariable("AKS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    QAbstractButton* next(RestoreWizard* w) { return w->button(QWizard::NextButton); }

    // The demo seed already holds restores of its own (the history page shows them).
    static int restoreCount(const QString& cluster) {
        return int(QDir(DemoEnvironment().stateDir() + QStringLiteral("/velero/") + cluster +
                        QStringLiteral("/restores"))
                       .entryList({QStringLiteral("*.json")})
                       .size());
    }

    bool waitForComplete(RestoreWizard* w, int ms) {
        return QTest::qWaitFor([&] { return w->currentPage()->isComplete(); }, ms);
    }

    static RestorePlan corruptionPlan() { return test::twoClusterPlan(RestorePlan::Scenario::Corruption); }

private slots:
    void initTestCase() {
        qputenv("AKS_SIM_DELAY_MS", "100");
        qputenv("AKS_SIM_RESTORE_MS", "400");
        QVERIFY(m_demo.open(true, {1200, 800}));
        m_window = m_demo.window.get();
    }
    void cleanupTestCase() { m_demo.close(); }

    // Attack 1 in the GUI: a plan file whose journal began with another backup is refused.
    void wizardRefusesAChangedPlan() {
        AppContext ctx = m_window->context();
        const RestorePlan p = corruptionPlan();
        RestoreJournal began(p, RestoreJournal::pathFor(p.id));
        QVERIFY(began.save().ok());
        RestorePlan edited = p;
        edited.clusters[0].backup = QStringLiteral("shop-prod-old");
        RestoreWizard w(ctx);
        const Status refused = w.startFromPlan(edited);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY(refused.error().detail.contains(QStringLiteral("shop-prod-old")));
        QVERIFY(!w.hasPlan());
        QVERIFY(w.startFromPlan(p).ok());
        QCOMPARE(w.session()->journal().planDigest(), p.digest());
        QFile::remove(began.path());
    }

    // Attack 2 in the GUI: a live cluster the plan does not recreate is a second typed step.
    void lostClusterNeedsASecondTypedStep() {
        AppContext ctx = m_window->context();
        RestoreWizard w(ctx);
        FakeRecoveryTarget* live = nullptr;
        w.setTargetFactory([&live](const RestorePlan&) {
            auto t = std::make_unique<FakeRecoveryTarget>();
            for (const char* n : {"shop-prod", "payments", "legacy"})
                t->clusters.insert(QString::fromLatin1(n));
            live = t.get();
            return std::unique_ptr<RecoveryTarget>(std::move(t));
        });
        StepTimings fast;
        fast.poll = std::chrono::milliseconds(1);
        w.setStepTimings(fast);
        const RestorePlan p = corruptionPlan();
        QVERIFY(w.startFromPlan(p).ok());
        w.setStartId(RestoreWizard::RebuildPageId);
        w.show();
        w.restart();
        QCOMPARE(w.currentId(), int(RestoreWizard::RebuildPageId));
        auto* start = w.currentPage()->findChild<QPushButton*>(QStringLiteral("startRun"));
        QVERIFY(start);

        m_dialogs->setNextTypedText(QStringLiteral("aks-demo"));
        m_dialogs->setNextTypedText(QStringLiteral("not-legacy"));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return start->isEnabled(); }, 20000));
        QCOMPARE(live->calls.value(QStringLiteral("uninstall")), 0);
        QVERIFY(live->management);

        m_dialogs->setNextTypedText(QStringLiteral("aks-demo"));
        m_dialogs->setNextTypedText(QStringLiteral("legacy"));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(waitForComplete(&w, 20000));
        QCOMPARE(live->calls.value(QStringLiteral("uninstall")), 1);
        const RestoreJournal journal = w.session()->journal();
        const JournalStep* s = journal.step(QStringLiteral("uninstall/aks-demo"));
        QVERIFY(s);
        QVERIFY(s->acknowledged.join(QLatin1Char('\n')).contains(QStringLiteral("legacy")));
        w.close();
        QFile::remove(journal.path());
    }

    // #14 in the GUI: a rebuilt deployment that differs from its snapshot stops the wizard; No keeps
    // it stopped for a repair, Yes accepts exactly these differences and records them.
    void driftIsRepairedOrAcceptedInTheWizard() {
        AppContext ctx = m_window->context();
        RestoreWizard w(ctx);
        FakeRecoveryTarget* live = nullptr;
        w.setTargetFactory([&live](const RestorePlan&) {
            auto t = std::make_unique<FakeRecoveryTarget>();
            for (const char* n : {"shop-prod", "payments"})
                t->clusters.insert(QString::fromLatin1(n));
            t->snapshotDiff = {
                QStringLiteral("payments: controlPlaneVmSize Standard_A4_v2 != Standard_A2_v2")};
            live = t.get();
            return std::unique_ptr<RecoveryTarget>(std::move(t));
        });
        StepTimings fast;
        fast.poll = std::chrono::milliseconds(1);
        w.setStepTimings(fast);
        const RestorePlan p = corruptionPlan();
        QVERIFY(w.startFromPlan(p).ok());
        w.setStartId(RestoreWizard::RebuildPageId);
        w.show();
        w.restart();
        auto* start = w.currentPage()->findChild<QPushButton*>(QStringLiteral("startRun"));
        QVERIFY(start);

        m_dialogs->setNextTypedText(QStringLiteral("aks-demo"));
        m_dialogs->setNextAnswer(QMessageBox::No); // repair instead
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return start->isEnabled(); }, 20000));
        QVERIFY(!w.currentPage()->isComplete());
        const RestoreJournal stopped = w.session()->journal(); // a copy, alive while its step is read
        const JournalStep* failed = stopped.step(QStringLiteral("compare-snapshot"));
        QVERIFY(failed);
        QCOMPARE(failed->state, JournalStep::State::Failed);
        QVERIFY(failed->acknowledged.isEmpty());

        m_dialogs->setNextAnswer(QMessageBox::Yes); // Retry finds the same list: accept it
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(waitForComplete(&w, 20000));
        const RestoreJournal journal = w.session()->journal();
        const JournalStep* s = journal.step(QStringLiteral("compare-snapshot"));
        QVERIFY(s);
        QCOMPARE(s->state, JournalStep::State::Done);
        QVERIFY(s->acknowledged.join(QLatin1Char('\n')).contains(QStringLiteral("controlPlaneVmSize")));
        QCOMPARE(live->calls.value(QStringLiteral("uninstall")), 1);
        w.close();
        QFile::remove(journal.path());
    }

    void scenarioOneInTheDemo() {
        m_window->showPage(MainWindow::Restore);
        auto* page = m_window->findChild<RestorePage*>(QStringLiteral("restorePage"));
        QVERIFY(page);
        shot(m_window, QStringLiteral("restore-page"));
        auto* start = page->findChild<QPushButton*>(QStringLiteral("startRestoreWizard"));
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        RestoreWizard* w = page->wizard();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));

        // Scenario
        QCOMPARE(w->currentId(), int(RestoreWizard::ScenarioPageId));
        auto* newSite = w->findChild<QRadioButton*>(QStringLiteral("scenarioNewSite"));
        QVERIFY(newSite && newSite->isChecked());
        shot(w, QStringLiteral("wizard-1-scenario"));
        QTest::mouseClick(next(w), Qt::LeftButton);

        // Prerequisites: the plan is written from the demo, then checked live.
        QCOMPARE(w->currentId(), int(RestoreWizard::PrerequisitesPageId));
        QVERIFY2(waitForComplete(w, 120000),
                 qPrintable(w->findChild<QLabel*>(QStringLiteral("prerequisitesStatus"))->text()));
        auto* checks = w->findChild<QTableView*>(QStringLiteral("prerequisitesView"));
        QVERIFY(checks->model()->rowCount() >= 6);
        shot(w, QStringLiteral("wizard-2-prerequisites"));
        QTest::mouseClick(next(w), Qt::LeftButton);

        // Plan: one backup per demo cluster.
        QCOMPARE(w->currentId(), int(RestoreWizard::PlanPageId));
        auto* plan = w->findChild<QTableView*>(QStringLiteral("planView"));
        QCOMPARE(plan->model()->rowCount(), int(DemoEnvironment::workloadClusters().size()));
        shot(w, QStringLiteral("wizard-3-plan"));
        QTest::mouseClick(next(w), Qt::LeftButton);

        // Restore: scenario 1 skips the rebuild. The demo clusters are not empty, so each restore asks
        // for its cluster's name; the first answer is wrong and stops before anything is restored.
        QCOMPARE(w->currentId(), int(RestoreWizard::RunPageId));
        QMap<QString, int> before;
        for (const QString& c : DemoEnvironment::workloadClusters())
            before[c] = restoreCount(c);
        m_dialogs->setNextTypedText(QStringLiteral("wrong-name"));
        auto* run = w->currentPage()->findChild<QPushButton*>(QStringLiteral("startRun"));
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return run->isEnabled(); }, 120000));
        QVERIFY(!w->currentPage()->isComplete());
        for (const QString& c : DemoEnvironment::workloadClusters())
            QCOMPARE(restoreCount(c), before[c]);
        for (const ClusterRestorePlan& c : w->plan().clusters)
            m_dialogs->setNextTypedText(c.cluster);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY2(waitForComplete(w, 240000),
                 qPrintable(w->currentPage()->findChild<QLabel*>(QStringLiteral("runStatus"))->text()));
        shot(w, QStringLiteral("wizard-4-restore"));
        QTest::mouseClick(next(w), Qt::LeftButton);

        // Verify and report
        QCOMPARE(w->currentId(), int(RestoreWizard::ReportPageId));
        auto* report = w->findChild<QTextBrowser*>(QStringLiteral("reportView"));
        QVERIFY(report->toPlainText().contains(QStringLiteral("velero restore create")));
        shot(w, QStringLiteral("wizard-5-report"));
        QString base = w->session()->journal().path();
        base.chop(5);
        QVERIFY(QFile::exists(base + QStringLiteral("-report.html")));
        QVERIFY(QFile::exists(base + QStringLiteral("-report.pdf")));
        for (const QString& c : DemoEnvironment::workloadClusters())
            QCOMPARE(restoreCount(c), before[c] + 1);
        w->close();

        // The Restore page lists the recovery, completed, with its report.
        auto* recoveries = page->findChild<QTableView*>(QStringLiteral("recoveriesView"));
        QVERIFY(recoveries);
        QTRY_VERIFY_WITH_TIMEOUT(recoveries->isVisible() && recoveries->model()->rowCount() >= 1, 10000);
        const QAbstractItemModel* m = recoveries->model();
        QCOMPARE(m->index(0, RecoveriesModel::Outcome).data().toString(), QStringLiteral("Completed"));
        QCOMPARE(m->index(0, RecoveriesModel::Scenario).data().toString(), QStringLiteral("New site"));
        QCOMPARE(m->index(0, RecoveriesModel::Report).data().toString(), QStringLiteral("HTML and PDF"));
        shot(m_window, QStringLiteral("restore-page-after"));
    }
};

QTEST_MAIN(TestRestoreWizard)
#include "tst_restorewizard.moc"
