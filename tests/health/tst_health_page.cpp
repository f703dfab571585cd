#include "../clusters/SimFixture.h"
#include "AppContext.h"
#include "ModelRoles.h"
#include "akshci/AksHciClient.h"
#include "common/DialogFacade.h"
#include "health/HealthFindingsModel.h"
#include "health/HealthPage.h"
#include "jobs/JobManager.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace aks;

// The Health page over the simulator: findings most urgent first and coloured, the repair's exact
// script, and a repair run only after the name was typed.
class TestHealthPage : public QObject {
    Q_OBJECT

    static int rowOf(QAbstractItemModel* m, const QString& kind, const QString& subject) {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(IdRole).toString() == kind &&
                m->index(r, HealthFindingsModel::SubjectColumn).data().toString() == subject)
                return r;
        return -1;
    }

private slots:
    void showsExpiryAndRunsTheRepair() {
        SimFixture sim;
        QVERIFY(sim.seed());
        sim.setFault(QStringLiteral("cert-expired:payments"));
        JobManager jobs;
        DialogFacade dialogs;
        AppContext context;
        context.environment = sim.env();
        context.jobs = &jobs;
        context.dialogs = &dialogs;
        context.akshci = std::make_shared<AksHciClient>(context.environment);
        HealthPage page(context);
        page.resize(1200, 700);
        QSignalSpy refreshed(&page, &HealthPage::refreshFinished);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(refreshed.last().at(0).toBool(), true);

        auto* table = page.findChild<QTableView*>(QStringLiteral("healthFindings"));
        QVERIFY(table);
        QAbstractItemModel* m = table->model();
        QVERIFY(m->rowCount() >= 6); // a client certificate and a CA per cluster at least
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(m->index(r - 1, 0).data(LevelRole).toInt() >= m->index(r, 0).data(LevelRole).toInt());
        const int payments = rowOf(m, QStringLiteral("clientCertificate"), QStringLiteral("payments"));
        QVERIFY(payments >= 0);
        QCOMPARE(m->index(payments, 0).data(LevelRole).toInt(), int(HealthFinding::Urgency::Critical));
        QVERIFY(m->index(payments, HealthFindingsModel::DaysLeftColumn).data().toLongLong() < 0);
        QVERIFY(m->index(payments, 0).data(Qt::BackgroundRole).isValid());
        const int shop = rowOf(m, QStringLiteral("clientCertificate"), QStringLiteral("shop-prod"));
        QVERIFY(!m->index(shop, 0).data(Qt::BackgroundRole).isValid()); // Ok rows keep the theme's colour

        table->setCurrentIndex(m->index(payments, 0));
        auto* script = page.findChild<QPlainTextEdit*>(QStringLiteral("healthRepairScript"));
        QCOMPARE(script->toPlainText(),
                 QStringLiteral(
                     "Update-AksHciClusterCertificates -name 'payments' -fixKubeletCredentials -force"));

        QSignalSpy repaired(&page, &HealthPage::repairFinished);
        dialogs.setNextTypedText(QStringLiteral("shop-prod")); // the wrong name: nothing runs
        page.runSelectedRepair();
        QCOMPARE(repaired.count(), 0);
        QVERIFY(!page.isBusy());

        dialogs.setNextTypedText(QStringLiteral("payments"));
        page.runSelectedRepair();
        QVERIFY(repaired.wait(60000));
        QCOMPARE(repaired.last().at(0).toBool(), true);
        int updates = 0;
        for (const auto& c : sim.calls())
            updates += c.value("cmdlet", "") == "Update-AksHciClusterCertificates";
        QCOMPARE(updates, 1);
        QVERIFY(refreshed.wait(60000)); // the page diagnoses again after a repair
        const int after = rowOf(m, QStringLiteral("clientCertificate"), QStringLiteral("payments"));
        QVERIFY(m->index(after, HealthFindingsModel::DaysLeftColumn).data().toLongLong() > 300);
        page.grab().save(QStringLiteral("/tmp/health-page.png"));
    }
};

QTEST_MAIN(TestHealthPage)
#include "tst_health_page.moc"
