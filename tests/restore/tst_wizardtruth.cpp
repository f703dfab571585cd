#include "DemoWindow.h"
#include "FakeRecoveryTarget.h"
#include "SnapshotFixtures.h"
#include "TestPlans.h"
#include "common/MessageBanner.h"
#include "credentials/CredentialResolver.h"
#include "jobs/JobsModel.h"
#include "restore/ClusterPlanModel.h"
#include "restore/RestoreWizard.h"
#include "snapshot/SnapshotCatalog.h"
#include "snapshot/SnapshotWriter.h"

#include "ModelRoles.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace aks;

// What the wizard and the jobs panel say must be what happened: a failed or cancelled run, a plan
// edited after a failed step, a snapshot folder checked where it is chosen, and advice that fits
// the app. In the real main window, on the demo, with an in-memory deployment behind the wizard.
class TestWizardTruth : public QObject {
    Q_OBJECT
    test::DemoWindow m_demo;
    std::unique_ptr<AppContext> m_ctx; // the wizards keep a reference to it
    QTemporaryDir m_store;

    void shot(QWidget* w, const QString& name) {
        const QString dir = qEnvironmentVariable("AKS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    // A folder store whose backups the Plan page can list.
    void addBackup(const QString& name) {
        const QString dir = m_store.filePath(QStringLiteral("backups/") + name);
        QVERIFY(QDir().mkpath(dir));
        QFile f(dir + QLatin1Char('/') + name + QStringLiteral(".tar.gz"));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    RestorePlan plan() const {
        RestorePlan p = test::twoClusterPlan(RestorePlan::Scenario::NewSite);
        p.store = m_store.path();
        return p;
    }

    // The wizard on an in-memory deployment whose standby clusters exist; `tune` adjusts each target.
    std::unique_ptr<RestoreWizard> wizard(std::function<void(FakeRecoveryTarget&)> tune) {
        auto w = std::make_unique<RestoreWizard>(*m_ctx);
        w->setTargetFactory([tune](const RestorePlan&) {
            auto t = std::make_unique<FakeRecoveryTarget>();
            t->clusters = {QStringLiteral("shop-prod"), QStringLiteral("payments")};
            if (tune)
                tune(*t);
            return std::unique_ptr<RecoveryTarget>(std::move(t));
        });
        StepTimings fast;
        fast.poll = std::chrono::milliseconds(5);
        w->setStepTimings(fast);
        return w;
    }

    QAbstractItemModel* jobs() {
        auto* view = m_demo.window->findChild<QTableView*>(QStringLiteral("jobsView"));
        return view ? view->model() : nullptr;
    }
    // The newest job whose title names this (the run jobs name the deployment, in every language).
    int jobRow(const QString& titlePart) {
        QAbstractItemModel* m = jobs();
        for (int r = 0; m && r < m->rowCount(); ++r)
            if (m->index(r, JobsModel::Title).data().toString().contains(titlePart))
                return r;
        return -1;
    }
    int jobState(int row) { return jobs()->index(row, JobsModel::State).data(StateRole).toInt(); }
    int jobPercent(int row) { return jobs()->index(row, JobsModel::Progress).data(ProgressRole).toInt(); }

    static QPushButton* button(RestoreWizard& w, const char* name) {
        return w.currentPage()->findChild<QPushButton*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() {
        // AKS_TEST_LANG=ja (with AKS_QM_DIR at the build's .qm files) takes the screenshots in Japanese.
        if (qEnvironmentVariable("AKS_TEST_LANG") == QLatin1String("ja")) {
            auto* own = new QTranslator(this);
            QVERIFY(own->load(
                QDir(qEnvironmentVariable("AKS_QM_DIR")).filePath(QStringLiteral("aks-recovery_ja.qm"))));
            QCoreApplication::installTranslator(own);
            QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        }
        QVERIFY(m_demo.open(true, {1200, 800}));
        m_ctx = std::make_unique<AppContext>(m_demo.window->context());
        for (const char* b : {"shop-prod-daily", "payments-daily", "payments-weekly"})
            addBackup(QString::fromLatin1(b));
    }
    void cleanupTestCase() { m_demo.close(); }

    // A run that fails at its second step shows Failed, one step done; Back, a backup picked
    // from the store's list, Next and the run goes on with the edited plan: the step already done
    // is not run again, the broken backup is never verified again.
    void planEditAfterAFailedStepTakesEffect() {
        auto w = wizard([](FakeRecoveryTarget& t) { t.badBackups = {QStringLiteral("payments-daily")}; });
        QVERIFY(w->startFromPlan(plan()).ok());
        const QString firstJournal = w->session()->journal().path();
        w->setStartId(RestoreWizard::PlanPageId);
        w->show();
        w->restart();
        auto* planView = w->currentPage()->findChild<QTableView*>(QStringLiteral("planView"));
        QVERIFY(planView);
        QAbstractItemModel* planModel = planView->model();
        // The store's backups are offered, and only they are taken.
        QTRY_VERIFY_WITH_TIMEOUT(
            planModel->index(1, ClusterPlanModel::Backup).data(ChoicesRole).toStringList().size() == 3,
            10000);
        QVERIFY(!planModel->setData(planModel->index(1, ClusterPlanModel::Backup),
                                    QStringLiteral("no-such-backup"), Qt::EditRole));
        auto* planBanner = w->currentPage()->findChild<MessageBanner*>();
        QVERIFY(planBanner->isVisibleTo(w->currentPage()));
        QCOMPARE(planModel->index(1, ClusterPlanModel::Backup).data().toString(),
                 QStringLiteral("payments-daily"));
        w->next();
        QCOMPARE(w->currentId(), int(RestoreWizard::RunPageId));

        QPushButton* start = button(*w, "startRun");
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return start->isEnabled(); }, 20000));
        QVERIFY(!w->currentPage()->isComplete());
        const int failed = jobRow(QStringLiteral("aks-demo"));
        QVERIFY(failed >= 0);
        QTRY_COMPARE(jobState(failed), int(JobsModel::JobState::Failed));
        // Verify shop-prod done, verify payments failed: one step of all.
        const int stepCount =
            w->currentPage()->findChild<QTableView*>(QStringLiteral("stepsView"))->model()->rowCount();
        QCOMPARE(jobPercent(failed), 100 * 1 / stepCount);
        shot(w.get(), QStringLiteral("truth-1-failed"));
        shot(m_demo.window.get(), QStringLiteral("truth-1-jobs-failed"));

        w->back();
        QCOMPARE(w->currentId(), int(RestoreWizard::PlanPageId));
        QVERIFY(planModel->setData(planModel->index(1, ClusterPlanModel::Backup),
                                   QStringLiteral("payments-weekly"), Qt::EditRole));
        m_demo.dialogs.setNextAnswer(QMessageBox::Yes);
        const QString oldId = w->plan().id;
        w->next();
        QCOMPARE(w->currentId(), int(RestoreWizard::RunPageId));
        QVERIFY(w->plan().id != oldId);
        QCOMPARE(w->plan().clusters[1].backup, QStringLiteral("payments-weekly"));
        // The earlier journal is kept and says what took its place.
        auto earlier = RestoreJournal::load(firstJournal);
        QVERIFY(earlier.ok());
        QCOMPARE(earlier->replacedBy(), w->plan().id);
        QStringList open;
        for (const RestoreJournal& j : RestoreJournal::unfinished())
            open << j.plan().id;
        QVERIFY(open.contains(w->plan().id));
        QVERIFY(!open.contains(oldId));

        start = button(*w, "startRun");
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return w->currentPage()->isComplete(); }, 20000));
        const RestoreJournal journal = w->session()->journal();
        QCOMPARE(journal.planDigest(), w->plan().digest());
        const JournalStep* kept = journal.step(QStringLiteral("verify-backup/shop-prod/shop-prod-daily"));
        QVERIFY(kept && kept->state == JournalStep::State::Done);
        QCOMPARE(kept->attempts, 1);
        const JournalStep* fixed = journal.step(QStringLiteral("verify-backup/payments/payments-weekly"));
        QVERIFY(fixed && fixed->state == JournalStep::State::Done);
        QVERIFY(!journal.step(QStringLiteral("verify-backup/payments/payments-daily")));
        const int done = jobRow(QStringLiteral("aks-demo"));
        QCOMPARE(jobState(done), int(JobsModel::JobState::Succeeded));
        QCOMPARE(jobPercent(done), 100);
        // The log shows each step's commands as it runs, as the dry run does.
        auto* log = w->currentPage()->findChild<QPlainTextEdit*>(QStringLiteral("runLog"));
        QVERIFY(log->toPlainText().contains(QStringLiteral("    $ Get-AksHciCluster -name payments")));
        shot(w.get(), QStringLiteral("truth-2-after-edit"));
        w->close();
        QFile::remove(firstJournal);
        QFile::remove(journal.path());
    }

    // Cancel during a restore that does not finish: the job is Cancelled, not Done, and its progress
    // is where it stopped.
    void cancelledRunShowsCancelled() {
        auto w = wizard([](FakeRecoveryTarget& t) { t.finalPhase = QStringLiteral("InProgress"); });
        QVERIFY(w->startFromPlan(plan()).ok());
        w->setStartId(RestoreWizard::RunPageId);
        w->show();
        w->restart();
        QPushButton* start = button(*w, "startRun");
        QTest::mouseClick(start, Qt::LeftButton);
        auto* steps = w->currentPage()->findChild<QTableView*>(QStringLiteral("stepsView"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (int r = 0; r < steps->model()->rowCount(); ++r)
                    if (steps->model()->index(r, 0).data(StateRole).toInt() ==
                            int(JournalStep::State::Running) &&
                        steps->model()->index(r, 0).data(IdRole).toString().startsWith(
                            QLatin1String("wait-restore")))
                        return true;
                return false;
            },
            20000));
        QTest::mouseClick(button(*w, "cancelRun"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return start->isEnabled(); }, 20000));
        const int row = jobRow(QStringLiteral("aks-demo"));
        QTRY_COMPARE(jobState(row), int(JobsModel::JobState::Cancelled));
        QVERIFY(jobPercent(row) < 100);
        QCOMPARE(w->session()->journal().outcome(), RestoreJournal::Outcome::Cancelled);
        shot(m_demo.window.get(), QStringLiteral("truth-3-jobs-cancelled"));
        const QString path = w->session()->journal().path();
        w->close();
        QFile::remove(path);
    }

    // The snapshot folder is checked where it is chosen; a good one clears the error; the snapshots
    // already taken are offered.
    void snapshotFolderIsCheckedWhereItIsChosen() {
        QTemporaryDir snapshots;
        QSettings().setValue(SnapshotCatalog::folderSettingKey(), snapshots.path());
        auto written = SnapshotWriter::write(test::fixtureSnapshot(), snapshots.path(), {});
        QVERIFY(written.ok());
        QVERIFY(QDir().mkpath(snapshots.filePath(QStringLiteral("not-a-snapshot"))));

        RestoreWizard w(*m_ctx);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QWizardPage* page = w.currentPage();
        auto* corruption = page->findChild<QRadioButton*>(QStringLiteral("scenarioCorruption"));
        corruption->click();
        QVERIFY(corruption->isChecked());
        auto* folder = page->findChild<QLineEdit*>(QStringLiteral("snapshotFolder"));
        auto* banner = page->findChild<MessageBanner*>();
        auto* state = page->findChild<QLabel*>(QStringLiteral("snapshotState"));

        // Typed, then the field is left (editingFinished): checked there, before any Next.
        folder->setText(snapshots.filePath(QStringLiteral("does-not-exist")));
        emit folder->editingFinished();
        QVERIFY2(banner->isVisibleTo(page), qPrintable(banner->text()));
        QCOMPARE(SnapshotCatalog::check(folder->text()).error().kind, Error::Kind::NotFound);
        shot(&w, QStringLiteral("truth-4-snapshot-missing"));
        w.next();
        QCOMPARE(w.currentId(), int(RestoreWizard::ScenarioPageId));

        folder->setText(snapshots.filePath(QStringLiteral("not-a-snapshot")));
        emit folder->editingFinished();
        QVERIFY(banner->isVisibleTo(page));
        QVERIFY(state->text().isEmpty());

        auto* choices = page->findChild<QComboBox*>(QStringLiteral("snapshotChoices"));
        QTRY_COMPARE_WITH_TIMEOUT(choices->count(), 2, 10000);
        QCOMPARE(choices->itemData(1).toString(), QFileInfo(*written).absoluteFilePath());
        choices->setCurrentIndex(1);
        emit choices->activated(1);
        QCOMPARE(folder->text(), QFileInfo(*written).absoluteFilePath());
        QVERIFY(!banner->isVisibleTo(page));
        QVERIFY(!state->text().isEmpty());
        shot(&w, QStringLiteral("truth-5-snapshot-picked"));
        QSettings().remove(SnapshotCatalog::folderSettingKey());
        w.close();
    }

    // In the app, "no credentials" points at the app's own dialog, not at command-line options.
    void noCredentialsAdviceFitsTheApp() {
        auto spec = StoreSpec::parse(QStringLiteral("azure://nocreds/velero"));
        QVERIFY(spec.ok());
        CredentialResolver::Sources none;
        none.keychain = false;
        none.environment = QProcessEnvironment();
        auto r = CredentialResolver::resolve(*spec, none);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(!r.error().message.contains(QLatin1String("aks-recovery credentials")) &&
                     !r.error().message.contains(QLatin1String("--credentials-file")),
                 qPrintable(r.error().message));
    }
};

QTEST_MAIN(TestWizardTruth)
#include "tst_wizardtruth.moc"
