#include "SimFixture.h"
#include "akshci/AksHciClient.h"
#include "clusters/ClustersModel.h"
#include "clusters/ClustersPage.h"
#include "common/MessageBanner.h"
#include "jobs/JobManager.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>

using namespace aks;

class TestClustersPage : public QObject {
    Q_OBJECT
private slots:
    void showsTheDeploymentAndKeepsStaleDataOnError();
};

void TestClustersPage::showsTheDeploymentAndKeepsStaleDataOnError() {
    SimFixture sim;
    QVERIFY(sim.seed());
    auto env = sim.env();
    // A slow module import keeps the first refresh busy long enough to see the spinner.
    env.processEnvironment.insert(QStringLiteral("AKS_SIM_FAULT"), QStringLiteral("slow-import"));
    env.processEnvironment.insert(QStringLiteral("AKS_SIM_IMPORT_MS"), QStringLiteral("800"));
    auto client = std::make_shared<AksHciClient>(env);
    JobManager jobs;
    ClustersPage page(client, &jobs);
    page.setAutoRefreshInterval(0);
    page.resize(1200, 700);
    QSignalSpy finished(&page, &ClustersPage::refreshFinished);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* busy = page.findChild<QProgressBar*>(QStringLiteral("clustersBusy"));
    QVERIFY(busy);
    QTRY_VERIFY(busy->isVisible());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QVERIFY(!busy->isVisible());

    auto* tree = page.findChild<QTreeView*>(QStringLiteral("clustersTree"));
    QVERIFY(tree && tree->isVisible());
    QCOMPARE(tree->model()->rowCount(), 4);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("aks-demo"));
    QCOMPARE(tree->model()->index(1, 0).data().toString(), QStringLiteral("shop-prod"));
    auto* details = page.findChild<QTableView*>(QStringLiteral("clusterDetails"));
    QVERIFY(details->model()->rowCount() > 20); // the management configuration
    tree->setCurrentIndex(tree->model()->index(3, 0));
    bool sawAutoscaler = false;
    for (int r = 0; r < details->model()->rowCount(); ++r)
        sawAutoscaler = sawAutoscaler || details->model()->index(r, 0).data().toString() ==
                                             QStringLiteral("AutoScalerEnabled");
    QVERIFY(sawAutoscaler);
    page.grab().save(QStringLiteral("/tmp/clusters-page.png"));

    auto* filter = page.findChild<QLineEdit*>(QStringLiteral("clustersFilter"));
    filter->setText(QStringLiteral("pay"));
    QCOMPARE(tree->model()->rowCount(), 1);
    filter->clear();

    // A failing host: the error shows in place, the last good data stays, marked stale.
    sim.setFault(QStringLiteral("stderr:Get-AksHciConfig"));
    page.refresh();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    auto* banner = page.findChild<MessageBanner*>(QStringLiteral("clustersBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Get-AksHciConfig failed")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("out of date")));
    QCOMPARE(tree->model()->rowCount(), 4);
    auto* updated = page.findChild<QLabel*>(QStringLiteral("clustersUpdated"));
    QVERIFY(updated->text().startsWith(QStringLiteral("Stale")));
    page.grab().save(QStringLiteral("/tmp/clusters-page-stale.png"));

    sim.clearFault();
    page.refresh();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QVERIFY(!banner->isVisible());
    QVERIFY(updated->text().startsWith(QStringLiteral("Updated")));
    QCOMPARE(client->processesStarted(), 1);
}

QTEST_MAIN(TestClustersPage)
#include "tst_clusters_page.moc"
