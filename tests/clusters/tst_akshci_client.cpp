#include "SimFixture.h"
#include "akshci/AksHciClient.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <thread>

using namespace aks;

class TestAksHciClient : public QObject {
    Q_OBJECT
private slots:
    void readsTheSeededDeployment();
    void singleClusterAndNodePools();
    void versionsAndCredential();
    void remoteKubeconfigReachesThisMachine();
    void createsAndRemovesClusters();
    void uninstallWipesClustersButNotTheStore();
    void restoresAManagementCluster();
    void rejectsBadNames();
    void passesHostileValuesAsLiterals();
    void hangTimesOutAndRestarts();
    void crashRestartsTheHost();
    void garbageIsBadOutput();
    void stderrErrorRecord();
    void perCallModeStartsOneProcessPerCall();
    void concurrentCallersShareOneHost();
    void cancelStopsAWaitingCall();
    void missingPowerShellSaysSo();
};

void TestAksHciClient::readsTheSeededDeployment() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env());
    CancelToken cancel;
    auto config = client.getConfig(cancel);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().fullText()));
    QCOMPARE(config->deploymentName(), QStringLiteral("aks-demo"));
    QCOMPARE(config->vipPoolStart(), QStringLiteral("172.16.255.0"));
    QCOMPARE(config->dnsServers(), (QStringList{QStringLiteral("172.16.0.1"), QStringLiteral("172.16.0.2")}));
    QCOMPARE(config->vlanId(), QStringLiteral("9"));
    QCOMPARE(config->controlPlaneVmSize(), QStringLiteral("Standard_A4_v2"));
    QCOMPARE(config->installState(), QStringLiteral("Installed"));
    // Unknown fields survive.
    QVERIFY(config->raw()["MOC"].contains("caCertRotationThreshold"));
    QVERIFY(config->kva().contains("identity"));

    auto clusters = client.getClustersWithNodePools(cancel);
    QVERIFY2(clusters, qPrintable(clusters ? QString() : clusters.error().fullText()));
    QCOMPARE(clusters->size(), 3);
    const WorkloadCluster& shop = clusters->at(0);
    QCOMPARE(shop.name, QStringLiteral("shop-prod"));
    QCOMPARE(shop.controlPlaneNodeCount, 3);
    QCOMPARE(shop.nodePoolNames.size(), 2);
    QCOMPARE(shop.nodePools.size(), 2);
    QCOMPARE(shop.nodePools[0].nodeCount, 3);
    QCOMPARE(shop.nodePools[1].taints, QStringList{QStringLiteral("workload=batch:NoSchedule")});
    QVERIFY(shop.isReady());
    QVERIFY(shop.created.isValid());
    const WorkloadCluster& payments = clusters->at(1);
    QCOMPARE(payments.loadBalancerVmSize, QStringLiteral("Standard_A2_v2"));
    QCOMPARE(payments.windowsNodeCount, 1);
    QCOMPARE(payments.nodePools[1].osType, QStringLiteral("Windows"));
    const WorkloadCluster& analytics = clusters->at(2);
    QVERIFY(analytics.autoScalerEnabled);
    QCOMPARE(analytics.loadBalancerCount, 1);
    QCOMPARE(analytics.nodePoolNames, QStringList{QStringLiteral("analytics-linux")});
    QVERIFY(analytics.nodePools[0].autoScalerEnabled);
    QCOMPARE(analytics.nodePools[0].maxCount, 8);
    QCOMPARE(client.processesStarted(), 1);
    QCOMPARE(sim.processStarts(), 1);
}

void TestAksHciClient::singleClusterAndNodePools() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env());
    CancelToken cancel;
    auto one = client.getCluster(QStringLiteral("analytics"), cancel);
    QVERIFY(one);
    QCOMPARE(one->controlPlaneVmSize, QStringLiteral("Standard_D4s_v3"));
    auto missing = client.getCluster(QStringLiteral("nosuch"), cancel);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("nosuch")));
    auto pools = client.getNodePools(QStringLiteral("analytics"), cancel); // one object, not an array
    QVERIFY(pools);
    QCOMPARE(pools->size(), 1);
    QCOMPARE(pools->first().vmSize, QStringLiteral("Standard_D8s_v3"));
}

