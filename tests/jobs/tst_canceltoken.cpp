#include "jobs/CancelToken.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace aks;
using namespace std::chrono_literals;

// The wait must wake on cancel, not at the end of its duration or at a poll.
class TestCancelToken : public QObject {
    Q_OBJECT
private slots:
    void sleepsTheWholeDurationWhenNotCancelled() {
        const CancelToken token;
        QElapsedTimer t;
        t.start();
        QVERIFY(token.sleepUnlessCancelled(120ms));
        QVERIFY(t.elapsed() >= 119);
    }

    void cancelFromAnotherThreadWakesTheWaitAtOnce() {
        const CancelToken token;
        std::thread canceller([copy = token] {
            std::this_thread::sleep_for(100ms);
            copy.cancel();
        });
        QElapsedTimer t;
        t.start();
        const bool slept = token.sleepUnlessCancelled(30s);
        const qint64 waited = t.elapsed();
        canceller.join();
        QVERIFY(!slept);
        QVERIFY2(waited < 5000, qPrintable(QStringLiteral("woke after %1 ms").arg(waited)));
        QVERIFY(token.isCancelled());
    }

    void alreadyCancelledDoesNotWait() {
        const CancelToken token;
        token.cancel();
        QElapsedTimer t;
        t.start();
        QVERIFY(!token.sleepUnlessCancelled(30s));
        QVERIFY(t.elapsed() < 1000);
    }

    void copiesShareOneFlag() {
        const CancelToken a;
        const CancelToken b = a;
        QVERIFY(!b.isCancelled());
        a.cancel();
        QVERIFY(b.isCancelled());
        QVERIFY(!CancelToken().isCancelled());
    }

    void callbackRunsOnceOnCancel() {
        const CancelToken token;
        int calls = 0;
        const auto sub = token.onCancel([&] { ++calls; });
        QCOMPARE(calls, 0);
        token.cancel();
        token.cancel();
        QCOMPARE(calls, 1);
    }

    void callbackRunsAtOnceWhenAlreadyCancelled() {
        const CancelToken token;
        token.cancel();
        int calls = 0;
        const auto sub = token.onCancel([&] { ++calls; });
        QCOMPARE(calls, 1);
    }

    void droppedSubscriptionIsNotCalled() {
        const CancelToken token;
        int calls = 0;
        {
            const auto sub = token.onCancel([&] { ++calls; });
        }
        CancelToken::Subscription moved;
        {
            auto sub = token.onCancel([&] { calls += 10; });
            moved = std::move(sub);
        }
        token.cancel();
        QCOMPARE(calls, 10); // the moved one lives on, the dropped one is gone
    }

    void callbackWakesAnotherWait() {
        // The way LongLivedPowerShell and HttpFetcher use it: a cancel wakes a wait on their own
        // condition or event loop.
        const CancelToken token;
        std::atomic_bool woken{false};
        const auto sub = token.onCancel([&] { woken = true; });
        std::thread canceller([copy = token] { copy.cancel(); });
        canceller.join();
        QVERIFY(woken.load());
    }
};

QTEST_GUILESS_MAIN(TestCancelToken)
#include "tst_canceltoken.moc"
