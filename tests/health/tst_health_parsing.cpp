#include "TestEnv.h"
#include "akshci/CmdletCheck.h"
#include "health/CertificateExpiry.h"
#include "health/HealthChecker.h"
#include "health/HealthReport.h"
#include "health/KubeconfigCertificates.h"
#include "restore/RestoreEngine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <nlohmann/json.hpp>

using namespace aks;

// Certificates and kubeconfigs (fixtures in tests/health/data, made with fixed dates), the health
// model's ordering and exit rule, the repair scripts against the cmdlet table, and the engine's
// "the repair did not help" gate.
class TestHealthParsing : public QObject {
    Q_OBJECT

    static QByteArray data(const QString& name) {
        QFile f(test::sourceDir() + QStringLiteral("/tests/health/data/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QDateTime utc(int y, int m, int d, int h = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
    }
    static HealthFinding finding(HealthFinding::Kind kind, HealthFinding::Urgency u, const QString& subject,
                                 std::optional<qint64> days = std::nullopt) {
        HealthFinding f;
        f.kind = kind;
        f.urgency = u;
        f.subject = subject;
        f.daysLeft = days;
        return f;
    }

private slots:
    void pemNotAfter() {
        const auto certs = CertificateExpiry::fromPem(data(QStringLiteral("client.pem")));
        QVERIFY(certs);
        QCOMPARE(certs->size(), 1);
        QCOMPARE(certs->first().notAfter, utc(2027, 1, 1, 12));
        QCOMPARE(certs->first().notBefore, utc(2026, 1, 1));
        QVERIFY(certs->first().subject.contains(QLatin1String("shop-admin")));
    }

    void chainGivesEveryCertificate() {
        const auto certs = CertificateExpiry::fromPem(data(QStringLiteral("chain.pem")));
        QVERIFY(certs);
        QCOMPARE(certs->size(), 2);
        QCOMPARE(certs->at(1).notAfter, utc(2035, 1, 1));
    }

    void daysLeftRoundsDown() {
        CertificateExpiry e;
        e.notAfter = utc(2027, 1, 11, 12);
        QCOMPARE(e.daysLeft(utc(2027, 1, 1, 12)), 10);
        QCOMPARE(e.daysLeft(utc(2027, 1, 1, 13)), 9);
        QCOMPARE(e.daysLeft(utc(2027, 1, 11, 13)), -1); // an hour past is day -1, not 0
        QVERIFY(e.expired(utc(2027, 1, 11, 12)));
    }

    void badPemIsCorrupt_data() {
        QTest::addColumn<QByteArray>("pem");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no pem") << QByteArray("hello");
        QTest::newRow("header only") << QByteArray(
            "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        QByteArray broken = data(QStringLiteral("client.pem"));
        broken.replace("MII", "XXX");
        QTest::newRow("broken body") << broken;
        QByteArray truncated = data(QStringLiteral("client.pem"));
        truncated.chop(60);
        QTest::newRow("truncated") << truncated;
        QTest::newRow("good then bad") << data(QStringLiteral("client.pem")) + broken;
    }
    void badPemIsCorrupt() {
        QFETCH(QByteArray, pem);
        const auto certs = CertificateExpiry::fromPem(pem);
        QVERIFY(!certs);
        QCOMPARE(certs.error().kind, Error::Kind::Corrupt);
    }

    void kubeconfigCertificates() {
        const auto k = KubeconfigCertificates::parse(data(QStringLiteral("kubeconfig-valid.yaml")));
        QVERIFY2(k, qPrintable(k ? QString() : k.error().message));
        QCOMPARE(k->client.size(), 1);
        QCOMPARE(k->ca.size(), 1);
        QCOMPARE(k->client.first().notAfter, utc(2027, 1, 1, 12)); // the quoted value is read too
        QCOMPARE(k->ca.first().notAfter, utc(2035, 1, 1));
        QVERIFY(!k->tokenAuth);
    }

    void tokenKubeconfigHasNoCertificate() {
        const auto k = KubeconfigCertificates::parse(data(QStringLiteral("kubeconfig-token.yaml")));
        QVERIFY(k);
        QVERIFY(k->client.isEmpty());
        QVERIFY(k->tokenAuth);
    }

    void badKubeconfigIsCorrupt_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("bad pem") << data(QStringLiteral("kubeconfig-badpem.yaml"));
        QTest::newRow("not base64") << data(QStringLiteral("kubeconfig-notbase64.yaml"));
        QTest::newRow("no credentials") << QByteArray("apiVersion: v1\nkind: Config\n");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe:\x01", 5);
    }
    void badKubeconfigIsCorrupt() {
        QFETCH(QByteArray, text);
        const auto k = KubeconfigCertificates::parse(text);
        QVERIFY(!k);
        QCOMPARE(k.error().kind, Error::Kind::Corrupt);
    }

    void missingKubeconfigIsNotFound() {
        const auto k = KubeconfigCertificates::read(QStringLiteral("/nonexistent/kubeconfig"));
        QVERIFY(!k);
        QCOMPARE(k.error().kind, Error::Kind::NotFound);
    }

    void urgencyByDaysLeft() {
        QCOMPARE(HealthChecker::urgencyFor(-1), HealthFinding::Urgency::Critical);
        QCOMPARE(HealthChecker::urgencyFor(0), HealthFinding::Urgency::Warning);
        QCOMPARE(HealthChecker::urgencyFor(HealthChecker::kWarningDays), HealthFinding::Urgency::Warning);
        QCOMPARE(HealthChecker::urgencyFor(HealthChecker::kWarningDays + 1), HealthFinding::Urgency::Notice);
        QCOMPARE(HealthChecker::urgencyFor(HealthChecker::kNoticeDays + 1), HealthFinding::Urgency::Ok);
    }

    void expirySymptoms() {
        QVERIFY(HealthChecker::looksLikeExpiry(QStringLiteral(
            "transport: authentication handshake failed: x509: certificate has expired or is not "
            "yet valid")));
        QVERIFY(HealthChecker::looksLikeExpiry(QStringLiteral("mocctl: Certificate has expired")));
        QVERIFY(HealthChecker::looksLikeExpiry(QStringLiteral("KMS plugin: invalid token")));
        QVERIFY(!HealthChecker::looksLikeExpiry(QStringLiteral("The RPC server is unavailable.")));
    }

    void sortedMostUrgentThenFewestDays() {
        HealthReport r;
        r.findings = {
            finding(HealthFinding::Kind::CaCertificate, HealthFinding::Urgency::Ok, QStringLiteral("b"), 900),
            finding(HealthFinding::Kind::ClientCertificate, HealthFinding::Urgency::Notice,
                    QStringLiteral("a"), 20),
            finding(HealthFinding::Kind::ClientCertificate, HealthFinding::Urgency::Notice,
                    QStringLiteral("c"), 10),
            finding(HealthFinding::Kind::CertificatesExpired, HealthFinding::Urgency::Critical, {})};
        const auto s = r.sortedFindings();
        QCOMPARE(s.at(0).kind, HealthFinding::Kind::CertificatesExpired);
        QCOMPARE(s.at(1).subject, QStringLiteral("c"));
        QCOMPARE(s.at(2).subject, QStringLiteral("a"));
        QCOMPARE(s.at(3).subject, QStringLiteral("b"));
        QCOMPARE(r.worst(), HealthFinding::Urgency::Critical);
        QVERIFY(r.expiryFound());
    }

    void needsActionHonoursWarnDays() {
        HealthReport r;
        r.findings = {finding(HealthFinding::Kind::ClientCertificate, HealthFinding::Urgency::Notice,
                              QStringLiteral("a"), 20)};
        QVERIFY(!r.needsAction(19));
        QVERIFY(r.needsAction(20));
        QVERIFY(!r.expiryFound());
        r.findings.append(finding(HealthFinding::Kind::ClusterUnreachable, HealthFinding::Urgency::Warning,
                                  QStringLiteral("b")));
        QVERIFY(r.needsAction(0));
    }

    void jsonCarriesKindsDaysAndScripts() {
        HealthReport r;
        r.deployment = QStringLiteral("aks-demo");
        HealthFinding f = finding(HealthFinding::Kind::ClientCertificate, HealthFinding::Urgency::Critical,
                                  QStringLiteral("payments"), -2);
        f.repairs = HealthChecker::clusterRepairs(QStringLiteral("payments"), false);
        r.findings = {f};
        const nlohmann::json j = r.toJson(30);
        QVERIFY(j["findings"][0]["kind"] == "clientCertificate");
        QVERIFY(j["findings"][0]["urgency"] == "critical");
        QVERIFY(j["findings"][0]["daysLeft"] == -2);
        QVERIFY(j["findings"][0]["repairs"][0]["script"] ==
                "Update-AksHciClusterCertificates -name 'payments' -fixKubeletCredentials -force");
        QVERIFY(j["needsAction"] == true);
        QVERIFY(j["expiryFound"] == true);
    }

    // Every repair script binds against the project's cmdlet table, as PowerShell would bind it.
    void repairScriptsBind() {
        QList<HealthRepair> all = HealthChecker::managementRepairs();
        all += HealthChecker::clusterRepairs(QStringLiteral("payments"), false);
        all += HealthChecker::clusterRepairs(QStringLiteral("payments"), true);
        QCOMPARE(all.size(), 7);
        for (const HealthRepair& r : all)
            for (const PsCommand& c : r.script) {
                const CmdletBinding b = CmdletCheck::bind(c);
                QVERIFY2(b.ok(), qPrintable(c.toString() + QStringLiteral(": ") + b.error.message));
            }
        QCOMPARE(scriptText(all.at(0).script), QStringLiteral("Update-AksHciCertificates -force"));
        QCOMPARE(scriptText(all.at(1).script), QStringLiteral("Repair-MocLogin"));
        QVERIFY(all.at(2).deprecated);
        QCOMPARE(
            scriptText(all.at(5).script),
            QStringLiteral("Update-AksHciClusterCertificates -name 'payments' -fixCloudCredentials -force"));
        // A name that is not a cluster name gets no script at all.
        QVERIFY(HealthChecker::clusterRepairs(QStringLiteral("x'; Remove-Item C:\\"), false).isEmpty());
    }

    // A destructive step that the diagnosis ties to expiry stops for the repair, and goes on only with
    // the admin's word that it did not help, which the journal keeps.
    void repairDidNotHelpGate() {
        QTemporaryDir dir;
        RestorePlan plan;
        plan.id = QStringLiteral("gate");
        plan.deployment = QStringLiteral("aks-demo");
        bool ran = false;
        const auto steps = [&] {
            RestoreStep s;
            s.id = QStringLiteral("uninstall/aks-demo");
            s.title = QStringLiteral("Uninstall");
            s.confirmation = [](const StepRun&) -> Result<std::optional<Confirmation>> {
                Confirmation c{QStringLiteral("aks-demo"), QStringLiteral("everything"), {}};
                c.repairFirst = {QStringLiteral("Update-AksHciCertificates -force")};
                c.diagnosis = QStringLiteral("x509: certificate has expired");
                return std::optional<Confirmation>(c);
            };
            s.run = [&](const StepRun&) -> Status {
                ran = true;
                return {};
            };
            return std::vector<RestoreStep>{s};
        };
        RestoreJournal journal(plan, dir.filePath(QStringLiteral("j.json")));
        const JobContext job(CancelToken(), {}, {});
        {
            RestoreEngine e(steps(), journal);
            e.setConfirmedNames({QStringLiteral("aks-demo")});
            const EngineResult r = e.run(job);
            QCOMPARE(r.outcome, RestoreJournal::Outcome::NeedsConfirmation);
            QCOMPARE(r.confirmation.repairFirst,
                     QStringList{QStringLiteral("Update-AksHciCertificates -force")});
            QVERIFY(!ran);
        }
        {
            RestoreEngine e(steps(), journal);
            e.setRepairDidNotHelp(true);
            QCOMPARE(e.run(job).outcome, RestoreJournal::Outcome::NeedsConfirmation); // the name still counts
            QVERIFY(!ran);
        }
        RestoreEngine e(steps(), journal);
        e.setRepairDidNotHelp(true);
        e.setConfirmedNames({QStringLiteral("aks-demo")});
        QCOMPARE(e.run(job).outcome, RestoreJournal::Outcome::Completed);
        QVERIFY(ran);
        const JournalStep* js = journal.step(QStringLiteral("uninstall/aks-demo"));
        QVERIFY(js);
        QCOMPARE(js->acknowledged.size(), 2);
        QVERIFY(js->acknowledged.first().contains(QLatin1String("Update-AksHciCertificates -force")));
    }
};

QTEST_GUILESS_MAIN(TestHealthParsing)
#include "tst_health_parsing.moc"