void TestAksHciClient::versionsAndCredential() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env());
    CancelToken cancel;
    auto v = client.getVersion(cancel);
    QVERIFY(v);
    QCOMPARE(*v, QStringLiteral("1.0.24.11029"));
    auto k = client.getKubernetesVersions(cancel);
    QVERIFY(k);
    QVERIFY(k->size() >= 2);
    const QString path = QDir(sim.dir.path()).filePath(QStringLiteral("out/shop.kubeconfig"));
    QVERIFY(client.getCredential(QStringLiteral("shop-prod"), path, cancel));
    // A second call overwrites without a prompt: the host sets $ConfirmPreference (no -Confirm).
    QVERIFY(client.getCredential(QStringLiteral("shop-prod"), path, cancel));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString yaml = QString::fromUtf8(f.readAll());
    QVERIFY(yaml.contains(QStringLiteral("current-context: shop-prod\n")));
    QVERIFY(yaml.contains(QStringLiteral("server: https://shop-prod.aks-demo.local:6443")));
}

// Remote mode: Get-AksHciCredential runs inside Invoke-Command on the HCI node, so the kubeconfig
// is read back through the session and written here, owner-only.
void TestAksHciClient::remoteKubeconfigReachesThisMachine() {
    SimFixture sim;
    QVERIFY(sim.seed());
    EnvironmentConfig env = sim.env();
    env.remoteHost = QStringLiteral("hci-node1");
    AksHciClient client(env);
    client.setRemoteCredential(QStringLiteral("CONTOSO\\admin"), QStringLiteral("remote-pass-1234"));
    QStringList scripts;
    client.setScriptObserver([&](const QString&, const QString& script) { scripts << script; });
    CancelToken cancel;
    const QString path = QDir(sim.dir.path()).filePath(QStringLiteral("local/shop.kubeconfig"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    const Status got = client.getCredential(QStringLiteral("shop-prod"), path, cancel);
    QVERIFY2(got, qPrintable(got ? QString() : got.error().fullText()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("current-context: shop-prod\n")));
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                QFileDevice::WriteOther),
             QFileDevice::Permissions());
    // The local path never reached the node; the node's copy was removed there.
    QCOMPARE(scripts.size(), 1);
    QVERIFY(!scripts.first().contains(path));
    QVERIFY(scripts.first().contains(QStringLiteral("Remove-Item")));
}

void TestAksHciClient::createsAndRemovesClusters() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env());
    CancelToken cancel;
    NewClusterParams p;
    p.name = QStringLiteral("restored-1");
    p.controlPlaneNodeCount = 3;
    p.controlPlaneVmSize = QStringLiteral("Standard_A4_v2");
    p.loadBalancerVmSize = QStringLiteral("Standard_K8S3_v1");
    p.loadBalancerSku = QStringLiteral("HAProxy");
    p.nodePoolName = QStringLiteral("linuxpool");
    p.nodeCount = 2;
    p.osType = QStringLiteral("Linux");
    QVERIFY(client.newCluster(p, cancel));
    NewNodePoolParams np;
    np.clusterName = p.name;
    np.name = QStringLiteral("winpool");
    np.count = 1;
    np.osType = QStringLiteral("Windows");
    np.vmSize = QStringLiteral("Standard_D4s_v3");
    QVERIFY(client.newNodePool(np, cancel));
    auto c = client.getCluster(p.name, cancel);
    QVERIFY(c);
    QVERIFY(c->isReady());
    QCOMPARE(c->controlPlaneNodeCount, 3);
    QCOMPARE(c->loadBalancerCount, 1); // no documented parameter makes more
    QCOMPARE(c->loadBalancerSku, QStringLiteral("HAProxy"));
    QCOMPARE(c->nodePoolNames.size(), 2);
    QVERIFY(!client.newCluster(p, cancel)); // exists already

    QDir(sim.dir.path()).mkpath(QStringLiteral("kube/restored-1"));
    QDir(sim.dir.path()).mkpath(QStringLiteral("velero/restored-1"));
    QDir(sim.dir.path()).mkpath(QStringLiteral("velero/shop-prod"));
    QVERIFY(client.removeCluster(p.name, cancel));
    QVERIFY(!QFileInfo::exists(QDir(sim.dir.path()).filePath(QStringLiteral("kube/restored-1"))));
    QVERIFY(!QFileInfo::exists(QDir(sim.dir.path()).filePath(QStringLiteral("velero/restored-1"))));
    QVERIFY(QFileInfo::exists(QDir(sim.dir.path()).filePath(QStringLiteral("velero/shop-prod"))));
    QCOMPARE(client.getClusters(cancel)->size(), 3);
}

