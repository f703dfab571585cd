#include "../clusters/SimFixture.h"
#include "akshci/AksHciClient.h"
#include "health/HealthChecker.h"
#include "health/HealthRepairRun.h"

#include <QTest>

using namespace aks;

// The diagnosis and the repairs against aks-sim-powershell: the demo's near-expiry cluster, the
// cert-expired fault on the management cluster and on one cluster, and the repairs that clear them.
class TestHealthSim : public QObject {
    Q_OBJECT

    SimFixture m_sim;
    QTemporaryDir m_kube;

    HealthReport check(AksHciClient& client) {
        HealthChecker checker(client, [&](const QString& cluster, const CancelToken& c) -> Result<QString> {
            const QString path = m_kube.filePath(cluster + QStringLiteral(".yaml"));
            if (auto st = client.getCredential(cluster, path, c); !st)
                return st.error();
            return path;
        });
        return checker.check(CancelToken());
    }
    static const HealthFinding* find(const HealthReport& r, HealthFinding::Kind kind,
                                     const QString& subject) {
        for (const HealthFinding& f : r.findings)
            if (f.kind == kind && f.subject == subject)
                return &f;
        return nullptr;
    }
    int calls(const QString& cmdlet) const {
        int n = 0;
        for (const auto& c : m_sim.calls())
            n += c.value("cmdlet", "") == cmdlet.toStdString();
        return n;
    }
    // Runs a repair confirmed by name; returns the outcome.
    RestoreJournal::Outcome repair(AksHciClient& client, const HealthReport& r, const QString& id) {
        for (const HealthFinding& f : r.findings)
            for (const HealthRepair& rep : f.repairs)
                if (rep.id == id) {
                    HealthRepairRun run(rep, f.subject, r.deployment, client,
                                        [&](const CancelToken&) { return check(client); });
                    return run.run({run.confirmationName()}, false, JobContext(CancelToken(), {}, {}))
                        .outcome;
                }
        return RestoreJournal::Outcome::Failed;
    }

private slots:
    void init() {
        m_sim.clearFault();
        QFile::remove(QDir(m_sim.akshciDir()).filePath(QStringLiteral("calls.jsonl")));
        QVERIFY(m_sim.seed());
    }

    void demoShowsEveryExpiryWithDaysLeft() {
        AksHciClient client(m_sim.env());
        const HealthReport r = check(client);
        QVERIFY(r.reachable);
        QVERIFY(r.installed);
        QCOMPARE(r.deployment, QStringLiteral("aks-demo"));
        QCOMPARE(r.version, QStringLiteral("1.0.24.11029"));
        QCOMPARE(r.clusters.size(), 3);
        QCOMPARE(r.rotationSettings.value(QStringLiteral("MOC.caCertRotationThreshold")),
                 QStringLiteral("90"));
        for (const QString& c :
             {QStringLiteral("shop-prod"), QStringLiteral("payments"), QStringLiteral("analytics")}) {
            QVERIFY2(find(r, HealthFinding::Kind::ClientCertificate, c), qPrintable(c));
            QVERIFY2(find(r, HealthFinding::Kind::CaCertificate, c), qPrintable(c));
        }
        const HealthFinding* payments =
            find(r, HealthFinding::Kind::ClientCertificate, QStringLiteral("payments"));
        QVERIFY(payments->daysLeft);
        QVERIFY(*payments->daysLeft >= 4 && *payments->daysLeft <= 5);
        QCOMPARE(payments->urgency, HealthFinding::Urgency::Warning);
        QCOMPARE(scriptText(payments->repairs.first().script),
                 QStringLiteral(
                     "Update-AksHciClusterCertificates -name 'payments' -fixKubeletCredentials -force"));
        QCOMPARE(find(r, HealthFinding::Kind::ClientCertificate, QStringLiteral("shop-prod"))->urgency,
                 HealthFinding::Urgency::Ok);
        QVERIFY(!r.expiryFound());
        QVERIFY(r.needsAction(0)); // payments is a Warning whatever the window
        QCOMPARE(r.sortedFindings().first().subject, QStringLiteral("payments"));
    }

