#include "TestEnv.h"
#include "restore/RestoreJournal.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using namespace aks;

// SIGKILL during a write, at many moments: the file on disk is always the last completed write or
// the one in progress, whole, never a torn mix. (Snapshot exports: tst_snapshotexport.)
class TestKillSafety : public QObject {
    Q_OBJECT

    // The text aks-test-writer puts in write n (tests/hardening/writer.cpp).
    static QString payload(int n) {
        return QStringLiteral("write-%1-").arg(n) +
               QString(200 + (n % 17) * 37, QLatin1Char(char('a' + n % 26)));
    }

    struct Killed {
        int lastCompleted = -1; // the last "wrote N" the writer printed before it died
        bool ok = false;
    };

    // Starts the writer, lets it complete `writes` writes, waits `extraUs` more so the kill lands at
    // varied points inside the next write, then SIGKILLs it.
    static Killed runAndKill(const QStringList& args, const QProcessEnvironment& env, int writes,
                             int extraUs) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(test::binary(QStringLiteral("aks-test-writer")), args);
        Killed k;
        if (!p.waitForStarted(10000))
            return k;
        QByteArray out;
        static const QRegularExpression wrote(QStringLiteral("wrote (\\d+)\\n"));
        auto last = [&] {
            int n = 0;
            for (auto it = wrote.globalMatch(QString::fromLatin1(out)); it.hasNext();)
                n = it.next().captured(1).toInt();
            return n;
        };
        while (p.state() == QProcess::Running && last() < writes) {
            p.waitForReadyRead(50);
            out += p.readAllStandardOutput();
        }
        if (extraUs > 0)
            std::this_thread::sleep_for(std::chrono::microseconds(extraUs)); // the kill moment, not a sync
        test::killHard(p);
        p.waitForFinished(10000);
        out += p.readAllStandardOutput();
        k.lastCompleted = last();
        k.ok = p.exitStatus() == QProcess::CrashExit;
        return k;
    }

    static int moment(int run, int mod) { return (run * 7919) % mod; }

private slots:
    void journalIsOldOrNewAfterSigkill() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int sawNext = 0;
        for (int run = 0; run < 40; ++run) {
            const QString path = dir.filePath(QStringLiteral("journal-%1.json").arg(run));
            const Killed k =
                runAndKill({QStringLiteral("journal"), path}, QProcessEnvironment::systemEnvironment(),
                           1 + run % 9, moment(run, 4000));
            QVERIFY2(k.ok, "the writer was not killed");
            auto j = RestoreJournal::load(path);
            QVERIFY2(
                j.ok(),
                qPrintable(
                    QStringLiteral("run %1: %2").arg(run).arg(j.ok() ? QString() : j.error().fullText())));
            const int n = int(j->steps().size());
            QVERIFY2(
                n == k.lastCompleted || n == k.lastCompleted + 1,
                qPrintable(
                    QStringLiteral("run %1: %2 steps after write %3").arg(run).arg(n).arg(k.lastCompleted)));
            // Every part of the file belongs to the same write.
            QCOMPARE(j->outcomeMessage(), payload(n));
            for (int i = 0; i < n; ++i) {
                const JournalStep& s = j->steps().at(i);
                QCOMPARE(s.id, QStringLiteral("step-%1").arg(i + 1));
                QCOMPARE(s.message, payload(i + 1));
                QCOMPARE(s.log.size(), 20);
            }
            sawNext += n == k.lastCompleted + 1;
        }
        qInfo("journal: %d of 40 kills landed after a write finished but before it was reported", sawNext);
    }

    void settingsAreOldOrNewAfterSigkill() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int sawNext = 0;
        for (int run = 0; run < 40; ++run) {
            const QString config = dir.filePath(QStringLiteral("config-%1").arg(run));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
            const Killed k = runAndKill({QStringLiteral("settings")}, env, 1 + run % 9, moment(run, 6000));
            QVERIFY2(k.ok, "the writer was not killed");
            const QString file = config + QStringLiteral("/aks-recovery/aks-recovery.conf");
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QSettings s(file, QSettings::IniFormat);
            QCOMPARE(s.status(), QSettings::NoError);
            const QString ps = s.value(QStringLiteral("tools/powershell")).toString();
            QVERIFY2(ps.startsWith(QLatin1String("pwsh-")), qPrintable(ps));
            const int n = ps.mid(5).toInt();
            QVERIFY2(n == k.lastCompleted || n == k.lastCompleted + 1,
                     qPrintable(QStringLiteral("run %1: write %2 on disk after write %3")
                                    .arg(run)
                                    .arg(n)
                                    .arg(k.lastCompleted)));
            QCOMPARE(s.value(QStringLiteral("environment/remoteHost")).toString(),
                     payload(n).repeated(1 + n % 40));
            QCOMPARE(s.value(QStringLiteral("backups/rpoHours")).toInt(), 1 + n % 8000);
            QCOMPARE(s.value(QStringLiteral("timeouts/command")).toInt(), 5 + n % 80000);
            QCOMPARE(s.value(QStringLiteral("tools/kubectl")).toString(), QStringLiteral("kubectl"));
            sawNext += n == k.lastCompleted + 1;
        }
        qInfo("settings: %d of 40 kills landed after a write finished but before it was reported", sawNext);
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
