#include "akshci/AksHciConfig.h"
#include "akshci/NodePool.h"
#include "akshci/WorkloadCluster.h"
#include "powershell/FrameReader.h"
#include "powershell/PowerShellProtocol.h"
#include "powershell/PsCommand.h"
#include "powershell/PsJson.h"
#include "powershell/PsLiteral.h"

#include <QTest>

using namespace aks;
using nlohmann::json;

// Parsing of every documented output shape, the quoting rules and the host protocol.
class TestAksHciParsing : public QObject {
    Q_OBJECT
private slots:
    void clusterDocumentedShape();
    void singleObjectVsArray();
    void nodePoolsStringOrList();
    void datesEnumsAndBooleans();
    void nodePoolEnumNumber();
    void configCaseInsensitiveModules();
    void configRejectsNonConfig();
    void literalsDoubleEveryQuote();
    void commandBuilder();
    void remoteScriptShape();
    void encodedCommandRoundTrip();
    void frameReaderIgnoresFakesAndNoise();
    void frameReaderBoundsMemory();
};

void TestAksHciParsing::clusterDocumentedShape() {
    const json j = json::parse(R"({"Status":{"ProvisioningState":"Deployed","Details":{"x":1}},
        "ProvisioningState":"provisioned","KubernetesVersion":"v1.20.7","PackageVersion":"v1.20.7-kvapkg.1",
        "NodePools":"linuxnodepool","WindowsNodeCount":0,"LinuxNodeCount":0,"ControlPlaneNodeCount":1,
        "ControlPlaneVmSize":"Standard_A4_v2","AutoScalerEnabled":false,"AutoScalerProfile":null,
        "LoadBalancer":{"VMSize":"Standard_K8S3_v1","Count":1,"Sku":"HAProxy"},"Name":"mycluster",
        "SomethingNew":{"kept":true}})");
    auto c = WorkloadCluster::fromJson(j);
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("mycluster"));
    QCOMPARE(c->status, QStringLiteral("Deployed"));
    QCOMPARE(c->provisioningState, QStringLiteral("provisioned"));
    QCOMPARE(c->loadBalancerVmSize, QStringLiteral("Standard_K8S3_v1"));
    QCOMPARE(c->loadBalancerSku, QStringLiteral("HAProxy"));
    QCOMPARE(c->nodePoolNames, QStringList{QStringLiteral("linuxnodepool")});
    QVERIFY(c->isReady());
    QVERIFY(c->raw["SomethingNew"]["kept"] == true);
    QVERIFY(!WorkloadCluster::fromJson(json::parse(R"({"KubernetesVersion":"v1"})")));
    QVERIFY(!WorkloadCluster::fromJson(json("Microsoft.Azure.Hci.Cluster")));
}

void TestAksHciParsing::singleObjectVsArray() {
    const json one = json::parse(R"({"Name":"a-one"})");
    const json many = json::parse(R"([{"Name":"a-one"},{"Name":"b-two"}])");
    QCOMPARE(WorkloadCluster::listFromJson(one)->size(), 1);
    QCOMPARE(WorkloadCluster::listFromJson(many)->size(), 2);
    QCOMPARE(WorkloadCluster::listFromJson(json())->size(), 0);
    QCOMPARE(NodePool::listFromJson(json::parse(R"({"NodePoolName":"p"})"))->size(), 1);
}

void TestAksHciParsing::nodePoolsStringOrList() {
    auto a = WorkloadCluster::fromJson(json::parse(R"({"Name":"abc","NodePools":["p1","p2"]})"));
    QCOMPARE(a->nodePoolNames, (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));
    auto b = WorkloadCluster::fromJson(json::parse(R"({"Name":"abc","NodePools":"p1"})"));
    QCOMPARE(b->nodePoolNames, QStringList{QStringLiteral("p1")});
    auto c = WorkloadCluster::fromJson(json::parse(R"({"Name":"abc","NodePools":null})"));
    QVERIFY(c->nodePoolNames.isEmpty());
}