void TestAksHciClient::uninstallWipesClustersButNotTheStore() {
    SimFixture sim;
    QVERIFY(sim.seed());
    QDir root(sim.dir.path());
    root.mkpath(QStringLiteral("kube/shop-prod"));
    root.mkpath(QStringLiteral("velero/shop-prod"));
    root.mkpath(QStringLiteral("store/backups/b1"));
    AksHciClient client(sim.env());
    CancelToken cancel;
    QVERIFY(client.uninstall(true, cancel));
    QVERIFY(sim.state()["installed"] == false);
    QVERIFY(sim.state()["clusters"].empty());
    QVERIFY(!root.exists(QStringLiteral("kube")));
    QVERIFY(!root.exists(QStringLiteral("velero")));
    QVERIFY(root.exists(QStringLiteral("store/backups/b1")));
    auto clusters = client.getClusters(cancel);
    QVERIFY(!clusters);
    QVERIFY(clusters.error().message.contains(QStringLiteral("not installed")));
    // -SkipConfigCleanup kept the configuration.
    auto config = client.getConfig(cancel);
    QVERIFY(config);
    QCOMPARE(config->installState(), QStringLiteral("NotInstalled"));
}

void TestAksHciClient::restoresAManagementCluster() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env());
    CancelToken cancel;
    QVERIFY(client.uninstall(false, cancel));
    QVERIFY(!client.getConfig(cancel));
    NetworkSettingParams vnet;
    vnet.name = QStringLiteral("myvnet");
    vnet.vSwitchName = QStringLiteral("extSwitch");
    vnet.k8sNodeIpPoolStart = QStringLiteral("172.16.10.1");
    vnet.k8sNodeIpPoolEnd = QStringLiteral("172.16.10.255");
    vnet.vipPoolStart = QStringLiteral("172.16.255.0");
    vnet.vipPoolEnd = QStringLiteral("172.16.255.254");
    vnet.ipAddressPrefix = QStringLiteral("172.16.0.0/16");
    vnet.gateway = QStringLiteral("172.16.0.1");
    vnet.dnsServers = {QStringLiteral("172.16.0.1")};
    vnet.vlanId = 9;
    auto checked = client.newNetworkSetting(vnet, cancel);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().fullText()));
    QVERIFY((*checked)["Vlanid"] == 9);
    AksHciConfigParams cfg;
    cfg.imageDir = QStringLiteral("C:\\ClusterStorage\\Volume1\\Images");
    cfg.workingDir = QStringLiteral("C:\\ClusterStorage\\Volume1\\ImageStore");
    cfg.cloudConfigLocation = QStringLiteral("C:\\ClusterStorage\\Volume1\\Config");
    cfg.vnet = vnet;
    cfg.cloudServiceCidr = QStringLiteral("172.16.10.10/16");
    cfg.controlPlaneVmSize = QStringLiteral("Standard_A4_v2");
    cfg.proxy = ProxySettingParams{.name = QStringLiteral("proxy"),
                                   .http = QStringLiteral("http://proxy:3128"),
                                   .https = QStringLiteral("http://proxy:3128"),
                                   .noProxy = QStringLiteral("localhost,127.0.0.1,.svc"),
                                   .user = QStringLiteral("proxyuser"),
                                   .password = QStringLiteral("s3cret-proxy-pass"),
                                   .certFile = {}};
    auto set = client.setConfig(cfg, cancel);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().fullText()));
    RegistrationParams reg;
    reg.subscriptionId = QStringLiteral("sub");
    reg.resourceGroupName = QStringLiteral("rg");
    QVERIFY(client.setRegistration(reg, cancel));
    QVERIFY(client.install(cancel));
    auto config = client.getConfig(cancel);
    QVERIFY(config);
    QCOMPARE(config->vnetName(), QStringLiteral("myvnet"));
    QCOMPARE(config->imageDir(), cfg.imageDir);
    QCOMPARE(config->installState(), QStringLiteral("Installed"));
    QVERIFY(client.getClusters(cancel)->isEmpty());
    // The credential reached the simulator's state (as Set-AksHciConfig -proxySettings sets it on a
    // host), and its password no call record.
    const nlohmann::json moc = sim.state()["config"]["MOC"];
    QCOMPARE(QString::fromStdString(moc.value("proxyServerUsername", "")), QStringLiteral("proxyuser"));
    QCOMPARE(QString::fromStdString(moc.value("proxyServerPassword", "")),
             QStringLiteral("s3cret-proxy-pass"));
    QCOMPARE(QString::fromStdString(moc.value("proxyServerHTTPS", "")), QStringLiteral("http://proxy:3128"));
    for (const auto& call : sim.calls())
        QVERIFY(!QString::fromStdString(call.dump()).contains(QStringLiteral("s3cret-proxy-pass")));
}