    void expiredManagementIsDiagnosedAndRepaired() {
        m_sim.setFault(QStringLiteral("cert-expired"));
        AksHciClient client(m_sim.env());
        const HealthReport r = check(client);
        QVERIFY(r.reachable); // Get-AksHciConfig reads local files and still answers
        QVERIFY(r.expiryFound());
        const HealthFinding* f = find(r, HealthFinding::Kind::CertificatesExpired, QString());
        QVERIFY(f);
        QCOMPARE(f->urgency, HealthFinding::Urgency::Critical);
        QCOMPARE(r.expiryRepairs().first().id, QStringLiteral("repair/update-certificates"));
        QVERIFY(r.clusters.isEmpty());

        QCOMPARE(repair(client, r, QStringLiteral("repair/update-certificates")),
                 RestoreJournal::Outcome::Completed);
        QCOMPARE(calls(QStringLiteral("Update-AksHciCertificates")), 1);
        QCOMPARE(calls(QStringLiteral("Uninstall-AksHci")), 0);
        const HealthReport after = check(client); // the fault stays set; it was applied once
        QVERIFY(!after.expiryFound());
        QCOMPARE(after.clusters.size(), 3);
    }

    void mocLoginRepairsToo() {
        m_sim.setFault(QStringLiteral("cert-expired"));
        AksHciClient client(m_sim.env());
        const HealthReport r = check(client);
        QCOMPARE(repair(client, r, QStringLiteral("repair/moc-login")), RestoreJournal::Outcome::Completed);
        QCOMPARE(calls(QStringLiteral("Repair-MocLogin")), 1);
        QVERIFY(!check(client).expiryFound());
    }

    void expiredClusterCertificate() {
        m_sim.setFault(QStringLiteral("cert-expired:payments"));
        AksHciClient client(m_sim.env());
        const HealthReport r = check(client);
        const HealthFinding* f = find(r, HealthFinding::Kind::ClientCertificate, QStringLiteral("payments"));
        QVERIFY(f);
        QCOMPARE(f->urgency, HealthFinding::Urgency::Critical);
        QVERIFY(*f->daysLeft < 0);
        QVERIFY(r.expiryFound());
        QCOMPARE(find(r, HealthFinding::Kind::ClientCertificate, QStringLiteral("shop-prod"))->urgency,
                 HealthFinding::Urgency::Ok);

        QCOMPARE(repair(client, r, QStringLiteral("repair/cluster-certificates/payments/kubelet")),
                 RestoreJournal::Outcome::Completed);
        const HealthReport after = check(client);
        QVERIFY(!after.expiryFound());
        QVERIFY(*find(after, HealthFinding::Kind::ClientCertificate, QStringLiteral("payments"))->daysLeft >
                300);
    }

    void unconfirmedRepairDoesNotRun() {
        m_sim.setFault(QStringLiteral("cert-expired"));
        AksHciClient client(m_sim.env());
        const HealthReport r = check(client);
        HealthRepairRun run(r.expiryRepairs().first(), {}, r.deployment, client,
                            [&](const CancelToken&) { return check(client); });
        const EngineResult e =
            run.run({QStringLiteral("wrong-name")}, false, JobContext(CancelToken(), {}, {}));
        QCOMPARE(e.outcome, RestoreJournal::Outcome::NeedsConfirmation);
        QCOMPARE(e.confirmation.name, QStringLiteral("aks-demo"));
        QCOMPARE(calls(QStringLiteral("Update-AksHciCertificates")), 0);
    }

    void unreachableWithoutExpiryIsNotExpiry() {
        m_sim.setFault(QStringLiteral("stderr:Get-AksHciConfig"));
        AksHciClient client(m_sim.env());
        const HealthReport r = check(client);
        QVERIFY(!r.reachable);
        QVERIFY(!r.expiryFound());
        QVERIFY(find(r, HealthFinding::Kind::ManagementUnreachable, QString()));
        QCOMPARE(r.worst(), HealthFinding::Urgency::Critical);
    }
};

QTEST_GUILESS_MAIN(TestHealthSim)
#include "tst_health_sim.moc"
