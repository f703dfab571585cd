// Every script the client can build, with every optional field set, binds against the project's
// cmdlet table with the simulator's binder (CmdletCheck): no unknown parameter, no missing
// mandatory one, no value outside a documented set. Also: a redacted snapshot value never becomes a
// parameter, and the replay mapping reports what it cannot replay.
#include "akshci/AksHciScripts.h"
#include "akshci/CmdletCheck.h"
#include "core/Redactor.h"
#include "restore/RebuildSpec.h"
#include "snapshot/Snapshot.h"
#include "snapshot/SnapshotFormat.h"

#include <QSet>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace aks;

namespace {

// The binder's verdict on one call: empty when it binds, else PowerShell's error id and message.
QString bindCall(const PsCommand& c) {
    const CmdletBinding b = CmdletCheck::bind(c);
    return b.ok() ? QString() : b.error.fullyQualifiedErrorId() + QStringLiteral(": ") + b.error.message;
}

// The settings every Get-AksHciConfig of these tests holds: folders and a DHCP vnet.
nlohmann::json baseMoc() {
    return {{"imageDir", "C:\\i"},  {"workingDir", "C:\\w"},          {"cloudConfigLocation", "C:\\c"},
            {"vswitchName", "ext"}, {"vnetvippoolstart", "10.0.0.1"}, {"vnetvippoolend", "10.0.0.9"}};
}

NetworkSettingParams staticVlan() {
    return {QStringLiteral("vnet1"),       QStringLiteral("extSwitch"),
            QStringLiteral("10.0.0.10"),   QStringLiteral("10.0.0.99"),
            QStringLiteral("10.0.1.10"),   QStringLiteral("10.0.1.99"),
            QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.0.1"),
            {QStringLiteral("10.0.0.2")},  9};
}

AksHciConfigParams fullConfig() {
    AksHciConfigParams p;
    p.imageDir = QStringLiteral("C:\\i");
    p.workingDir = QStringLiteral("C:\\w");
    p.cloudConfigLocation = QStringLiteral("C:\\c");
    p.vnet = staticVlan();
    p.nodeConfigLocation = QStringLiteral("C:\\n");
    p.controlPlaneVmSize = QStringLiteral("Standard_A4_v2");
    p.sshPublicKey = QStringLiteral("C:\\k.pub");
    p.macPoolStart = QStringLiteral("00-15-5D-00-00-00");
    p.macPoolEnd = QStringLiteral("00-15-5D-00-FF-FF");
    p.proxy = ProxySettingParams{QStringLiteral("proxy"),         QStringLiteral("http://p:3128"),
                                 QStringLiteral("http://p:3128"), QStringLiteral("localhost"),
                                 QStringLiteral("user"),          QStringLiteral("proxy-pass-1234"),
                                 QStringLiteral("C:\\ca.crt")};
    p.cloudServiceCidr = QStringLiteral("10.0.0.5/16");
    p.version = QStringLiteral("1.0.24.11029");
    p.nodeAgentPort = 45000;
    p.nodeAgentAuthorizerPort = 45001;
    p.cloudAgentPort = 55000;
    p.cloudAgentAuthorizerPort = 65000;
    p.clusterRoleName = QStringLiteral("ca-1");
    p.cloudLocation = QStringLiteral("MocLocation");
    p.stagingShare = QStringLiteral("\\\\s\\x");
    p.concurrentDownloads = 4;
    p.skipHostLimitChecks = p.skipRemotingChecks = p.skipValidationChecks = true;
    p.insecure = p.skipUpdates = p.forceDnsReplication = true;
    return p;
}

NewClusterParams fullCluster() {
    NewClusterParams p;
    p.name = QStringLiteral("shop");
    p.kubernetesVersion = QStringLiteral("v1.26.6");
    p.controlPlaneNodeCount = 3;
    p.controlPlaneVmSize = QStringLiteral("Standard_A4_v2");
    p.loadBalancerVmSize = QStringLiteral("Standard_K8S3_v1");
    p.loadBalancerSku = QStringLiteral("HAProxy");
    p.nodePoolName = QStringLiteral("shop-linux");
    p.nodeCount = 2;
    p.osType = QStringLiteral("Linux");
    p.nodeVmSize = QStringLiteral("Standard_K8S3_v1");
    p.taints = {QStringLiteral("a=b:NoSchedule")};
    p.nodeMaxPodCount = 80;
    p.vnet = staticVlan();
    p.primaryNetworkPlugin = QStringLiteral("calico");
    p.enableAdAuth = p.enableMonitoring = true;
    p.enableAutoScaler = true;
    p.enableAzureRBAC = true;
    p.autoScalerProfileName = QStringLiteral("akshci-autoscaler-profile-default");
    return p;
}

} // namespace

