// `aks-recovery history` and `aks-recovery rpo` against the velero simulator: output, JSON and
// the exit codes a scheduled task relies on.
#include "SimFixture.h"
#include "cli/commands/HistoryCommand.h"
#include "cli/commands/RpoCommand.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace aks;

class TstHistoryCli : public QObject {
    Q_OBJECT

private:
    test::SimFixture m_sim;

    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run run(CliCommand& command, const QStringList& args) {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        EnvironmentConfig env;
        env.velero = test::SimFixture::velero();
        env.kubectl = test::SimFixture::kubectl();
        env.powershell = QStringLiteral("/nonexistent/powershell");
        env.processEnvironment = m_sim.environment();
        CliContext ctx{env, outStream, errStream, {}};
        const int code = command.run(args, ctx);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

private slots:
    void initTestCase() { QVERIFY(m_sim.seed(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))); }

    void history() {
        HistoryCommand cmd;
        const Run text =
            run(cmd, {QStringLiteral("--cluster"), QStringLiteral("payments"), QStringLiteral("--kubeconfig"),
                      m_sim.kubeconfig(QStringLiteral("payments"))});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QLatin1String("Failed")));
        QVERIFY(text.out.contains(QLatin1String("within RPO")));

        const Run json = run(cmd, {QStringLiteral("--cluster"), QStringLiteral("analytics"),
                                   QStringLiteral("--kubeconfig"),
                                   m_sim.kubeconfig(QStringLiteral("analytics")), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const auto j = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(j["backups"].size(), size_t(19));
        QVERIFY(j["rpo"]["status"] == "breached");
        QVERIFY(j["schedules"][0]["cron"] == "0 2 * * *");
        // Newest first.
        QVERIFY(j["backups"][0]["started"].get<std::string>() >
                j["backups"][1]["started"].get<std::string>());

        QCOMPARE(run(cmd, {}).code, 2);
        const Run broken =
            run(cmd, {QStringLiteral("--cluster"), QStringLiteral("standby"), QStringLiteral("--kubeconfig"),
                      m_sim.kubeconfig(QStringLiteral("standby"))});
        QCOMPARE(broken.code, 1);
        QVERIFY(!broken.err.isEmpty());
    }

    void rpo() {
        RpoCommand cmd;
        const auto args = [this](const QString& cluster) {
            return QStringList{QStringLiteral("--cluster"), cluster, QStringLiteral("--kubeconfig"),
                               m_sim.kubeconfig(cluster)};
        };
        QCOMPARE(run(cmd, args(QStringLiteral("shop-prod"))).code, 0);
        const Run late = run(cmd, args(QStringLiteral("analytics")) + QStringList{QStringLiteral("--json")});
        QCOMPARE(late.code, 1);
        const auto j = nlohmann::json::parse(late.out.toStdString());
        QVERIFY(j["ok"] == false);
        QVERIFY(j["clusters"][0]["status"] == "breached");
        // A wider RPO lets the two-day-old backup pass.
        QCOMPARE(run(cmd, args(QStringLiteral("analytics")) +
                              QStringList{QStringLiteral("--max-age"), QStringLiteral("72h")})
                     .code,
                 0);
        QCOMPARE(run(cmd, {QStringLiteral("--max-age"), QStringLiteral("soon")}).code, 2);
        QCOMPARE(run(cmd, {QStringLiteral("--kubeconfig"), QStringLiteral("/x")}).code, 2);
        // Velero not installed: the cluster cannot be checked, which must alert too.
        QCOMPARE(run(cmd, args(QStringLiteral("standby"))).code, 1);
    }
};

QTEST_GUILESS_MAIN(TstHistoryCli)
#include "tst_history_cli.moc"
