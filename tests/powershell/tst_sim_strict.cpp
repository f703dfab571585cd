// The PowerShell simulator is as strict as a real host: every AksHci call is bound against the
// project's cmdlet table and refused with PowerShell's error id, and the module's state rules hold
// (configuration and registration before Install-AksHci, both cleared by Uninstall-AksHci).
#include "../clusters/SimFixture.h"
#include "powershell/PowerShellExecutor.h"

#include "JsonCompare.h"

#include <QTest>

using namespace aks;

namespace {

const QString kVnet = QStringLiteral(
    "$vnet = New-AksHciNetworkSetting -name 'aksvnet' -vswitchName 'extSwitch' -vipPoolStart '10.0.0.100' "
    "-vipPoolEnd '10.0.0.200'\n");
const QString kConfig = QStringLiteral("Set-AksHciConfig -imageDir 'C:\\i' -workingDir 'C:\\w' "
                                       "-cloudConfigLocation 'C:\\c' -vnet $vnet");
const QString kRegistration =
    QStringLiteral("Set-AksHciRegistration -subscriptionId 'sub' -resourceGroupName 'rg'");

// The FullyQualifiedErrorId an executor's error carries in its detail.
QString errorId(const Result<QByteArray>& r) {
    if (r.ok())
        return {};
    const QString marker = QStringLiteral("FullyQualifiedErrorId : ");
    const qsizetype at = r.error().detail.indexOf(marker);
    return at < 0 ? QString() : r.error().detail.mid(at + marker.size()).section(u'\n', 0, 0);
}

} // namespace

class TstSimStrict : public QObject {
    Q_OBJECT
    SimFixture m_sim;
    std::unique_ptr<PowerShellExecutor> m_ps;

    Result<QByteArray> run(const QString& script) {
        return m_ps->execute(PsRequest{script, QStringLiteral("test"), std::chrono::seconds(20)},
                             CancelToken());
    }
    nlohmann::json json(const QString& script) {
        auto r = run(script);
        if (!r) {
            qWarning("%s", qPrintable(r.error().fullText()));
            return nlohmann::json::value_t::discarded;
        }
        return nlohmann::json::parse(r->toStdString(), nullptr, false);
    }

private slots:
    void init() {
        m_sim.clearFault();
        QFile::remove(m_sim.akshciDir() + QStringLiteral("/state.json"));
        m_ps = PowerShellExecutor::create(m_sim.env());
    }

