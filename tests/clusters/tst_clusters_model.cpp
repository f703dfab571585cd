#include "ModelRoles.h"
#include "clusters/ClusterDetailsModel.h"
#include "clusters/ClustersFilterProxy.h"
#include "clusters/ClustersModel.h"
#include "core/Redactor.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace aks;
using nlohmann::json;

namespace {
DeploymentState sample() {
    DeploymentState s;
    s.config =
        AksHciConfig::fromJson(
            json::parse(
                R"({"MOC":{"vnetName":"v1","imageDir":"C:\\img","proxyServerPassword":"hunter2-secret"},
                  "AksHci":{"installState":"Installed","version":"1.0.24"},
                  "Kva":{"kvaName":"aks-demo","controlplaneVmSize":"Standard_A4_v2","identity":"dG9rZW4tdG9rZW4tdG9rZW4="}})"))
            .value();
    s.installed = true;
    auto a = WorkloadCluster::fromJson(
                 json::parse(
                     R"({"Name":"shop-prod","KubernetesVersion":"v1.26.6","ControlPlaneNodeCount":3,
                  "ControlPlaneVmSize":"Standard_A4_v2","LoadBalancer":{"VMSize":"Standard_K8S3_v1","Count":1},
                  "Status":{"ProvisioningState":"Deployed"},"ProvisioningState":"provisioned","NodePools":["p1","p2"]})"))
                 .value();
    a.nodePools
        << NodePool::fromJson(
               json::parse(
                   R"({"NodePoolName":"p1","OsType":0,"NodeCount":3,"VmSize":"Standard_K8S3_v1","Phase":"Deployed"})"))
               .value()
        << NodePool::fromJson(
               json::parse(
                   R"({"NodePoolName":"p2","OsType":1,"NodeCount":2,"VmSize":"Standard_D4s_v3","Phase":"Deployed"})"))
               .value();
    auto b =
        WorkloadCluster::fromJson(
            json::parse(
                R"({"Name":"new-one","ProvisioningState":"ClusterPending","Status":{"ProvisioningState":"ClusterPending"}})"))
            .value();
    auto c =
        WorkloadCluster::fromJson(json::parse(R"({"Name":"broken","ProvisioningState":"Failed"})")).value();
    s.clusters = {a, b, c};
    s.fetchedAt = QDateTime::currentDateTime();
    return s;
}
} // namespace

class TestClustersModel : public QObject {
    Q_OBJECT
private slots:
    void treeShape();
    void columnsAndColours();
    void detailsMaskSecrets();
    void proxyFiltersByName();
};

void TestClustersModel::treeShape() {
    ClustersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setDeployment(sample());
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex mgmt = model.managementIndex();
    QCOMPARE(mgmt.data().toString(), QStringLiteral("aks-demo"));
    QCOMPARE(model.kind(mgmt), ClustersModel::Kind::Management);
    QStringList groups;
    for (int r = 0; r < model.rowCount(mgmt); ++r)
        groups << model.index(r, 0, mgmt).data().toString();
    QCOMPARE(groups, (QStringList{QStringLiteral("Networking"), QStringLiteral("Storage"),
                                  QStringLiteral("Control plane"), QStringLiteral("Load balancer"),
                                  QStringLiteral("Versions")}));
    const QModelIndex storage = model.index(1, 0, mgmt);
    QCOMPARE(model.index(0, ClustersModel::Value, storage).data().toString(), QStringLiteral("C:\\img"));
    const QModelIndex shop = model.clusterIndex(QStringLiteral("shop-prod"));
    QVERIFY(shop.isValid());
    QCOMPARE(model.rowCount(shop), 2);
    const QModelIndex pool = model.index(1, 0, shop);
    QCOMPARE(model.kind(pool), ClustersModel::Kind::NodePool);
    QCOMPARE(model.nodePool(pool)->osType, QStringLiteral("Windows"));
    QCOMPARE(model.parent(pool), shop);
    model.setDeployment(sample()); // a refresh resets cleanly
    QCOMPARE(model.rowCount(), 4);
}

void TestClustersModel::columnsAndColours() {
    ClustersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeployment(sample());
    const QModelIndex shop = model.clusterIndex(QStringLiteral("shop-prod"));
    const auto cell = [&](const QModelIndex& row, int col, int role = Qt::DisplayRole) {
        return model.index(row.row(), col, row.parent()).data(role);
    };
    QCOMPARE(cell(shop, ClustersModel::ControlPlane).toString(), QStringLiteral("3 × Standard_A4_v2"));
    QCOMPARE(cell(shop, ClustersModel::ControlPlane, RawValueRole).toInt(), 3);
    QCOMPARE(cell(shop, ClustersModel::LoadBalancer).toString(), QStringLiteral("1 × Standard_K8S3_v1"));
    QCOMPARE(cell(shop, ClustersModel::Nodes, RawValueRole).toInt(), 5);
    QCOMPARE(cell(shop, ClustersModel::Status).toString(), QStringLiteral("Deployed"));
    QCOMPARE(cell(shop, ClustersModel::Status, ClustersModel::HealthRole).toInt(),
             int(ClustersModel::Health::Ready));
    QCOMPARE(cell(shop, ClustersModel::Status, Qt::ForegroundRole).value<QBrush>().color(),
             ClustersModel::colour(ClustersModel::Health::Ready));
    const QModelIndex pending = model.clusterIndex(QStringLiteral("new-one"));
    QCOMPARE(cell(pending, ClustersModel::Status, ClustersModel::HealthRole).toInt(),
             int(ClustersModel::Health::Pending));
    const QModelIndex broken = model.clusterIndex(QStringLiteral("broken"));
    QCOMPARE(cell(broken, ClustersModel::Status, ClustersModel::HealthRole).toInt(),
             int(ClustersModel::Health::Failed));
    QCOMPARE(model.headerData(ClustersModel::Nodes, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Nodes"));
}

void TestClustersModel::detailsMaskSecrets() {
    ClustersModel model;
    model.setDeployment(sample());
    ClusterDetailsModel details;
    QAbstractItemModelTester tester(&details, QAbstractItemModelTester::FailureReportingMode::QtTest);
    details.setJson(model.rawJson(model.managementIndex()));
    QCOMPARE(details.valueOf(QStringLiteral("MOC.vnetName")), QStringLiteral("v1"));
    QCOMPARE(details.valueOf(QStringLiteral("MOC.proxyServerPassword")),
             QString::fromLatin1(Redactor::kMask));
    QCOMPARE(details.valueOf(QStringLiteral("Kva.identity")), QString::fromLatin1(Redactor::kMask));
    // Loading the config registered its secrets: they are masked in any text from now on.
    QVERIFY(
        !Redactor::redact(QStringLiteral("pw=hunter2-secret")).contains(QStringLiteral("hunter2-secret")));
    details.setJson(model.rawJson(model.clusterIndex(QStringLiteral("shop-prod"))));
    QCOMPARE(details.valueOf(QStringLiteral("LoadBalancer.VMSize")), QStringLiteral("Standard_K8S3_v1"));
    QCOMPARE(details.valueOf(QStringLiteral("NodePools")), QStringLiteral("p1, p2"));
}

void TestClustersModel::proxyFiltersByName() {
    ClustersModel model;
    model.setDeployment(sample());
    ClustersFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setNameFilter(QStringLiteral("shop"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2); // its pools stay
    proxy.setNameFilter(QStringLiteral("p2"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("shop-prod"));
    proxy.setNameFilter(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

QTEST_MAIN(TestClustersModel)
#include "tst_clusters_model.moc"
