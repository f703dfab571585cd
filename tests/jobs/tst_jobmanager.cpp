#include "TestEnv.h"
#include "jobs/JobManager.h"
#include "jobs/JobsModel.h"
#include "jobs/ProcessRunner.h"

#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace aks;

class TestJobManager : public QObject {
    Q_OBJECT
private slots:
    void runsOffTheCallingThreadAndDeliversOnIt() {
        JobManager m;
        QThread* worker = nullptr;
        QThread* delivered = nullptr;
        int value = 0;
        m.run<int>(
            QStringLiteral("answer"),
            [&](const JobContext&) -> Result<int> {
                worker = QThread::currentThread();
                return 42;
            },
            this,
            [&](const Result<int>& r) {
                delivered = QThread::currentThread();
                value = r.value();
            });
        QTRY_COMPARE(value, 42);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(delivered, QThread::currentThread());
    }

    void modelFollowsProgressAndFailure() {
        JobManager m;
        JobsModel model(&m);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool done = false;
        m.run<int>(
            QStringLiteral("failing job"),
            [](const JobContext& ctx) -> Result<int> {
                ctx.setProgress(1, 2, QStringLiteral("half"));
                return Error::make(Error::Kind::Generic, QStringLiteral("it broke"));
            },
            this, [&](const Result<int>& r) { done = !r.ok(); });
        QTRY_VERIFY(done);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JobsModel::State).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(0, JobsModel::Message).data().toString(), QStringLiteral("it broke"));
        QCOMPARE(model.runningCount(), 0);
    }

    // A job that ends cancelled shows Cancelled, and one that stops half-way keeps the progress it
    // reported: the panel said "Done, 21 of 21" for a run cancelled at 9.
    void modelShowsCancelledAndTheRealProgress() {
        JobManager m;
        JobsModel model(&m);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int finished = 0;
        m.run<int>(
            QStringLiteral("cancelled job"),
            [](const JobContext& ctx) -> Result<int> {
                ctx.setProgress(9, 21, QStringLiteral("step 10"));
                return Error::make(Error::Kind::Cancelled, QStringLiteral("cancelled before step 10"));
            },
            this, [&](const Result<int>&) { ++finished; });
        QTRY_COMPARE(finished, 1);
        QCOMPARE(model.index(0, JobsModel::State).data(StateRole).toInt(),
                 int(JobsModel::JobState::Cancelled));
        QCOMPARE(model.index(0, JobsModel::Progress).data(ProgressRole).toInt(), 100 * 9 / 21);
        m.run<int>(
            QStringLiteral("paused job"),
            [](const JobContext& ctx) -> Result<int> {
                ctx.setProgress(3, 24, QStringLiteral("waiting for a typed name"));
                return 0;
            },
            this, [&](const Result<int>&) { ++finished; });
        QTRY_COMPARE(finished, 2);
        QCOMPARE(model.index(0, JobsModel::State).data(StateRole).toInt(),
                 int(JobsModel::JobState::Succeeded));
        QCOMPARE(model.index(0, JobsModel::Progress).data(ProgressRole).toInt(), 100 * 3 / 24);
        QCOMPARE(model.runningCount(), 0);
    }

    // Cancel sends SIGTERM, which the child ignores, then SIGKILL after the grace: the job ends.
    void cancelFromTheModelStopsAProcessThatIgnoresSigterm() {
        JobManager m;
        JobsModel model(&m);
        bool cancelled = false;
        m.run<ProcessResult>(
            QStringLiteral("hang"),
            [](const JobContext& ctx) {
                ProcessSpec s;
                s.program = test::binary(QStringLiteral("aks-test-child"));
                s.arguments = {QStringLiteral("hang-term")};
                s.killGrace = std::chrono::milliseconds(500);
                return ProcessRunner::run(s, ctx.cancelToken());
            },
            this,
            [&](const Result<ProcessResult>& r) {
                cancelled = !r.ok() && r.error().kind == Error::Kind::Cancelled;
            });
        QTRY_COMPARE(model.runningCount(), 1);
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        model.cancelRow(0);
        // Generous: a hang fails, a loaded machine does not; the kill grace is 500 ms.
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 30000);
        qInfo("cancelled after %lld ms", t.elapsed());
    }

    void resultIsDroppedWhenTheContextIsGone() {
        JobManager m;
        auto* context = new QObject;
        bool called = false;
        m.run<int>(
            QStringLiteral("late"),
            [](const JobContext&) -> Result<int> {
                QThread::msleep(200);
                return 1;
            },
            context, [&](const Result<int>&) { called = true; });
        delete context;
        QVERIFY(m.waitForAll(5000));
        QTest::qWait(100);
        QVERIFY(!called);
    }

    // A result nobody keeps (stale, or only looked at) is freed off the UI thread: freeing a
    // backup's 50,000 objects there stalled the window.
    void unkeptResultsAreFreedOffTheUiThread() {
        struct Probe {
            std::shared_ptr<QThread*> freedOn;
            ~Probe() {
                if (freedOn)
                    *freedOn = QThread::currentThread();
            }
            Probe(std::shared_ptr<QThread*> p) : freedOn(std::move(p)) {}
            Probe(Probe&& o) noexcept : freedOn(std::move(o.freedOn)) {}
            Probe(const Probe&) = delete;
        };
        JobManager m;
        auto freedOn = std::make_shared<QThread*>(nullptr);
        bool called = false;
        m.run<std::shared_ptr<Probe>>(
            QStringLiteral("big result"),
            [freedOn](const JobContext&) -> Result<std::shared_ptr<Probe>> {
                return std::make_shared<Probe>(freedOn);
            },
            this, [&](const Result<std::shared_ptr<Probe>>& r) { called = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(*freedOn != nullptr, 5000);
        QVERIFY(*freedOn != QThread::currentThread());
    }

    // The job waits until the UI thread's event loop has turned ten times, which only happens if
    // the job runs elsewhere and leaves the UI thread free; no clock decides.
    void uiThreadIsNeverBlocked() {
        JobManager m;
        auto turns = std::make_shared<std::atomic<int>>(0);
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [turns] { ++*turns; });
        ticker.start();
        bool done = false;
        bool sawTurns = false;
        m.run<bool>(
            QStringLiteral("waits for the UI thread"),
            [turns](const JobContext&) -> Result<bool> {
                const int start = *turns;
                const QDeadlineTimer hang(20000);
                while (*turns < start + 10 && !hang.hasExpired())
                    QThread::msleep(1);
                return *turns >= start + 10;
            },
            this,
            [&](const Result<bool>& r) {
                done = true;
                sawTurns = r.ok() && *r;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY(sawTurns);
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"