void TestAksHciParsing::datesEnumsAndBooleans() {
    auto c = WorkloadCluster::fromJson(json::parse(
        R"({"Name":"abc","CreationTime":"\/Date(1700000000000)\/","AutoScalerEnabled":"True","LinuxNodeCount":"3",
            "LoadBalancerVmSize":"Standard_A2_V2","Status":"ClusterPending"})"));
    QVERIFY(c);
    QCOMPARE(c->created.toMSecsSinceEpoch(), 1700000000000LL);
    QVERIFY(c->autoScalerEnabled);
    QCOMPARE(c->linuxNodeCount, 3);
    QCOMPARE(c->loadBalancerCount, 1);
    QCOMPARE(c->status, QStringLiteral("ClusterPending"));
    QVERIFY(!c->isReady());
    const json iso = json::parse(R"({"d":"2024-05-01T10:00:00Z","f":"False","t":true})");
    QCOMPARE(PsJson::date(iso, QStringLiteral("D")).toSecsSinceEpoch(), 1714557600LL);
    QVERIFY(!PsJson::boolean(iso, QStringLiteral("f"), true));
    QVERIFY(PsJson::boolean(iso, QStringLiteral("T")));
}

void TestAksHciParsing::nodePoolEnumNumber() {
    auto p = NodePool::fromJson(json::parse(
        R"({"ClusterName":"c","NodePoolName":"win","OsType":1,"NodeCount":2,"VmSize":"Standard_K8S3_v1","Phase":"Deployed","Taints":"a=b:NoSchedule"})"));
    QVERIFY(p);
    QCOMPARE(p->osType, QStringLiteral("Windows"));
    QCOMPARE(p->taints, QStringList{QStringLiteral("a=b:NoSchedule")});
    QCOMPARE(NodePool::fromJson(json::parse(R"({"NodePoolName":"l","OsType":0})"))->osType,
             QStringLiteral("Linux"));
    QCOMPARE(NodePool::fromJson(json::parse(R"({"NodePoolName":"l","OsType":"Linux"})"))->osType,
             QStringLiteral("Linux"));
}

void TestAksHciParsing::configCaseInsensitiveModules() {
    const json j = json::parse(
        R"({"moc":{"IMAGEDIR":"C:\\img","dnsservers":"10.0.0.1, 10.0.0.2","vnetvippoolstart":"1.1.1.1"},
        "AKSHCI":{"installState":"Installed","version":"1.0.0.10517"},"kva":{"kvaName":"dep","controlplaneVmSize":"Standard_A4_v2","vlanid":7}})");
    auto c = AksHciConfig::fromJson(j);
    QVERIFY(c);
    QCOMPARE(c->imageDir(), QStringLiteral("C:\\img"));
    QCOMPARE(c->dnsServers(), (QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}));
    QCOMPARE(c->installState(), QStringLiteral("Installed"));
    QCOMPARE(c->version(), QStringLiteral("1.0.0.10517"));
    QCOMPARE(c->deploymentName(), QStringLiteral("dep"));
    QCOMPARE(c->vlanId(), QStringLiteral("7"));
    QCOMPARE(c->vipPoolStart(), QStringLiteral("1.1.1.1"));
    QVERIFY(c->gateway().isEmpty());
}

void TestAksHciParsing::configRejectsNonConfig() {
    QVERIFY(!AksHciConfig::fromJson(json("System.Collections.Hashtable")));
    QVERIFY(!AksHciConfig::fromJson(json::parse(R"({"foo":1})")));
    QVERIFY(!AksHciConfig::fromJson(json()));
}