void TestAksHciClient::rejectsBadNames() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env());
    CancelToken cancel;
    const QStringList bad{QStringLiteral("x'; Remove-AksHciCluster -name 'shop-prod"),
                          QStringLiteral("a;b"),
                          QStringLiteral("$(Uninstall-AksHci)"),
                          QStringLiteral("ab`ncd"),
                          QStringLiteral("line\nbreak"),
                          QStringLiteral("Upper"),
                          QStringLiteral("clüster"),
                          QStringLiteral("ab"),
                          QString(40, QLatin1Char('a'))};
    for (const QString& name : bad) {
        auto r = client.getCluster(name, cancel);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        NewClusterParams p;
        p.name = name;
        QCOMPARE(client.newCluster(p, cancel).error().kind, Error::Kind::BadInput);
    }
    QCOMPARE(sim.processStarts(), 0); // nothing was ever run
}

void TestAksHciClient::passesHostileValuesAsLiterals() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env());
    CancelToken cancel;
    const QStringList hostile{
        QStringLiteral("C:\\out\\it's; Uninstall-AksHci; '.yaml"),
        QStringLiteral("C:\\out\\$(Uninstall-AksHci)\\x.yaml"),
        QStringLiteral("C:\\out\\`$env:PATH`\\x.yaml"),
        QStringLiteral("C:\\out\\\u2019; Uninstall-AksHci; \u2018\\x.yaml"),
        QStringLiteral("C:\\out\\日本語 \"quoted\" {braces} | pipe & amp\\x.yaml"),
    };
    for (const QString& value : hostile) {
        AksHciConfigParams p;
        p.imageDir = value;
        p.workingDir = QStringLiteral("C:\\w");
        p.cloudConfigLocation = QStringLiteral("C:\\c");
        p.vnet = NetworkSettingParams{.name = QStringLiteral("v"),
                                      .vSwitchName = QStringLiteral("s"),
                                      .k8sNodeIpPoolStart = {},
                                      .k8sNodeIpPoolEnd = {},
                                      .vipPoolStart = QStringLiteral("10.0.0.10"),
                                      .vipPoolEnd = QStringLiteral("10.0.0.20"),
                                      .ipAddressPrefix = {},
                                      .gateway = {},
                                      .dnsServers = {},
                                      .vlanId = {}};
        // Set-AksHciConfig refuses while installed: the value still has to arrive intact.
        auto r = client.setConfig(p, cancel);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("already installed")),
                 qPrintable(r.error().message));
        const auto calls = sim.calls();
        QVERIFY(!calls.isEmpty());
        QCOMPARE(QString::fromStdString(calls.last()["cmdlet"].get<std::string>()),
                 QStringLiteral("Set-AksHciConfig"));
        QCOMPARE(QString::fromStdString(calls.last()["params"]["imageDir"].get<std::string>()), value);
    }
    // Nothing ran but the cmdlets named: the deployment is intact.
    for (const auto& call : sim.calls()) {
        const QString cmdlet = QString::fromStdString(call["cmdlet"].get<std::string>());
        QVERIFY2(cmdlet == QLatin1String("Set-AksHciConfig") ||
                     cmdlet == QLatin1String("New-AksHciNetworkSetting"),
                 qPrintable(cmdlet));
    }
    QVERIFY(sim.state()["installed"] == true);
    QCOMPARE(int(sim.state()["clusters"].size()), 3);
    QVERIFY(!client.setConfig(AksHciConfigParams{.imageDir = QStringLiteral("a\nb")}, cancel));
}

void TestAksHciClient::hangTimesOutAndRestarts() {
    SimFixture sim;
    QVERIFY(sim.seed());
    auto env = sim.env();
    env.commandTimeout = std::chrono::seconds(2);
    AksHciClient client(env);
    CancelToken cancel;
    QVERIFY(client.getVersion(cancel));
    sim.setFault(QStringLiteral("hang:Get-AksHciCluster"));
    QElapsedTimer t;
    t.start();
    auto r = client.getClusters(cancel);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Timeout);
    // The 2 s timeout fired, not a hang: a generous bound that holds on a loaded machine.
    QVERIFY2(t.elapsed() >= 1900 && t.elapsed() < 60000, qPrintable(QString::number(t.elapsed())));
    sim.clearFault();
    QVERIFY(client.getClusters(cancel));
    QCOMPARE(client.processesStarted(), 2);
}

