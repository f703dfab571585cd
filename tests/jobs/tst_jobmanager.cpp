#include "TestEnv.h"
#include "jobs/JobManager.h"
#include "jobs/JobsModel.h"
#include "jobs/ProcessRunner.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

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

    void cancelFromTheModelStopsAProcessWithinTwoSeconds() {
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
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 2000);
        QVERIFY(t.elapsed() < 2000);
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

    void uiThreadIsNeverBlocked() {
        JobManager m;
        bool done = false;
        m.run<int>(
            QStringLiteral("slow"),
            [](const JobContext&) -> Result<int> {
                QThread::msleep(1000);
                return 1;
            },
            this, [&](const Result<int>&) { done = true; });
        // The event loop keeps turning while the job works.
        QElapsedTimer t;
        t.start();
        int ticks = 0;
        while (!done && t.elapsed() < 5000) {
            QElapsedTimer tick;
            tick.start();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
            QVERIFY(tick.elapsed() < 200);
            ++ticks;
        }
        QVERIFY(done);
        QVERIFY(ticks > 10);
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"