class TestAksHciScripts : public QObject {
    Q_OBJECT
private slots:
    void everyScriptBindsAgainstTheTable() {
        NetworkSettingParams dhcp{QStringLiteral("v"),
                                  QStringLiteral("s"),
                                  {},
                                  {},
                                  QStringLiteral("10.0.0.1"),
                                  QStringLiteral("10.0.0.9"),
                                  {},
                                  {},
                                  {},
                                  {}};
        AksHciConfigParams minimal = fullConfig();
        minimal = AksHciConfigParams{.imageDir = minimal.imageDir,
                                     .workingDir = minimal.workingDir,
                                     .cloudConfigLocation = minimal.cloudConfigLocation,
                                     .vnet = dhcp};
        RegistrationParams reg{QStringLiteral("sub"),           QStringLiteral("rg"),
                               QStringLiteral("tenant"),        QStringLiteral("eastus"),
                               QStringLiteral("AzureCloud"),    QStringLiteral("sp"),
                               QStringLiteral("sp-secret-1234")};
        NewNodePoolParams pool{QStringLiteral("shop"),
                               QStringLiteral("gpu"),
                               2,
                               QStringLiteral("Windows"),
                               QStringLiteral("Standard_D4s_v3"),
                               60,
                               {QStringLiteral("x=y:NoSchedule")},
                               true};
        const QList<Result<PsScript>> scripts{
            AksHciScripts::setConfig(fullConfig()),
            AksHciScripts::setConfig(minimal),
            AksHciScripts::setRegistration(reg),
            AksHciScripts::setRegistration({QStringLiteral("s"), QStringLiteral("r")}),
            AksHciScripts::install(),
            AksHciScripts::uninstall(true),
            AksHciScripts::uninstall(false),
            AksHciScripts::newCluster(fullCluster()),
            AksHciScripts::newCluster({.name = QStringLiteral("bare")}),
            AksHciScripts::newNodePool(pool),
            AksHciScripts::newAutoScalerProfile({QStringLiteral("p1"),
                                                 {{QStringLiteral("min-node-count"), QStringLiteral("2")},
                                                  {QStringLiteral("max-node-count"), QStringLiteral("8")}}}),
            AksHciScripts::newNetworkSetting(staticVlan()),
            AksHciScripts::newNetworkSetting(dhcp),
            AksHciScripts::getCredential(QStringLiteral("shop"), QStringLiteral("C:\\k")),
            AksHciScripts::removeCluster(QStringLiteral("shop"))};
        int bound = 0;
        for (const auto& script : scripts) {
            QVERIFY2(script, qPrintable(script ? QString() : script.error().message));
            for (const PsCommand& c : *script) {
                if (c.cmdlet() == QLatin1String("New-Object"))
                    continue; // a credential, not a cmdlet of the module
                const QString err = bindCall(c);
                QVERIFY2(err.isEmpty(), qPrintable(err + QStringLiteral(": ") + c.toString()));
                ++bound;
            }
        }
        QVERIFY(bound >= 18);
        // The binding itself catches a parameter the reference does not have.
        QVERIFY(!bindCall(PsCommand(QStringLiteral("Set-AksHciConfig"))
                              .arg(QStringLiteral("kvaPodCIDR"), QStringLiteral("x")))
                     .isEmpty());
        // Secrets travel in the script but every shown copy is masked.
        const QString shown = Redactor::redact(scriptText(*AksHciScripts::setConfig(fullConfig())));
        QVERIFY(!shown.contains(QStringLiteral("proxy-pass-1234")));
        QVERIFY(shown.contains(QStringLiteral("-proxySettings $proxySettings")));
    }