    void mistakes_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("id");
        QTest::newRow("-kvaPodCIDR") << kVnet + kConfig + QStringLiteral(" -kvaPodCIDR '10.200.0.0/16'")
                                     << "NamedParameterNotFound,Set-AksHciConfig";
        QTest::newRow("-proxyServerHttp")
            << kVnet + kConfig + QStringLiteral(" -proxyServerHttp 'http://p:3128'")
            << "NamedParameterNotFound,Set-AksHciConfig";
        QTest::newRow("-loadBalancerVmSize on Set-AksHciConfig")
            << kVnet + kConfig + QStringLiteral(" -loadBalancerVmSize 'Standard_K8S3_v1'")
            << "NamedParameterNotFound,Set-AksHciConfig";
        QTest::newRow("-vmSize on New-AksHciLoadBalancerSetting")
            << "$lb = New-AksHciLoadBalancerSetting -name 'lb' -loadBalancerSku 'HAProxy' -vmSize "
               "'Standard_A4_v2'"
            << "NamedParameterNotFound,New-AksHciLoadBalancerSetting";
        QTest::newRow("Set-AksHciConfig without -vnet")
            << "Set-AksHciConfig -imageDir 'C:\\i' -workingDir 'C:\\w' -cloudConfigLocation 'C:\\c'"
            << "MissingMandatoryParameter,Set-AksHciConfig";
        QTest::newRow("-vnet holding nothing")
            << kConfig << "ParameterArgumentValidationErrorNullNotAllowed,Set-AksHciConfig";
        QTest::newRow("New-AksHciLoadBalancerSetting without -loadBalancerSku")
            << "$lb = New-AksHciLoadBalancerSetting -name 'lb'"
            << "MissingMandatoryParameter,New-AksHciLoadBalancerSetting";
        QTest::newRow("ValidateSet") << "$lb = New-AksHciLoadBalancerSetting -name 'lb' -loadBalancerSku 'x'"
                                     << "ParameterArgumentValidationError,New-AksHciLoadBalancerSetting";
        QTest::newRow("ambiguous prefix") << "New-AksHciCluster -n 'clu1'"
                                          << "AmbiguousParameter,New-AksHciCluster";
        QTest::newRow("-Confirm:$false") << "Uninstall-AksHci -Confirm:$false"
                                         << "NamedParameterNotFound,Uninstall-AksHci";
        QTest::newRow("-Confirm:$false on Get-AksHciCredential")
            << "Get-AksHciCredential -name 'shop-prod' -configPath '/tmp/x' -Confirm:$false"
            << "NamedParameterNotFound,Get-AksHciCredential";
        QTest::newRow("ambiguous set")
            << "$v = New-AksHciNetworkSetting -name 'n' -vswitchName 's' -gateway 'g'"
            << "AmbiguousParameterSet,New-AksHciNetworkSetting";
        QTest::newRow("Int32 given text") << "New-AksHciCluster -name 'clu1' -nodeCount 'three'"
                                          << "CannotConvertArgumentNoMessage,New-AksHciCluster";
        QTest::newRow("switch given a value") << "Uninstall-AksHci -skipConfigCleanup:'yes'"
                                              << "ParameterArgumentTransformationError,Uninstall-AksHci";
    }
    void mistakes() {
        QFETCH(QString, script);
        QFETCH(QString, id);
        QVERIFY(m_sim.seed());
        const nlohmann::json before = m_sim.state();
        const auto r = run(script);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::ExitCode);
        QCOMPARE(errorId(r), id);
        // Nothing happened: a call that does not bind never runs.
        QCOMPARE_JSON(m_sim.state()["installed"], before["installed"]);
        QCOMPARE_JSON(m_sim.state()["config"], before["config"]);
    }

    // The per-call path reports the same id (stderr error record in a plain run, frame otherwise).
    void perCallMode() {
        m_ps = PowerShellExecutor::create(m_sim.env(EnvironmentConfig::PowerShellMode::PerCall));
        QCOMPARE(errorId(run(QStringLiteral("Uninstall-AksHci -Confirm:$false"))),
                 QStringLiteral("NamedParameterNotFound,Uninstall-AksHci"));
    }

    void installNeedsConfigAndRegistration() {
        QCOMPARE(errorId(run(QStringLiteral("Install-AksHci"))),
                 QStringLiteral("AksHciNotConfigured,Install-AksHci"));
        QVERIFY(run(kVnet + kConfig).ok());
        QCOMPARE(errorId(run(QStringLiteral("Install-AksHci"))),
                 QStringLiteral("AksHciNotRegistered,Install-AksHci"));
        QVERIFY(!m_sim.state()["installed"].get<bool>());
        QVERIFY(run(kRegistration).ok());
        const auto r = run(QStringLiteral("Install-AksHci"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QVERIFY(m_sim.state()["installed"].get<bool>());
    }

    void uninstallClearsConfigAndRegistration() {
        QVERIFY(m_sim.seed());
        QVERIFY(json(QStringLiteral("Get-AksHciRegistration")).is_object());
        QVERIFY(run(QStringLiteral("Uninstall-AksHci -skipConfigCleanup")).ok());
        QVERIFY(json(QStringLiteral("Get-AksHciConfig")).is_object());
        QVERIFY(json(QStringLiteral("Get-AksHciRegistration")).is_object());
        QVERIFY(run(QStringLiteral("Uninstall-AksHci")).ok());
        QCOMPARE(errorId(run(QStringLiteral("Get-AksHciConfig"))),
                 QStringLiteral("AksHciNotConfigured,Get-AksHciConfig"));
        const auto none = run(QStringLiteral("Get-AksHciRegistration")); // no registration, no output
        QVERIFY(none.ok() && none->trimmed().isEmpty());
        QCOMPARE(errorId(run(QStringLiteral("Install-AksHci"))),
                 QStringLiteral("AksHciNotConfigured,Install-AksHci"));
    }

    // What the documented objects carry reaches the configuration and the clusters, so a rebuild
    // can be compared truthfully.
    void documentedShapesAreStoredAndReported() {
        const QString proxy = QStringLiteral(
            "$cred = New-Object System.Management.Automation.PSCredential('proxyuser', "
            "(ConvertTo-SecureString "
            "'pw-123456' -AsPlainText -Force))\n"
            "$proxy = New-AksHciProxySetting -name 'corp' -http 'http://p:3128' -https 'http://p:3128' "
            "-noProxy 'localhost,.svc' -credential $cred\n");
        QVERIFY(run(kVnet + proxy + kConfig +
                    QStringLiteral(" -proxySettings $proxy -macPoolStart '02:EC:00:00:00:00' "
                                   "-concurrentDownloads 4 -skipHostLimitChecks\n") +
                    kRegistration + QStringLiteral(" -tenantId 'tenant'\nInstall-AksHci"))
                    .ok());
        const nlohmann::json config = json(QStringLiteral("Get-AksHciConfig"));
        QCOMPARE_JSON(config["MOC"]["proxyServerHTTP"], "http://p:3128");
        QCOMPARE_JSON(config["MOC"]["proxyServerUsername"], "proxyuser");
        QCOMPARE_JSON(config["MOC"]["macPoolStart"], "02:EC:00:00:00:00");
        QCOMPARE_JSON(config["MOC"]["concurrentDownloads"], 4);
        QCOMPARE_JSON(config["MOC"]["skipHostLimitChecks"], true);
        QCOMPARE_JSON(json(QStringLiteral("Get-AksHciProxySetting"))["proxyServerCredential"]["UserName"],
                      "proxyuser");
        QCOMPARE_JSON(json(QStringLiteral("Get-AksHciRegistration"))["tenantId"], "tenant");

        const auto made = run(QStringLiteral(
            "New-AksHciAutoScalerProfile -name 'scale' -autoScalerProfileConfig @{ 'min-node-count' = '2'; "
            "'max-node-count' = '8' }\n"
            "$lb = New-AksHciLoadBalancerSetting -name 'lb' -loadBalancerSku 'none'\n"
            "$cvnet = New-AksHciClusterNetwork -name 'c1vnet' -vswitchName 'extSwitch' -vipPoolStart "
            "'10.0.1.1' "
            "-vipPoolEnd '10.0.1.9'\n"
            "New-AksHciCluster -name 'clu1' -nodePoolName 'c1-pool' -nodeCount 3 -nodeVmSize "
            "'Standard_D4s_v3' "
            "-taints 'a=b:NoSchedule' -nodeMaxPodCount 80 -loadBalancerSettings $lb -loadBalancerVmSize "
            "'Standard_A2_v2' -vnet $cvnet -primaryNetworkPlugin 'flannel' -enableAutoScaler $true "
            "-autoScalerProfileName 'scale' -enableAzureRBAC $true -enableMonitoring\n"
            "New-AksHciNodePool -clusterName 'clu1' -name 'c1-win' -osType 'Windows' -count 1 "
            "-disableAutoScaler"));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().fullText()));
        const nlohmann::json c = json(QStringLiteral("Get-AksHciCluster -name 'clu1'"));
        QCOMPARE_JSON(c["LoadBalancer"]["Sku"], "none");
        QCOMPARE_JSON(c["LoadBalancer"]["VMSize"], "Standard_A2_v2");
        QCOMPARE_JSON(c["VnetName"], "c1vnet");
        QCOMPARE_JSON(c["PrimaryNetworkPlugin"], "flannel");
        QCOMPARE_JSON(c["AutoScalerProfileName"], "scale");
        QCOMPARE_JSON(c["AzureRBACEnabled"], true);
        QCOMPARE_JSON(c["MonitoringEnabled"], true);
        const nlohmann::json pools = json(QStringLiteral("Get-AksHciNodePool -clusterName 'clu1'"));
        QCOMPARE_JSON(pools.size(), size_t(2));
        QCOMPARE_JSON(pools[0]["Taints"], nlohmann::json::array({"a=b:NoSchedule"}));
        QCOMPARE_JSON(pools[0]["MaxPodCount"], 80);
        QCOMPARE_JSON(pools[0]["AutoScalerEnabled"], "True");
        QCOMPARE_JSON(pools[0]["MinCount"], 2);
        QCOMPARE_JSON(pools[0]["MaxCount"], 8);
        QCOMPARE_JSON(pools[1]["OsType"], 1);
        QCOMPARE_JSON(pools[1]["AutoScalerEnabled"], "False");
        // A profile that does not exist, and max pods at or below 50, are refused.
        QCOMPARE(errorId(run(QStringLiteral("New-AksHciCluster -name 'clu2' -enableAutoScaler $true "
                                            "-autoScalerProfileName 'nope'"))),
                 QStringLiteral("AutoScalerProfileNotFound,New-AksHciCluster"));
        QCOMPARE(
            errorId(run(QStringLiteral("New-AksHciNodePool -clusterName 'clu1' -name 'p' -maxPodCount 50"))),
            QStringLiteral("InvalidMaxPodCount,New-AksHciNodePool"));
    }

    void seedIsRich() {
        QVERIFY(m_sim.seed());
        const nlohmann::json reg = json(QStringLiteral("Get-AksHciRegistration"));
        QVERIFY(reg.contains("tenantId") && reg.contains("servicePrincipalId"));
        QCOMPARE_JSON(json(QStringLiteral("Get-AksHciProxySetting"))["proxyServerCredential"]["UserName"],
                      "svc-aksproxy");
        const nlohmann::json profile =
            json(QStringLiteral("Get-AksHciAutoScalerProfile -name 'analytics-autoscaler'"));
        QCOMPARE_JSON(profile["ProfileSettings"]["max-node-count"], "8");
        QCOMPARE_JSON(profile["Clusters"], nlohmann::json::array({"analytics"}));
    }
};

QTEST_GUILESS_MAIN(TstSimStrict)
#include "tst_sim_strict.moc"
