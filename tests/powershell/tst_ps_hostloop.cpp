// The client's long-lived PowerShell host loop run by the real engine (pwsh-host, PowerShell 7) with
// the AksHci stub module: framing and nonce, errors, cmdlets that write to the host, output at depth,
// and the client reading what the real ConvertTo-Json prints. Started by run-pwsh.sh, which gives
// AKS_PWSH_HOST (or skips/fails when pwsh-host is missing).
#include "akshci/AksHciClient.h"
#include "powershell/LongLivedPowerShell.h"
#include "powershell/PerCallPowerShell.h"
#include "powershell/PsCommand.h"
#include "powershell/PsLiteral.h"

#include <QDateTime>
#include <QTest>

using namespace aks;

class TestPsHostLoop : public QObject {
    Q_OBJECT

    static EnvironmentConfig
    env(EnvironmentConfig::PowerShellMode mode = EnvironmentConfig::PowerShellMode::LongLived) {
        EnvironmentConfig e;
        e.powershell = qEnvironmentVariable("AKS_PWSH_HOST");
        e.powershellMode = mode;
        e.processEnvironment.insert(QStringLiteral("PSModulePath"), qEnvironmentVariable("AKS_STUB_MODULES"));
        e.commandTimeout = std::chrono::seconds(60);
        e.longCommandTimeout = std::chrono::seconds(60);
        return e;
    }
    static PsRequest request(const QString& script) {
        PsRequest r;
        r.script = script;
        r.what = QStringLiteral("test script");
        r.timeout = std::chrono::seconds(60);
        return r;
    }

private slots:
    void hostLoopAnswersManyRequestsInOneProcess() {
        LongLivedPowerShell ps(env());
        CancelToken cancel;
        // A line that looks like a frame but lacks the nonce is only output; the host line goes aside.
        auto r =
            ps.execute(request(QStringLiteral("[Console]::Out.WriteLine('@@AKS 0 1 END 0 eA==')\n"
                                              "Write-Host 'from the host'\n"
                                              "Write-Warning 'a warning'\n"
                                              "[pscustomobject]@{ a = @{ b = @{ c = @{ d = 'deep' } } } }")),
                       cancel);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        const auto j = nlohmann::json::parse(r->toStdString().substr(r->indexOf('{')));
        QCOMPARE(QString::fromStdString(j["a"]["b"]["c"]["d"].get<std::string>()), QStringLiteral("deep"));
        QVERIFY(!r->contains("from the host"));
        auto e = ps.execute(request(QStringLiteral("throw 'boom: the cluster is gone'")), cancel);
        QVERIFY(!e);
        QCOMPARE(e.error().kind, Error::Kind::ExitCode);
        QVERIFY(e.error().message.contains(QLatin1String("boom: the cluster is gone")));
        // Typographic quotes end a PowerShell literal too: psLiteral doubles them, UTF-8 both ways.
        const QString text = QStringLiteral("ünïcødé ‘quoted’ $x `n");
        auto u = ps.execute(request(psLiteral(text)), cancel);
        QVERIFY2(u.ok(), qPrintable(u ? QString() : u.error().message));
        QCOMPARE(QString::fromStdString(nlohmann::json::parse(u->toStdString()).get<std::string>()), text);
        QCOMPARE(ps.processesStarted(), 1);
    }

    // A deliberately wrong parameter in a script built like the client's fails with PowerShell's message.
    void wrongParameterFailsWithPowerShellsMessage() {
        LongLivedPowerShell ps(env());
        CancelToken cancel;
        const QString script = PsCommand(QStringLiteral("Get-AksHciCluster"))
                                   .arg(QStringLiteral("clusterName"), QStringLiteral("x"))
                                   .toString();
        auto r = ps.execute(request(script), cancel);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(
                     QLatin1String("A parameter cannot be found that matches parameter name 'clusterName'")),
                 qPrintable(r.error().message));
        auto m = ps.execute(request(QStringLiteral("New-AksHciCluster -name 'x' -osType 'solaris'")), cancel);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(QLatin1String("ValidateSet")), qPrintable(m.error().message));
    }

    void clientReadsRealConvertToJson() {
        AksHciClient client(env());
        CancelToken cancel;
        auto clusters = client.getClustersWithNodePools(cancel);
        QVERIFY2(clusters.ok(), qPrintable(clusters ? QString() : clusters.error().message));
        QCOMPARE(clusters->size(), 2);
        const WorkloadCluster& shop = clusters->at(0);
        QCOMPARE(shop.name, QStringLiteral("shop-prod"));
        QCOMPARE(shop.controlPlaneNodeCount, 3);
        QCOMPARE(shop.loadBalancerVmSize, QStringLiteral("Standard_A4_v2"));
        QCOMPARE(shop.nodePools.size(), 2);
        // PowerShell 7 prints dates as ISO text (5.1 as /Date(ms)/): both must be read.
        QCOMPARE(shop.created, QDateTime(QDate(2024, 5, 14), QTime(8, 30), Qt::UTC));
        const WorkloadCluster& payments = clusters->at(1);
        QCOMPARE(payments.nodePools.size(), 2);
        QCOMPARE(payments.nodePools.at(1).osType, QStringLiteral("Windows")); // an enum, printed as 1
        auto config = client.getConfig(cancel);
        QVERIFY(config.ok());
        QCOMPARE(config->vlanId(), QStringLiteral("9"));
        auto version = client.getVersion(cancel);
        QVERIFY(version.ok());
        QCOMPARE(*version, QStringLiteral("1.0.24.11029"));
        auto kube = client.getKubernetesVersions(cancel);
        QVERIFY(kube.ok());
        QCOMPARE(kube->size(), size_t(6));
        // A cmdlet that throws: the module's message, read as not found.
        auto missing = client.getCluster(QStringLiteral("nosuch"), cancel);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        // Cmdlets that write host and warning lines answer with clean output.
        QVERIFY2(client.uninstall(false, cancel).ok(), "uninstall");
        auto none = client.getClusters(cancel);
        QVERIFY(!none);
        auto install = client.install(cancel);
        QVERIFY2(install.ok(), qPrintable(install.ok() ? QString() : install.error().message));
        auto after = client.getClusters(cancel);
        QVERIFY(after.ok());
        QVERIFY(after->isEmpty());
        QCOMPARE(client.processesStarted(), 1);
    }

    void perCallHostRunsOneScript() {
        PerCallPowerShell ps(env(EnvironmentConfig::PowerShellMode::PerCall));
        CancelToken cancel;
        auto r = ps.execute(request(QStringLiteral("Get-AksHciCluster -name 'payments'")), cancel);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QVERIFY(r->contains("\"payments\""));
    }
};

QTEST_GUILESS_MAIN(TestPsHostLoop)
#include "tst_ps_hostloop.moc"
