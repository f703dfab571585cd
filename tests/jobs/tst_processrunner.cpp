#include "TestEnv.h"
#include "jobs/ProcessRunner.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <nlohmann/json.hpp>

#include <csignal>

using namespace aks;

class TestProcessRunner : public QObject {
    Q_OBJECT

    ProcessSpec child(const QStringList& args) {
        ProcessSpec s;
        s.program = test::binary(QStringLiteral("aks-test-child"));
        s.arguments = args;
        s.timeout = std::chrono::seconds(20);
        return s;
    }

private slots:
    void printsLinesAndExitZero() {
        ProcessSpec s = child({QStringLiteral("print"), QStringLiteral("5")});
        QStringList lines;
        s.onStdoutLine = [&](const QString& l) { lines.append(l); };
        auto r = ProcessRunner::run(s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->exitCode, 0);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), QStringLiteral("line 0"));
        QCOMPARE(lines.last(), QStringLiteral("line 4"));
    }

    void nonZeroExitKeepsStderrRedacted() {
        auto r = ProcessRunner::run(child({QStringLiteral("exit"), QStringLiteral("3")}));
        QVERIFY(r.ok());
        QCOMPARE(r->exitCode, 3);
        QCOMPARE(r->stderrTail.size(), 1);
        QVERIFY(!r->stderrTail.first().contains(QStringLiteral("SECRETSIGNATURE123")));
        QVERIFY(r->stderrTail.first().contains(QStringLiteral("REDACTED")));
    }

    void runJsonReportsExitCodeWithLastStderrLine() {
        auto r = ProcessRunner::runJson(child({QStringLiteral("exit"), QStringLiteral("4")}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::ExitCode);
        QVERIFY(r.error().message.contains(QStringLiteral("exit code 4")));
        QVERIFY(r.error().detail.contains(QStringLiteral("aks-test-child exit 4")));
        QVERIFY(!r.error().fullText().contains(QStringLiteral("SECRETSIGNATURE123")));
    }

    void runJsonParses() {
        auto r = ProcessRunner::runJson(child({QStringLiteral("json")}));
        QVERIFY(r.ok());
        QCOMPARE((*r)["name"].get<std::string>(), std::string("shop-prod"));
    }

    void garbageIsBadOutput() {
        auto r = ProcessRunner::runJson(child({QStringLiteral("garbage")}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::BadOutput);
        QVERIFY(r.error().message.contains(QStringLiteral("not valid JSON")));
    }

    void crashIsReported() {
        auto r = ProcessRunner::run(child({QStringLiteral("crash")}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Crashed);
        QVERIFY(r.error().message.contains(QStringLiteral("crashed")));
    }

    void missingProgramSaysSo() {
        ProcessSpec s;
        s.program = QStringLiteral("/nonexistent/velero");
        auto r = ProcessRunner::run(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::FailedToStart);
        QVERIFY(r.error().message.contains(QStringLiteral("was not found")));
    }

    void hangIsKilledAtTimeout() {
        ProcessSpec s = child({QStringLiteral("hang-term")});
        s.timeout = std::chrono::milliseconds(500);
        s.killGrace = std::chrono::milliseconds(300);
        QElapsedTimer t;
        t.start();
        auto r = ProcessRunner::run(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
        QVERIFY(r.error().message.contains(QStringLiteral("did not finish within")));
        // Generous: only a hang fails (the child ignores SIGTERM, so only the SIGKILL ends it).
        QVERIFY2(t.elapsed() < 60000, qPrintable(QString::number(t.elapsed())));
    }

    // Cancelled once the child has started its grandchild: both end, and the run says Cancelled.
    void cancelEndsTheRunAndKillsGrandchildren() {
        ProcessSpec s = child({QStringLiteral("spawn-hang")});
        s.timeout = std::chrono::seconds(60);
        qint64 grandchild = 0;
        s.onStdoutLine = [&](const QString& l) {
            if (l.startsWith(QStringLiteral("grandchild ")))
                grandchild = l.mid(11).toLongLong();
        };
        CancelToken token;
        s.onStdoutLine = [&grandchild, token](const QString& l) {
            if (l.startsWith(QStringLiteral("grandchild "))) {
                grandchild = l.mid(11).toLongLong();
                token.cancel();
            }
        };
        auto r = ProcessRunner::run(s, token);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(grandchild > 0);
        // Generous: a grandchild left running fails; one reaped late on a loaded machine does not.
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(grandchild), 0) != 0, 30000);
    }

    void largeOutputIsKeptWhole() {
        ProcessSpec s = child({QStringLiteral("large"), QStringLiteral("10")});
        qint64 lines = 0;
        s.onStdoutLine = [&](const QString&) { ++lines; };
        auto r = ProcessRunner::run(s);
        QVERIFY(r.ok());
        QCOMPARE(r->standardOutput.size(), qsizetype(10 * 1024 * 1024 / 100 * 100));
        QCOMPARE(lines, qint64(10 * 1024 * 1024 / 100));
    }

    void outputCapStopsTheProgram() {
        ProcessSpec s = child({QStringLiteral("large"), QStringLiteral("10")});
        s.maxOutputBytes = 1024 * 1024;
        auto r = ProcessRunner::run(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::BadOutput);
    }

    void utf8IsDecoded() {
        ProcessSpec s = child({QStringLiteral("utf8")});
        QStringList lines;
        s.onStdoutLine = [&](const QString& l) { lines.append(l); };
        auto r = ProcessRunner::run(s);
        QVERIFY(r.ok());
        QCOMPARE(lines.value(0), QStringLiteral("バックアップ復元 ✓ 😀"));
        QCOMPARE(lines.value(1), QStringLiteral("üñïçødé"));
    }

    void stdinReachesTheProgram() {
        ProcessSpec s = child({QStringLiteral("stdin")});
        s.standardInput = QByteArrayLiteral("secret-through-stdin\n");
        auto r = ProcessRunner::run(s);
        QVERIFY(r.ok());
        QCOMPARE(r->standardOutput, QByteArrayLiteral("secret-through-stdin\n"));
    }

    // The first of 100 lines (one every 100 ms) cancels the run: that only happens if lines arrive
    // while the program still runs, not when it has ended.
    void slowOutputStreamsAsItComes() {
        ProcessSpec s = child({QStringLiteral("slow"), QStringLiteral("100")});
        CancelToken token;
        int lines = 0;
        s.onStdoutLine = [&lines, token](const QString&) {
            ++lines;
            token.cancel();
        };
        auto r = ProcessRunner::run(s, token);
        QVERIFY2(!r.ok(), "the program ran to its end before its first line arrived");
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(lines >= 1 && lines < 100);
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