void TestAksHciClient::crashRestartsTheHost() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env());
    CancelToken cancel;
    QVERIFY(client.getClusters(cancel));
    sim.setFault(QStringLiteral("crash"));
    auto r = client.getClusters(cancel);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Crashed);
    QVERIFY(r.error().message.contains(QStringLiteral("restarted")));
    sim.clearFault();
    auto again = client.getClusters(cancel);
    QVERIFY(again);
    QCOMPARE(again->size(), 3);
    QCOMPARE(client.processesStarted(), 2);
}

void TestAksHciClient::garbageIsBadOutput() {
    SimFixture sim;
    QVERIFY(sim.seed());
    sim.setFault(QStringLiteral("garbage:Get-AksHciConfig"));
    for (auto mode :
         {EnvironmentConfig::PowerShellMode::LongLived, EnvironmentConfig::PowerShellMode::PerCall}) {
        AksHciClient client(sim.env(mode));
        CancelToken cancel;
        auto r = client.getConfig(cancel);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::BadOutput);
        QVERIFY(client.getClusters(cancel)); // other cmdlets unaffected
    }
}

void TestAksHciClient::stderrErrorRecord() {
    SimFixture sim;
    QVERIFY(sim.seed());
    sim.setFault(QStringLiteral("stderr:Get-AksHciCluster"));
    for (auto mode :
         {EnvironmentConfig::PowerShellMode::LongLived, EnvironmentConfig::PowerShellMode::PerCall}) {
        AksHciClient client(sim.env(mode));
        CancelToken cancel;
        auto r = client.getClusters(cancel);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::ExitCode);
        QVERIFY(r.error().message.startsWith(QStringLiteral("Get-AksHciCluster failed")));
        QVERIFY2(r.error().detail.contains(QStringLiteral("FullyQualifiedErrorId")),
                 qPrintable(r.error().detail));
    }
}

void TestAksHciClient::perCallModeStartsOneProcessPerCall() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env(EnvironmentConfig::PowerShellMode::PerCall));
    CancelToken cancel;
    auto clusters = client.getClustersWithNodePools(cancel);
    QVERIFY(clusters);
    QCOMPARE(clusters->size(), 3);
    QCOMPARE(client.processesStarted(), 4);
    QCOMPARE(sim.processStarts(), 4);
}

void TestAksHciClient::concurrentCallersShareOneHost() {
    SimFixture sim;
    QVERIFY(sim.seed());
    AksHciClient client(sim.env());
    std::atomic_int ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 6; ++i)
        threads.emplace_back([&] {
            CancelToken cancel;
            for (int j = 0; j < 5; ++j)
                if (auto r = client.getClusters(cancel); r && r->size() == 3)
                    ++ok;
        });
    for (auto& t : threads)
        t.join();
    QCOMPARE(ok.load(), 30);
    QCOMPARE(client.processesStarted(), 1);
}

void TestAksHciClient::cancelStopsAWaitingCall() {
    SimFixture sim;
    QVERIFY(sim.seed());
    sim.setFault(QStringLiteral("hang:Get-AksHciConfig"));
    AksHciClient client(sim.env());
    CancelToken cancel;
    std::thread canceller([cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        cancel.cancel();
    });
    QElapsedTimer t;
    t.start();
    auto r = client.getConfig(cancel);
    canceller.join();
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    // The call hangs for ever: only the cancel can have ended it (a generous bound catches a hang).
    QVERIFY2(t.elapsed() >= 400 && t.elapsed() < 60000, qPrintable(QString::number(t.elapsed())));
}

void TestAksHciClient::missingPowerShellSaysSo() {
    EnvironmentConfig env;
    env.powershell = QStringLiteral("/nonexistent/powershell.exe");
    AksHciClient client(env);
    CancelToken cancel;
    auto r = client.getClusters(cancel);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::FailedToStart);
    QVERIFY(r.error().message.contains(QStringLiteral("/nonexistent/powershell.exe")));
}

QTEST_GUILESS_MAIN(TestAksHciClient)
#include "tst_akshci_client.moc"
