#include "SnapshotFixtures.h"
#include "snapshot/SecretRedaction.h"
#include "snapshot/SnapshotDiff.h"

#include <QTest>

#include <functional>

using namespace aks;
using FieldClass = DiffEntry::FieldClass;
using DiffStatus = DiffEntry::Status;
using Mutation = std::function<void(Snapshot&)>;

Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(FieldClass)
Q_DECLARE_METATYPE(DiffStatus)

namespace {

Snapshot redactedFixture() {
    Snapshot s = test::fixtureSnapshot();
    SecretRedaction::redact(s.config);
    return s;
}

nlohmann::json& cluster(Snapshot& s, const char* name) {
    for (auto& c : s.clusters)
        if (c.name == QString::fromLatin1(name))
            return c.cluster;
    qFatal("no cluster %s in the fixture", name);
}

nlohmann::json& pools(Snapshot& s, const char* clusterName) {
    for (auto& c : s.clusters)
        if (c.name == QString::fromLatin1(clusterName))
            return c.nodePools;
    qFatal("no cluster %s in the fixture", clusterName);
}

nlohmann::json& pool(Snapshot& s, const char* clusterName, int index) {
    nlohmann::json& p = pools(s, clusterName);
    return p.is_array() ? p[std::size_t(index)] : p;
}

const DiffEntry* find(const DiffResult& r, const QString& key) {
    for (const DiffEntry& e : r.entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

QStringList differences(const DiffResult& r) {
    QStringList out;
    for (const DiffEntry& e : r.entries)
        if (e.status != DiffStatus::Equal)
            out.append(e.key);
    return out;
}

} // namespace

class TestSnapshotDiff : public QObject {
    Q_OBJECT

private slots:
    void identicalSnapshotsMatch() {
        const Snapshot a = redactedFixture();
        Snapshot b = a;
        b.folder = QStringLiteral("/tmp/aks-demo-20261102T000000Z");
        const DiffResult r = SnapshotDiff::compare(a, b);
        QVERIFY(!r.matters());
        QCOMPARE(differences(r), QStringList());
        QCOMPARE(r.labelA, QStringLiteral("live"));
        QCOMPARE(r.labelB, QStringLiteral("aks-demo-20261102T000000Z"));
        QVERIFY(r.count(DiffStatus::Equal) > 40);
        // Volatile fields are listed, not compared.
        QStringList ignored;
        for (const DiffEntry& e : r.ignored)
            ignored.append(e.key);
        for (const char* k :
             {"clusters.shop-prod.status.provisioningstate", "clusters.shop-prod.provisioningstate",
              "clusters.shop-prod.created", "clusters.shop-prod.id", "config.moc.installstate",
              "config.moc.lastupdated", "clusters.shop-prod.nodepools.linuxpool.phase"})
            QVERIFY2(ignored.contains(QString::fromLatin1(k)), k);
        for (const DiffEntry& e : r.entries)
            QVERIFY2(e.fieldClass != FieldClass::Volatile, qPrintable(e.key));
    }

    void fieldClasses_data() {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<FieldClass>("cls");
        QTest::addColumn<DiffStatus>("status");
        QTest::addColumn<QString>("oldValue");
        QTest::addColumn<QString>("newValue");

        const auto row = [](const char* name, Mutation m, const char* key, FieldClass c, DiffStatus s,
                            const char* o, const char* n) {
            QTest::newRow(name) << m << QString::fromLatin1(key) << c << s << QString::fromUtf8(o)
                                << QString::fromUtf8(n);
        };
        row(
            "control plane count", [](Snapshot& s) { cluster(s, "shop-prod")["ControlPlaneNodeCount"] = 1; },
            "clusters.shop-prod.controlplanenodecount", FieldClass::ControlPlane, DiffStatus::Changed, "3",
            "1");
        row(
            "control plane size",
            [](Snapshot& s) { cluster(s, "payments")["ControlPlaneVmSize"] = "Standard_A4_v2"; },
            "clusters.payments.controlplanevmsize", FieldClass::ControlPlane, DiffStatus::Changed,
            "Standard_A2_v2", "Standard_A4_v2");
        row(
            "config control plane size",
            [](Snapshot& s) { s.config["KVA"]["controlPlaneVmSize"] = "Standard_D2s_v3"; },
            "config.kva.controlplanevmsize", FieldClass::ControlPlane, DiffStatus::Changed, "Standard_A4_v2",
            "Standard_D2s_v3");
        row(
            "load balancer size",
            [](Snapshot& s) { cluster(s, "payments")["LoadBalancerVmSize"] = "Standard_K8S_v1"; },
            "clusters.payments.loadbalancer.vmsize", FieldClass::LoadBalancer, DiffStatus::Changed,
            "Standard_A2_v2", "Standard_K8S_v1");
        row(
            "load balancer count", [](Snapshot& s) { cluster(s, "shop-prod")["LoadBalancer"]["Count"] = 2; },
            "clusters.shop-prod.loadbalancer.count", FieldClass::LoadBalancer, DiffStatus::Changed, "1", "2");
        row(
            "config load balancer size", [](Snapshot& s) { s.config["KVA"].erase("loadBalancerVmSize"); },
            "config.kva.loadbalancervmsize", FieldClass::LoadBalancer, DiffStatus::Removed,
            "Standard_K8S3_v1", "");
        row(
            "node pool count", [](Snapshot& s) { pool(s, "shop-prod", 0)["NodeCount"] = 5; },
            "clusters.shop-prod.nodepools.linuxpool.nodecount", FieldClass::NodePool, DiffStatus::Changed,
            "3", "5");
        row(
            "node pool size", [](Snapshot& s) { pool(s, "shop-prod", 1)["VmSize"] = "Standard_K8S3_v1"; },
            "clusters.shop-prod.nodepools.winpool.vmsize", FieldClass::NodePool, DiffStatus::Changed,
            "Standard_D2s_v3", "Standard_K8S3_v1");
        row(
            "node pool os", [](Snapshot& s) { pool(s, "payments", 0)["OsType"] = "Windows"; },
            "clusters.payments.nodepools.linuxnodepool.ostype", FieldClass::NodePool, DiffStatus::Changed,
            "Linux", "Windows");
        row(
            "node pool removed", [](Snapshot& s) { pools(s, "shop-prod").erase(1); },
            "clusters.shop-prod.nodepools.winpool", FieldClass::NodePool, DiffStatus::Removed,
            "1 x Standard_D2s_v3 x Windows", "");
        row(
            "node pool added",
            [](Snapshot& s) {
                auto p = pool(s, "shop-prod", 0);
                p["NodePoolName"] = "gpupool";
                pools(s, "shop-prod").push_back(p);
            },
            "clusters.shop-prod.nodepools.gpupool", FieldClass::NodePool, DiffStatus::Added, "",
            "3 x Standard_K8S3_v1 x Linux");
        row(
            "cluster removed", [](Snapshot& s) { s.clusters.erase(s.clusters.begin()); }, "clusters.payments",
            FieldClass::Cluster, DiffStatus::Removed, "v1.23.12, 1 node pool(s)", "");
        row(
            "cluster added",
            [](Snapshot& s) {
                SnapshotCluster c = s.clusters[0];
                c.name = QStringLiteral("analytics");
                s.clusters.push_back(c);
            },
            "clusters.analytics", FieldClass::Cluster, DiffStatus::Added, "", "v1.23.12, 1 node pool(s)");
        row(
            "kubernetes version",
            [](Snapshot& s) { cluster(s, "shop-prod")["KubernetesVersion"] = "v1.25.6"; },
            "clusters.shop-prod.kubernetesversion", FieldClass::KubernetesVersion, DiffStatus::Changed,
            "v1.24.11", "v1.25.6");
        row(
            "node pool kubernetes version",
            [](Snapshot& s) { pool(s, "shop-prod", 0)["Version"] = "v1.25.6"; },
            "clusters.shop-prod.nodepools.linuxpool.version", FieldClass::KubernetesVersion,
            DiffStatus::Changed, "v1.24.11", "v1.25.6");
        row(
            "vlan", [](Snapshot& s) { s.config["MOC"]["vlanID"] = 10; }, "config.moc.vlanid",
            FieldClass::Network, DiffStatus::Changed, "9", "10");
        row(
            "vip pool", [](Snapshot& s) { s.config["KVA"]["vnetvippoolstart"] = "172.16.254.0"; },
            "config.kva.vnetvippoolstart", FieldClass::Network, DiffStatus::Changed, "172.16.255.0",
            "172.16.254.0");
        row(
            "ip pool", [](Snapshot& s) { s.config["MOC"]["k8snodeippoolend"] = "172.16.10.200"; },
            "config.moc.k8snodeippoolend", FieldClass::Network, DiffStatus::Changed, "172.16.10.255",
            "172.16.10.200");
        row(
            "dns", [](Snapshot& s) { s.config["MOC"]["dnsservers"] = {"172.16.0.1"}; },
            "config.moc.dnsservers", FieldClass::Network, DiffStatus::Changed, "172.16.0.1, 172.16.0.2",
            "172.16.0.1");
        row(
            "gateway", [](Snapshot& s) { s.config["MOC"]["gateway"] = "172.16.0.254"; }, "config.moc.gateway",
            FieldClass::Network, DiffStatus::Changed, "172.16.0.1", "172.16.0.254");
        row(
            "vswitch", [](Snapshot& s) { s.config["MOC"]["vswitchName"] = "otherSwitch"; },
            "config.moc.vswitchname", FieldClass::Network, DiffStatus::Changed, "extSwitch", "otherSwitch");
        row(
            "proxy",
            [](Snapshot& s) { s.config["MOC"]["proxyServerHTTPS"] = "http://proxy2.contoso.com:3129"; },
            "config.moc.proxyserverhttps", FieldClass::Proxy, DiffStatus::Changed,
            "http://proxy.contoso.com:3129", "http://proxy2.contoso.com:3129");
        row(
            "no proxy", [](Snapshot& s) { s.config["MOC"]["proxyServerNoProxy"] = "localhost"; },
            "config.moc.proxyservernoproxy", FieldClass::Proxy, DiffStatus::Changed,
            "localhost,127.0.0.1,.svc,10.96.0.0/12", "localhost");
        row(
            "image dir", [](Snapshot& s) { s.config["MOC"]["imageDir"] = "D:\\Images"; },
            "config.moc.imagedir", FieldClass::Storage, DiffStatus::Changed,
            "C:\\ClusterStorage\\Volume1\\Images", "D:\\Images");
        row(
            "working dir", [](Snapshot& s) { s.config["AksHci"]["workingDir"] = "D:\\Work"; },
            "config.akshci.workingdir", FieldClass::Storage, DiffStatus::Changed,
            "C:\\ClusterStorage\\Volume1\\WorkingDir", "D:\\Work");
        row(
            "cloud config location",
            [](Snapshot& s) { s.config["MOC"]["cloudConfigLocation"] = "D:\\Config"; },
            "config.moc.cloudconfiglocation", FieldClass::Storage, DiffStatus::Changed,
            "C:\\ClusterStorage\\Volume1\\Config", "D:\\Config");
        row(
            "other setting", [](Snapshot& s) { s.config["MOC"]["catalog"] = "aks-hci-preview"; },
            "config.moc.catalog", FieldClass::Other, DiffStatus::Changed, "aks-hci-stable-catalogs-ext",
            "aks-hci-preview");
        row(
            "unknown field added", [](Snapshot& s) { s.config["KVA"]["newKnob"] = true; },
            "config.kva.newknob", FieldClass::Other, DiffStatus::Added, "", "true");
        row(
            "version", [](Snapshot& s) { s.versions["aksHciVersion"] = "1.0.17.10310"; },
            "versions.akshciversion", FieldClass::Other, DiffStatus::Changed, "1.0.16.10113", "1.0.17.10310");
        row(
            "secret", [](Snapshot& s) { s.config["AksHci"]["servicePrincipalSecret"] = "plain-text-now"; },
            "config.akshci.serviceprincipalsecret", FieldClass::Secret, DiffStatus::Changed,
            "<redacted by aks-recovery>", "<redacted by aks-recovery>");
    }

    void fieldClasses() {
        QFETCH(Mutation, mutate);
        QFETCH(QString, key);
        QFETCH(FieldClass, cls);
        QFETCH(DiffStatus, status);
        QFETCH(QString, oldValue);
        QFETCH(QString, newValue);
        const Snapshot a = redactedFixture();
        Snapshot b = a;
        mutate(b);
        const DiffResult r = SnapshotDiff::compare(a, b);
        QCOMPARE(differences(r), QStringList{key});
        const DiffEntry* e = find(r, key);
        QVERIFY(e);
        QCOMPARE(e->fieldClass, cls);
        QCOMPARE(e->status, status);
        QCOMPARE(e->oldValue, oldValue);
        QCOMPARE(e->newValue, newValue);
        QCOMPARE(r.matters(), DiffEntry::classMatters(cls));
        QCOMPARE(e->matters(), DiffEntry::classMatters(cls));
        QVERIFY(!e->section.isEmpty());
        QVERIFY(!e->field.isEmpty());

        // The other way round is the mirror image.
        const DiffResult back = SnapshotDiff::compare(b, a);
        const DiffEntry* m = find(back, key);
        QVERIFY(m);
        QCOMPARE(m->status, status == DiffStatus::Added     ? DiffStatus::Removed
                            : status == DiffStatus::Removed ? DiffStatus::Added
                                                            : status);
        QCOMPARE(back.matters(), r.matters());
    }

    // What changes after every rebuild, and PowerShell's quirks, do not make a difference.
    // A cluster rebuilt on a newer release prints its load balancer nested where the old one was
    // flat: the same VM size matches; what only the newer release reports is ignored, not a change.
    void loadBalancerShapeChangeMatches() {
        const Snapshot a = redactedFixture();
        Snapshot b = a;
        for (SnapshotCluster& c : b.clusters) {
            if (c.name != QLatin1String("payments"))
                continue;
            const nlohmann::json size = c.cluster["LoadBalancerVmSize"];
            c.cluster.erase("LoadBalancerVmSize");
            c.cluster["LoadBalancer"] = {{"VMSize", size}, {"Count", 1}, {"Sku", "HAProxy"}};
        }
        DiffResult r = SnapshotDiff::compare(a, b);
        QVERIFY2(!r.matters(), qPrintable(differences(r).join(QLatin1Char('\n'))));
        QStringList ignored;
        for (const DiffEntry& e : r.ignored)
            ignored.append(e.key);
        QVERIFY(ignored.contains(QStringLiteral("clusters.payments.loadbalancer.count")));
        // A different size is still a difference.
        for (SnapshotCluster& c : b.clusters)
            if (c.name == QLatin1String("payments"))
                c.cluster["LoadBalancer"]["VMSize"] = "Standard_K8S_v1";
        r = SnapshotDiff::compare(a, b);
        QVERIFY(r.matters());
        QCOMPARE(differences(r).size(), 1);
    }

    // PowerShell prints an unset setting as "" or null; neither differs from an absent one.
    void unsetEqualsAbsent() {
        const Snapshot a = redactedFixture();
        Snapshot b = a;
        b.config["MOC"]["stagingShare"] = "";
        b.config["MOC"]["macPoolStart"] = nullptr;
        const DiffResult r = SnapshotDiff::compare(a, b);
        QVERIFY2(!r.matters(), qPrintable(differences(r).join(QLatin1Char('\n'))));
    }

    void noiseIsNotADifference() {
        const Snapshot a = redactedFixture();
        Snapshot b = a;
        cluster(b, "shop-prod")["ProvisioningState"] = "Deployed";
        cluster(b, "shop-prod")["DiffStatus"] = {{"ProvisioningState", "ClusterPending"},
                                                 {"Details", "creating"}};
        cluster(b, "shop-prod")["Created"] = "/Date(1800000000000)/";
        cluster(b, "shop-prod")["Id"] = "another-id";
        pool(b, "shop-prod", 0)["Phase"] = "Provisioning";
        b.config["MOC"]["installState"] = "Installing";
        b.config["MOC"]["lastUpdated"] = "2026-11-27T10:00:00Z";
        // VM sizes and booleans case-insensitively; property names paired whatever their case.
        cluster(b, "shop-prod")["ControlPlaneVmSize"] = "standard_a4_V2";
        pool(b, "shop-prod", 1)["VmSize"] = "STANDARD_D2S_V3";
        cluster(b, "payments")["AutoScalerEnabled"] = "False";
        b.config["KVA"].erase("controlPlaneVmSize");
        b.config["KVA"]["controlplanevmsize"] = "Standard_A4_V2";
        // One pool printed as an array instead of an object; NodePools names as a list or a string.
        for (auto& c : b.clusters)
            if (c.name == QStringLiteral("payments"))
                c.nodePools = nlohmann::json::array({c.nodePools});
        cluster(b, "payments")["NodePools"] = {"linuxnodepool"};
        const DiffResult r = SnapshotDiff::compare(a, b);
        QCOMPARE(differences(r), QStringList());
        QVERIFY(!r.matters());
    }

    void severalDifferencesAndJson() {
        const Snapshot a = redactedFixture();
        Snapshot b = a;
        cluster(b, "shop-prod")["ControlPlaneNodeCount"] = 1;
        b.config["MOC"]["catalog"] = "x";
        b.clusters.erase(b.clusters.begin());
        const DiffResult r = SnapshotDiff::compare(a, b);
        QCOMPARE(r.mattersCount(), 2);
        QCOMPARE(r.count(DiffStatus::Changed), 2);
        QCOMPARE(r.count(DiffStatus::Removed), 1);
        const nlohmann::json j = r.toJson();
        QVERIFY(j["matters"] == true);
        QVERIFY(j["summary"]["differencesThatMatter"] == 2);
        QVERIFY(j["summary"]["removed"] == 1);
        QVERIFY(j["ignored"].size() > 5);
        bool seen = false;
        for (const auto& f : j["fields"])
            if (f["path"] == "clusters.payments") {
                seen = true;
                QVERIFY(f["status"] == "removed");
                QVERIFY(f["class"] == "cluster");
                QVERIFY(f["new"].is_null());
                QVERIFY(f["matters"] == true);
            }
        QVERIFY(seen);
    }

    void emptyDeployment() {
        Snapshot a = SnapshotCapture::fromDocuments(test::readFixture(QStringLiteral("config.json")), {}, {});
        Snapshot b = a;
        QVERIFY(!SnapshotDiff::compare(a, b).matters());
        b.clusters.push_back({QStringLiteral("new-one"), {{"Name", "new-one"}}, nlohmann::json::array()});
        const DiffResult r = SnapshotDiff::compare(a, b);
        QVERIFY(r.matters());
        QCOMPARE(differences(r), QStringList{QStringLiteral("clusters.new-one")});
    }

    void classifyByName() {
        QCOMPARE(SnapshotDiff::classify(QStringLiteral("moc.containerruntime"), false), FieldClass::Other);
        QCOMPARE(SnapshotDiff::classify(QStringLiteral("akshci.enableautoupdate"), false), FieldClass::Other);
        QCOMPARE(SnapshotDiff::classify(QStringLiteral("moc.dnsservers[1]"), false), FieldClass::Network);
        QCOMPARE(SnapshotDiff::classify(QStringLiteral("status.details"), false), FieldClass::Volatile);
        QCOMPARE(SnapshotDiff::classify(QStringLiteral("lastupdatedtime"), false), FieldClass::Volatile);
        QCOMPARE(SnapshotDiff::classify(QStringLiteral("kva.identity"), false), FieldClass::Secret);
        QCOMPARE(SnapshotDiff::classify(QStringLiteral("maxpods"), true), FieldClass::Other);
    }

    void redactionRules() {
        for (const char* k :
             {"password", "proxyServerPassword", "proxyServerUsername", "identity", "clientSecret",
              "sshPrivateKey", "accessKey", "token", "apiKey", "kubeconfigToken"})
            QVERIFY2(SecretRedaction::isSecretKey(QString::fromLatin1(k)), k);
        for (const char* k : {"sshPublicKey", "caCertRotationThreshold", "proxyServerCertFile", "vnetName",
                              "keyVaultLocation", "controlPlaneVmSize", "tokenExpiry"})
            QVERIFY2(!SecretRedaction::isSecretKey(QString::fromLatin1(k)), k);
        nlohmann::json j = {{"a", {{"proxy", "https://u:p4ssw0rd-long@host:1"}}},
                            {"list", {{{"password", "pw-123456"}}}}};
        const QStringList paths = SecretRedaction::redact(j);
        QCOMPARE(paths, (QStringList{QStringLiteral("a.proxy"), QStringLiteral("list[0].password")}));
        QVERIFY(j["a"]["proxy"] == "https://<redacted by aks-recovery>@host:1");
        QVERIFY(j["list"][0]["password"] == "<redacted by aks-recovery>");
        QCOMPARE(SecretRedaction::redact(j), QStringList()); // idempotent
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
