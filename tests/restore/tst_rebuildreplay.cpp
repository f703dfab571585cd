// The rebuild against the PowerShell simulator: the scripts the dry run shows are byte for byte
// the scripts sent (secrets masked), the replayability gate stops a snapshot that lacks a secret
// before anything is removed, and the drift check reports equal after a faithful rebuild and a
// difference when a setting was dropped.
#include "../clusters/SimFixture.h"

#include "akshci/AksHciClient.h"
#include "core/Redactor.h"
#include "restore/BackendRecoveryTarget.h"
#include "snapshot/SnapshotCapture.h"
#include "snapshot/SnapshotWriter.h"

#include <QSaveFile>

using namespace aks;

namespace {
const QString kProxyPassword = QStringLiteral("Pr0xy!Demo-Secret-2024"); // the demo seed's
const QString kSpSecret = QStringLiteral("demo-sp-secret-1234");
const QStringList kClusters{QStringLiteral("analytics"), QStringLiteral("payments"),
                            QStringLiteral("shop-prod")};
} // namespace

class TestRebuildReplay : public QObject {
    Q_OBJECT

    struct Setup {
        SimFixture sim;
        QTemporaryDir snapshots;
        std::shared_ptr<AksHciClient> client;
        RestorePlan plan;
        QStringList sent; // every statement of every changing script, as sent (masked)
    };

    std::unique_ptr<Setup> setup() {
        auto s = std::make_unique<Setup>();
        if (!s->sim.seed())
            return nullptr;
        s->client = std::make_shared<AksHciClient>(s->sim.env());
        CancelToken cancel;
        auto live = SnapshotCapture::capture(*s->client, {}, cancel);
        if (!live)
            qWarning() << live.error().fullText();
        if (!live)
            return nullptr;
        auto dir = SnapshotWriter::write(*live, s->snapshots.path(), {}, cancel); // redacted
        if (!dir)
            return nullptr;
        s->plan.id = QStringLiteral("replay-test");
        s->plan.scenario = RestorePlan::Scenario::Corruption;
        s->plan.deployment = QStringLiteral("aks-demo");
        s->plan.snapshotDir = *dir;
        for (const QString& c : kClusters)
            s->plan.clusters.append(ClusterRestorePlan{.cluster = c});
        Setup* raw = s.get();
        s->client->setScriptObserver([raw](const QString& what, const QString& script) {
            if (!what.startsWith(QLatin1String("Get-")))
                raw->sent << script.split(QLatin1Char('\n'));
        });
        return s;
    }

private slots:
    void previewIsTheScriptAndDriftIsEqual() {
        auto s = setup();
        QVERIFY(s);
        BackendRecoveryTarget t(s->sim.env(), s->plan, s->client);
        t.setRebuildSecrets({kProxyPassword, kSpSecret, QStringLiteral("svc-aksproxy")});
        const Status gate = t.snapshotUsable();
        QVERIFY2(gate, qPrintable(gate ? QString() : gate.error().message));
        QStringList preview = t.installManagementCommands();
        for (const QString& c : kClusters)
            preview << t.createClusterCommands(c);
        QVERIFY(!preview.join(QLatin1Char('\n')).contains(kProxyPassword));
        QVERIFY(preview.join(QLatin1Char('\n')).contains(QStringLiteral("-proxySettings $proxySettings")));

        CancelToken cancel;
        QVERIFY(t.uninstallManagement(cancel));
        s->sent.clear();
        const Status installed = t.installManagement(cancel);
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().fullText()));
        for (const QString& c : kClusters) {
            const Status created = t.createCluster(c, cancel);
            QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        }
        // Set-AksHciConfig and Set-AksHciRegistration before Install-AksHci, as the preview says.
        QCOMPARE(s->sent, preview);
        const int config = int(s->sent.indexOf(QRegularExpression(QStringLiteral("Set-AksHciConfig .*"))));
        const int reg = int(s->sent.indexOf(QRegularExpression(QStringLiteral("Set-AksHciRegistration .*"))));
        const int install = int(s->sent.indexOf(QStringLiteral("Install-AksHci")));
        QVERIFY(config >= 0 && reg > config && install > reg);

        auto diff = t.compareWithSnapshot(cancel);
        QVERIFY(diff);
        QVERIFY2(diff->isEmpty(), qPrintable(diff->join(QLatin1Char('\n'))));

        // A setting lost on the way is a difference, not "equal".
        nlohmann::json state = s->sim.state();
        for (auto& c : state["clusters"])
            if (c["Name"] == "analytics")
                c["ControlPlaneVmSize"] = "Standard_A2_v2";
        QSaveFile f(QDir(s->sim.akshciDir()).filePath(QStringLiteral("state.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(state.dump()));
        QVERIFY(f.commit());
        auto after = t.compareWithSnapshot(cancel);
        QVERIFY(after);
        QCOMPARE(after->size(), 1);
        QVERIFY2(after->first().contains(QStringLiteral("controlPlaneVmSize")), qPrintable(after->first()));
    }

    void missingSecretStopsBeforeUninstall() {
        auto s = setup();
        QVERIFY(s);
        BackendRecoveryTarget t(s->sim.env(), s->plan, s->client);
        const Status gate = t.snapshotUsable();
        QVERIFY(!gate);
        QCOMPARE(gate.error().kind, Error::Kind::BadInput);
        QVERIFY2(gate.error().message.contains(QStringLiteral("proxyServerPassword")),
                 qPrintable(gate.error().message));
        // The preview never carries a redaction marker as a value.
        QVERIFY(
            !t.installManagementCommands().join(QLatin1Char('\n')).contains(QStringLiteral("redacted by")));
        for (const auto& call : s->sim.calls())
            QVERIFY(call["cmdlet"] != "Uninstall-AksHci");
    }
};

QTEST_GUILESS_MAIN(TestRebuildReplay)
#include "tst_rebuildreplay.moc"