void TestAksHciParsing::literalsDoubleEveryQuote() {
    QCOMPARE(psLiteral(QStringLiteral("abc")), QStringLiteral("'abc'"));
    QCOMPARE(psLiteral(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    QCOMPARE(psLiteral(QStringLiteral("a\u2019b")), QStringLiteral("'a\u2019\u2019b'"));
    QCOMPARE(psLiteral(QStringLiteral("$(x) `n \"q\"")), QStringLiteral("'$(x) `n \"q\"'"));
    QCOMPARE(psLiteral(QString()), QStringLiteral("''"));
}

void TestAksHciParsing::commandBuilder() {
    const QString s = PsCommand(QStringLiteral("Get-AksHciCredential"))
                          .arg(QStringLiteral("name"), QStringLiteral("c1"))
                          .arg(QStringLiteral("configPath"), QStringLiteral("C:\\a b'c"))
                          .arg(QStringLiteral("skipped"), QString())
                          .arg(QStringLiteral("count"), std::optional<int>(3))
                          .arg(QStringLiteral("unset"), std::optional<int>())
                          .list(QStringLiteral("dns"), {QStringLiteral("1"), QStringLiteral("2")})
                          .flag(QStringLiteral("Confirm"), false)
                          .toString();
    QCOMPARE(s,
             QStringLiteral("Get-AksHciCredential -name 'c1' -configPath 'C:\\a b''c' -count 3 -dns '1','2' "
                            "-Confirm:$false"));
    QCOMPARE(PsCommand(QStringLiteral("New-AksHciNetworkSetting"), QStringLiteral("vnet")).toString(),
             QStringLiteral("$vnet = New-AksHciNetworkSetting"));
}

void TestAksHciParsing::remoteScriptShape() {
    const QString s =
        PowerShellProtocol::remoteScript(QStringLiteral("hci-node1"), QStringLiteral("Get-AksHciCluster"),
                                         QStringLiteral("CONTOSO\\admin"), QStringLiteral("pa'ss"));
    QVERIFY(s.startsWith(
        QStringLiteral("$aksCredential = New-Object System.Management.Automation.PSCredential("
                       "'CONTOSO\\admin', (ConvertTo-SecureString 'pa''ss' -AsPlainText -Force))\n")));
    QVERIFY(s.contains(QStringLiteral("Invoke-Command -ComputerName 'hci-node1' -Authentication Credssp "
                                      "-Credential $aksCredential -ScriptBlock {")));
    QVERIFY(s.contains(QStringLiteral("Import-Module AksHci -Verbose:$false\nGet-AksHciCluster\n}")));
    const QString noCred =
        PowerShellProtocol::remoteScript(QStringLiteral("n'1"), QStringLiteral("X"), {}, {});
    QVERIFY(noCred.startsWith(
        QStringLiteral("Invoke-Command -ComputerName 'n''1' -Authentication Credssp -ScriptBlock {")));
    // The host script imports the module only for a local host.
    QVERIFY(PowerShellProtocol::hostScript(QStringLiteral("n"), true)
                .contains(QStringLiteral("\nImport-Module AksHci -Verbose:$false\n")));
    QVERIFY(!PowerShellProtocol::hostScript(QStringLiteral("n"), false)
                 .contains(QStringLiteral("Import-Module")));
}

void TestAksHciParsing::encodedCommandRoundTrip() {
    const QString script = QStringLiteral("Get-AksHciCluster -name 'ä日本'");
    QCOMPARE(PowerShellProtocol::decodeCommand(PowerShellProtocol::encodeCommand(script)), script);
    // UTF-16LE: 'G' is 47 00.
    QCOMPARE(QByteArray::fromBase64(PowerShellProtocol::encodeCommand(QStringLiteral("G"))),
             QByteArray("G\0", 2));
    const QStringList args = PowerShellProtocol::arguments(script);
    QCOMPARE(args.mid(0, 5), (QStringList{QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                                          QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"),
                                          QStringLiteral("-EncodedCommand")}));
    QVERIFY(PowerShellProtocol::newNonce() != PowerShellProtocol::newNonce());
    QCOMPARE(PowerShellProtocol::newNonce().size(), 32);
}

void TestAksHciParsing::frameReaderIgnoresFakesAndNoise() {
    FrameReader r(QStringLiteral("abc"), 7);
    r.feed("WARNING: module banner\n@@AKS abc 6 BEGIN\nold\n@@AKS abc 6 END 0 \n@@AKS abc 7 BEG");
    QVERIFY(!r.begun());
    r.feed("IN\r\n{\"a\":1}\n@@AKS xyz 7 END 0 \n@@AKS abc 7 END 1 ");
    QVERIFY(!r.finished());
    r.feed(QByteArray("b29wcw==") + "\n");
    QVERIFY(r.finished());
    QCOMPARE(r.status(), 1);
    QCOMPARE(r.errorMessage(), QStringLiteral("oops"));
    // The line with a wrong nonce is body, never an end.
    QCOMPARE(r.body(), QByteArray("{\"a\":1}\n@@AKS xyz 7 END 0 \n"));
}

void TestAksHciParsing::frameReaderBoundsMemory() {
    FrameReader r(QStringLiteral("n"), 1, 1024);
    r.feed("@@AKS n 1 BEGIN\n");
    r.feed(QByteArray(4096, 'x'));
    QVERIFY(r.tooLarge());
    QVERIFY(r.body().size() <= 1024);
}

QTEST_GUILESS_MAIN(TestAksHciParsing)
#include "tst_akshci_parsing.moc"
