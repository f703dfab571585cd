#include "TestEnv.h"

#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

class TestCli : public QObject {
    Q_OBJECT

    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run run(const QStringList& args,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
        QProcess p;
        p.setProcessEnvironment(env);
        // No display at all: headless commands must not need one.
        QProcessEnvironment e = env;
        e.remove(QStringLiteral("DISPLAY"));
        e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(e);
        p.start(aks::test::binary(QStringLiteral("aks-recovery")), args);
        if (!p.waitForFinished(60000))
            return {-1, {}, {}};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void version() {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("aks-recovery ")));
    }

    void help() {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
        QVERIFY(r.out.contains(QStringLiteral("env")));
    }

    void unknownCommandIsUsageError() {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command 'frobnicate'")));
    }

    void unknownOptionIsUsageError() {
        const Run r = run({QStringLiteral("--frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--frobnicate")));
    }

    void badPowerShellModeIsUsageError() {
        const Run r =
            run({QStringLiteral("--powershell-mode"), QStringLiteral("sometimes"), QStringLiteral("env")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("per-call")));
    }

    void missingValueIsUsageError() {
        const Run r = run({QStringLiteral("env"), QStringLiteral("--velero")});
        QCOMPARE(r.code, 2);
    }

    void envFailsWhenAToolIsMissing() {
        const Run r =
            run({QStringLiteral("env"), QStringLiteral("--velero"), QStringLiteral("/nonexistent/velero"),
                 QStringLiteral("--powershell"), QStringLiteral("/bin/sh"), QStringLiteral("--kubectl"),
                 QStringLiteral("/bin/sh")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("velero was not found")));
    }

    void optionsBeatEnvironmentVariables() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AKS_RECOVERY_VELERO"), QStringLiteral("/bin/true"));
        env.insert(QStringLiteral("AKS_RECOVERY_POWERSHELL"), QStringLiteral("/bin/sh"));
        env.insert(QStringLiteral("AKS_RECOVERY_KUBECTL"), QStringLiteral("/bin/sh"));
        Run r = run({QStringLiteral("env"), QStringLiteral("--json")}, env);
        QCOMPARE(r.code, 0);
        auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["tools"]["velero"]["path"].get<std::string>(), std::string("/bin/true"));
        r = run({QStringLiteral("env"), QStringLiteral("--json"), QStringLiteral("--velero=/bin/false")},
                env);
        j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["tools"]["velero"]["path"].get<std::string>(), std::string("/bin/false"));
    }

    void commandHelp() {
        const Run r = run({QStringLiteral("env"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
