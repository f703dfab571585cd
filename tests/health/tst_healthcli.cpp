#include "DemoCli.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

// End to end: `aks-recovery --demo health` and the corruption scenario of `restore` against the
// simulators, each test in its own data folder (so its own demo state).
class TestHealthCli : public QObject {
    Q_OBJECT

    using Run = aks::test::CliRun;

    std::unique_ptr<QTemporaryDir> m_home;

    QString dataDir() const { return m_home->filePath(QStringLiteral("data")); }
    QString stateDir() const { return dataDir() + QStringLiteral("/aks-recovery/demo"); }

    Run run(const QStringList& args) {
        return aks::test::runDemoCli(args, aks::test::demoEnvironment(m_home->path()), 300000);
    }
    static nlohmann::json parse(const QByteArray& d) {
        return nlohmann::json::parse(d.constBegin(), d.constEnd(), nullptr, false);
    }
    static nlohmann::json readJson(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? parse(f.readAll()) : nlohmann::json();
    }
    nlohmann::json health(int expectCode, const QStringList& extra = {}) {
        const Run r = run(QStringList{QStringLiteral("health"), QStringLiteral("--json")} + extra);
        [&] { QCOMPARE(r.code, expectCode); }();
        return parse(r.out.toUtf8());
    }
    static const nlohmann::json* finding(const nlohmann::json& report, const char* kind,
                                         const char* subject) {
        for (const auto& f : report["findings"])
            if (f["kind"] == kind && f["subject"] == subject)
                return &f;
        return nullptr;
    }
    void setFault(const QString& spec) {
        QFile f(stateDir() + QStringLiteral("/akshci/fault"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(spec.toUtf8());
    }
    int calls(const char* cmdlet) {
        QFile f(stateDir() + QStringLiteral("/akshci/calls.jsonl"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        int n = 0;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (const auto j = parse(line); j.is_object() && j.value("cmdlet", "") == cmdlet)
                ++n;
        return n;
    }
    QString secretsFile() {
        const QString path = m_home->filePath(QStringLiteral("secrets.json"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("{\"proxyUser\": \"svc-aksproxy\", \"proxyPassword\": \"Pr0xy!Demo-Secret-2024\", "
                    "\"servicePrincipalSecret\": \"demo-sp-1234\"}");
        return path;
    }
    QString writeCorruptionPlan() {
        const QString plan = m_home->filePath(QStringLiteral("plan.json"));
        const Run r = run({QStringLiteral("restore"), QStringLiteral("--write-plan"), plan,
                           QStringLiteral("--scenario"), QStringLiteral("corruption")});
        [&] { QVERIFY2(r.code == 0, qPrintable(r.out + r.err)); }();
        return plan;
    }
    QStringList runPlanArgs(const QString& plan) {
        return {QStringLiteral("restore"),
                QStringLiteral("--plan"),
                plan,
                QStringLiteral("--poll-interval"),
                QStringLiteral("0.1"),
                QStringLiteral("--secrets-file"),
                secretsFile()};
    }
    nlohmann::json journalOf(const QString& plan) {
        return readJson(dataDir() + QStringLiteral("/aks-recovery/journal/restore-") +
                        QString::fromStdString(readJson(plan).value("id", std::string())) +
                        QStringLiteral(".json"));
    }
    static const nlohmann::json* step(const nlohmann::json& journal, const char* id) {
        for (const auto& s : journal["steps"])
            if (s["id"] == id)
                return &s;
        return nullptr;
    }

private slots:
    void init() {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void usageErrors() {
        QCOMPARE(run({QStringLiteral("health"), QStringLiteral("--warn-days"), QStringLiteral("soon")}).code,
                 2);
        QCOMPARE(run({QStringLiteral("health"), QStringLiteral("--warn-days"), QStringLiteral("-1")}).code,
                 2);
        QCOMPARE(
            run({QStringLiteral("health"), QStringLiteral("--confirm"), QStringLiteral("aks-demo")}).code, 2);
    }

    void jsonShowsEveryExpiryAndExitsOne() {
        const nlohmann::json j = health(1);
        QVERIFY(j["deployment"] == "aks-demo");
        QVERIFY(j["reachable"] == true);
        QCOMPARE(j["clusters"].size(), 3u);
        for (const char* c : {"shop-prod", "payments", "analytics"}) {
            QVERIFY2(finding(j, "clientCertificate", c), c);
            QVERIFY2(finding(j, "caCertificate", c), c);
            QVERIFY(finding(j, "clientCertificate", c)->at("daysLeft").is_number());
        }
        const nlohmann::json* p = finding(j, "clientCertificate", "payments");
        QVERIFY(p->at("daysLeft").get<int>() <= 5);
        QVERIFY(p->at("urgency") == "warning");
        QVERIFY(j["findings"][0]["subject"] == "payments"); // most urgent first
        QVERIFY(j["needsAction"] == true);
    }

    void repairedDeploymentPassesTheWarnDaysCheck() {
        health(1);
        const QString report = m_home->filePath(QStringLiteral("repair.html"));
        const Run r =
            run({QStringLiteral("health"), QStringLiteral("--repair"),
                 QStringLiteral("repair/cluster-certificates/payments/kubelet"), QStringLiteral("--confirm"),
                 QStringLiteral("payments"), QStringLiteral("--report"), report});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(calls("Update-AksHciClusterCertificates"), 1);
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("Update-AksHciClusterCertificates -name 'payments' "
                                        "-fixKubeletCredentials -force"));
        const nlohmann::json after = health(0, {QStringLiteral("--warn-days"), QStringLiteral("30")});
        QVERIFY(finding(after, "clientCertificate", "payments")->at("daysLeft").get<int>() > 300);
        // Beyond the shortest certificate's days left, the scheduler check fails again.
        health(1, {QStringLiteral("--warn-days"), QStringLiteral("400")});
    }

    void repairNeedsTheName() {
        health(1);
        const Run r = run({QStringLiteral("health"), QStringLiteral("--repair"),
                           QStringLiteral("repair/cluster-certificates/payments/kubelet")});
        QCOMPARE(r.code, 1);
        QCOMPARE(calls("Update-AksHciClusterCertificates"), 0);
        QCOMPARE(run({QStringLiteral("health"), QStringLiteral("--repair"), QStringLiteral("repair/none"),
                      QStringLiteral("--confirm"), QStringLiteral("x")})
                     .code,
                 1);
    }

    // The "done when": with expired certificates the corruption scenario proposes the repair
    // before any destructive step, the repair brings the deployment back, and no Uninstall-AksHci runs.
    void corruptionScenarioRepairsInsteadOfUninstalling() {
        const QString plan = writeCorruptionPlan();
        setFault(QStringLiteral("cert-expired"));
        const nlohmann::json sick = health(1);
        QVERIFY(sick["expiryFound"] == true);
        QVERIFY(finding(sick, "certificatesExpired", ""));

        QCOMPARE(run(runPlanArgs(plan) + QStringList{QStringLiteral("--confirm"), QStringLiteral("aks-demo")})
                     .code,
                 1);
        nlohmann::json journal = journalOf(plan);
        QVERIFY(journal["outcome"] == "needs-confirmation");
        QVERIFY(step(journal, "diagnose"));
        QVERIFY(!step(journal, "diagnose")->at("warnings").empty());
        QVERIFY(step(journal, "uninstall/aks-demo")->at("state") == "pending");
        QCOMPARE(calls("Uninstall-AksHci"), 0);

        const Run repaired = run({QStringLiteral("health"), QStringLiteral("--repair"),
                                  QStringLiteral("repair/update-certificates"), QStringLiteral("--confirm"),
                                  QStringLiteral("aks-demo")});
        QVERIFY2(repaired.code == 0, qPrintable(repaired.out + repaired.err));
        const nlohmann::json well = health(1); // payments still expires within the window
        QVERIFY(well["expiryFound"] == false);
        QCOMPARE(well["clusters"].size(), 3u);
        QCOMPARE(calls("Uninstall-AksHci"), 0);
    }

    // Going on anyway needs the admin's word that the repair did not help, kept in the journal.
    void repairDidNotHelpIsRecorded() {
        const QString plan = writeCorruptionPlan();
        setFault(QStringLiteral("cert-expired"));
        const Run r =
            run(runPlanArgs(plan) + QStringList{QStringLiteral("--confirm"), QStringLiteral("aks-demo"),
                                                QStringLiteral("--repair-did-not-help")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(calls("Uninstall-AksHci"), 1);
        const nlohmann::json journal = journalOf(plan);
        const nlohmann::json* u = step(journal, "uninstall/aks-demo");
        QVERIFY(u);
        QVERIFY(u->at("state") == "done");
        QCOMPARE(u->at("acknowledged").size(), 2u);
        QVERIFY(u->at("acknowledged")[0].get<std::string>().find("Update-AksHciCertificates -force") !=
                std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestHealthCli)
#include "tst_healthcli.moc"
