// The Backups page on the velero simulator's demo store: RPO badges, table, filters, timeline,
// opening a backup, and stale data after a failed refresh.
#include "AppContext.h"
#include "SimFixture.h"
#include "history/BackupsModel.h"
#include "history/HistoryPage.h"
#include "history/RpoModel.h"
#include "jobs/JobManager.h"
#include "velero/HistoryLoader.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace aks;

class TstHistoryPage : public QObject {
    Q_OBJECT

private:
    test::SimFixture m_sim;
    JobManager m_jobs;
    AppContext m_context;
    bool m_failPayments = false;

    HistoryPage::Loader loader() {
        EnvironmentConfig env;
        env.velero = test::SimFixture::velero();
        env.kubectl = test::SimFixture::kubectl();
        env.processEnvironment = m_sim.environment();
        return [this, env](const JobContext& job) -> Result<QList<ClusterHistory>> {
            QList<ClusterHistory> out;
            for (const QString& c :
                 {QStringLiteral("shop-prod"), QStringLiteral("payments"), QStringLiteral("analytics")}) {
                VeleroTarget t;
                t.kubeconfig = m_sim.kubeconfig(c);
                if (m_failPayments && c == QLatin1String("payments"))
                    t.kubecontext = QStringLiteral("unreachable");
                out.append(HistoryLoader(env).load(c, t, job.cancelToken()));
            }
            return out;
        };
    }

private slots:
    void initTestCase() { QVERIFY(m_sim.seed(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))); }

    void pageShowsHistory() {
        m_context.jobs = &m_jobs;
        HistoryPage page(m_context);
        page.setLoader(loader());
        page.resize(1100, 720);
        QSignalSpy refreshed(&page, &HistoryPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(60000));

        auto* rpo = page.rpoModel();
        QCOMPARE(rpo->rowCount(), 3);
        QCOMPARE(rpo->breachedCount(), 1);
        for (int r = 0; r < rpo->rowCount(); ++r) {
            const bool meets = rpo->index(r, 0).data(RpoModel::MeetsRole).toBool();
            QCOMPARE(meets, rpo->index(r, RpoModel::Cluster).data().toString() != QLatin1String("analytics"));
        }
        auto* table = page.findChild<QTableView*>(QStringLiteral("historyBackupsTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 21 + 22 + 19);

        auto* cluster = page.findChild<QComboBox*>(QStringLiteral("historyClusterFilter"));
        cluster->setCurrentIndex(cluster->findData(QStringLiteral("payments")));
        QCOMPARE(table->model()->rowCount(), 22);
        auto* phase = page.findChild<QComboBox*>(QStringLiteral("historyPhaseFilter"));
        phase->setCurrentIndex(phase->findData(QStringLiteral("Failed")));
        QCOMPARE(table->model()->rowCount(), 1);
        phase->setCurrentIndex(0);
        cluster->setCurrentIndex(0);
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("historySearch"));
        QTest::keyClicks(search, QStringLiteral("pre-upgrade"));
        QCOMPARE(table->model()->rowCount(), 1);

        // Opening the row asks for the inspector with the store the BSL points at.
        QSignalSpy open(&page, &HistoryPage::openBackupRequested);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), m_sim.storeDir() + QStringLiteral("/payments"));
        QVERIFY(open.first().at(1).toString().startsWith(QLatin1String("pre-upgrade-")));
        search->clear();

        page.grab().save(QStringLiteral("/tmp/history-page.png"));
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("historyTabs"));
        tabs->setCurrentIndex(1);
        QTest::qWait(50);
        page.grab().save(QStringLiteral("/tmp/history-timeline.png"));
        tabs->setCurrentIndex(3);
        auto* locations = page.findChild<QTableView*>(QStringLiteral("historyLocationsTable"));
        QCOMPARE(locations->model()->rowCount(), 3);
        tabs->setCurrentIndex(4);
        QCOMPARE(page.findChild<QTableView*>(QStringLiteral("historyRestoresTable"))->model()->rowCount(), 1);

        // A refresh where one cluster fails keeps its rows, marked stale.
        m_failPayments = true;
        page.refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(table->model()->rowCount(), 21 + 22 + 19);
        int stale = 0;
        for (int r = 0; r < page.backupsModel()->rowCount(); ++r)
            stale += page.backupsModel()->index(r, 0).data(BackupsModel::StaleRole).toBool() ? 1 : 0;
        QCOMPARE(stale, 22);
        m_failPayments = false;
        m_jobs.waitForAll(10000);
    }
};

QTEST_MAIN(TstHistoryPage)
#include "tst_history_page.moc"