    void redactedValuesAreMissingNotValues() {
        Snapshot s;
        nlohmann::json moc = baseMoc();
        moc.update(nlohmann::json{
            {"proxyServerHTTP", std::string("http://u:") + snapshot::kRedactedMarker + "@p:3128"},
            {"proxyServerHTTPS", "http://p:3128"},
            {"proxyServerNoProxy", "localhost"},
            {"proxyServerUsername", "svc"},
            {"proxyServerPassword", snapshot::kRedactedMarker},
            {"kvaPodCidr", snapshot::kRedactedMarker},
            {"somethingNew", "x"}});
        s.config = {{"MOC", moc}};
        const RebuildSpec spec = RebuildSpec::fromSnapshot(s, {});
        QVERIFY(spec.config.proxy);
        QVERIFY(spec.config.proxy->http.isEmpty());
        QVERIFY(spec.config.proxy->password.isEmpty());
        QSet<RebuildProblem::Kind> kinds;
        QStringList settings;
        for (const RebuildProblem& p : spec.problems) {
            kinds.insert(p.kind);
            settings << p.setting;
        }
        QVERIFY(kinds.contains(RebuildProblem::Kind::Redacted));
        QVERIFY(kinds.contains(RebuildProblem::Kind::MissingSecret));
        QVERIFY(kinds.contains(RebuildProblem::Kind::MissingRegistration));
        QVERIFY(settings.contains(QStringLiteral("somethingNew"))); // unknown: not replayable
        // With the secret given, only what truly cannot be replayed is left.
        const RebuildSpec withSecret =
            RebuildSpec::fromSnapshot(s, {}, {QStringLiteral("pw-given-1234"), {}});
        QCOMPARE(withSecret.config.proxy->password, QStringLiteral("pw-given-1234"));
        // A redacted value never compares equal, even with itself.
        const QStringList self = RebuildSpec::differences(spec, spec);
        QCOMPARE(self.size(), 1);
        QVERIFY2(self.first().contains(QStringLiteral("kvaPodCidr")), qPrintable(self.first()));
    }

    void droppedSettingIsADifference() {
        Snapshot s;
        nlohmann::json moc = baseMoc();
        moc["macPoolStart"] = "00-15-5D-00-00-00";
        s.config = {{"MOC", moc}};
        s.registration = {{"subscriptionId", "sub"}, {"resourceGroupName", "rg"}};
        s.clusters.push_back(
            {QStringLiteral("shop"),
             {{"Name", "shop"},
              {"KubernetesVersion", "v1.27.3"},
              {"AutoScalerEnabled", true},
              {"LoadBalancer", {{"VMSize", "Standard_A4_v2"}, {"Count", 1}, {"Sku", "none"}}}},
             {{{"NodePoolName", "p1"},
               {"NodeCount", 4},
               {"OsType", "Linux"},
               {"AutoScalerEnabled", true},
               {"MinCount", 2},
               {"MaxCount", 8}}}});
        const RebuildSpec planned = RebuildSpec::fromSnapshot(s, {});
        QVERIFY2(planned.problems.isEmpty(), qPrintable(planned.problemLines().join(QLatin1Char('\n'))));
        QCOMPARE(planned.clusters.first().cluster.loadBalancerSku, QStringLiteral("none"));
        QVERIFY(RebuildSpec::differences(planned, planned).isEmpty());
        Snapshot live = s;
        live.config["MOC"].erase("macPoolStart");
        live.clusters[0].nodePools[0]["MaxCount"] = 0;
        live.clusters[0].cluster["KubernetesVersion"] = "v1.26.6";
        const QStringList diff = RebuildSpec::differences(planned, RebuildSpec::fromSnapshot(live, {}));
        QCOMPARE(diff.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAksHciScripts)
#include "tst_akshci_scripts.moc"
