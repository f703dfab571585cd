#include "restore/ClusterPlanModel.h"
#include "restore/PrerequisitesModel.h"
#include "restore/RestoreReportWriter.h"
#include "restore/RestoreStepsModel.h"

#include "ModelRoles.h"
#include "core/Redactor.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace aks;

class TestRestoreModels : public QObject {
    Q_OBJECT

    RestorePlan plan() {
        RestorePlan p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.deployment = QStringLiteral("aks-demo");
        p.store = QStringLiteral("/tmp/store");
        p.createdAt = QDateTime::currentDateTimeUtc();
        for (const char* n : {"shop-prod", "payments"}) {
            ClusterRestorePlan c;
            c.cluster = QString::fromLatin1(n);
            c.backup = c.cluster + QStringLiteral("-daily");
            c.restoreName = RestorePlan::makeRestoreName(c.cluster, p.createdAt);
            c.storePrefix = c.cluster;
            p.clusters << c;
        }
        return p;
    }

private slots:
    void stepsModel() {
        RestoreStepsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JournalStep a;
        a.id = QStringLiteral("uninstall");
        a.title = QStringLiteral("Uninstall");
        JournalStep b;
        b.id = QStringLiteral("restore/payments");
        b.title = QStringLiteral("Restore payments");
        b.cluster = QStringLiteral("payments");
        m.setSteps({a, b});
        QCOMPARE(m.rowCount(), 2);
        b.state = JournalStep::State::Done;
        b.started = QDateTime::currentDateTimeUtc();
        b.finished = b.started.addMSecs(1500);
        b.warnings = {QStringLiteral("w")};
        m.updateStep(b);
        QCOMPARE(m.index(1, RestoreStepsModel::Duration).data().toString(), QStringLiteral("1.5 s"));
        QVERIFY(m.index(1, RestoreStepsModel::State).data().toString().contains(QStringLiteral("warning")));
        QCOMPARE(m.index(1, RestoreStepsModel::Duration).data(RawValueRole).toLongLong(), 1500);
        JournalStep c;
        c.id = QStringLiteral("new");
        m.updateStep(c);
        QCOMPARE(m.rowCount(), 3);
    }

    void prerequisitesModel() {
        PrerequisitesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setChecks({{QStringLiteral("Backup"), Prerequisite::State::Fail, QStringLiteral("fails verify"),
                      QStringLiteral("Pick another")},
                     {QStringLiteral("Storage"), Prerequisite::State::Pass, QStringLiteral("ok"),
                      QStringLiteral("x")}});
        QCOMPARE(m.index(0, PrerequisitesModel::Result).data().toString(), QStringLiteral("Fail"));
        QCOMPARE(m.index(0, PrerequisitesModel::Fix).data().toString(), QStringLiteral("Pick another"));
        QVERIFY(m.index(1, PrerequisitesModel::Fix).data().toString().isEmpty());
        QVERIFY(!RestorePrerequisites::allPass(m.checks()));
    }

    // Once the store's backups are known, the Backup cell takes one of them only, and says why not.
    void backupCellTakesTheStoresBackupsOnly() {
        ClusterPlanModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPlan(plan());
        const QString cluster = m.plan().clusters[0].cluster;
        QSignalSpy rejected(&m, &ClusterPlanModel::editRejected);
        QVERIFY(m.setData(m.index(0, ClusterPlanModel::Backup), QStringLiteral("anything"), Qt::EditRole));
        m.setBackupChoices({{cluster, {QStringLiteral("nightly"), QStringLiteral("weekly")}}});
        QCOMPARE(m.index(0, ClusterPlanModel::Backup).data(ChoicesRole).toStringList().size(), 2);
        QVERIFY(
            !m.setData(m.index(0, ClusterPlanModel::Backup), QStringLiteral("no-such-backup"), Qt::EditRole));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(m.plan().clusters[0].backup, QStringLiteral("anything"));
        QVERIFY(m.setData(m.index(0, ClusterPlanModel::Backup), QStringLiteral("weekly"), Qt::EditRole));
        QCOMPARE(m.plan().clusters[0].backup, QStringLiteral("weekly"));
        // A cluster whose store could not be listed takes any name.
        QVERIFY(m.setData(m.index(1, ClusterPlanModel::Backup), QStringLiteral("typed"), Qt::EditRole));
    }

    void clusterPlanModelEdits() {
        ClusterPlanModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPlan(plan());
        QVERIFY(m.setData(m.index(0, ClusterPlanModel::Backup), QStringLiteral("older"), Qt::EditRole));
        QVERIFY(m.setData(m.index(0, ClusterPlanModel::NamespaceMappings), QStringLiteral("shop:shop2, a:b"),
                          Qt::EditRole));
        QVERIFY(!m.setData(m.index(0, ClusterPlanModel::NamespaceMappings), QStringLiteral("broken"),
                           Qt::EditRole));
        QVERIFY(
            !m.setData(m.index(0, ClusterPlanModel::ExistingPolicy), QStringLiteral("wipe"), Qt::EditRole));
        QVERIFY(
            m.setData(m.index(1, ClusterPlanModel::ExistingPolicy), QStringLiteral("update"), Qt::EditRole));
        QVERIFY(m.setData(m.index(1, ClusterPlanModel::RestoreVolumes), Qt::Unchecked, Qt::CheckStateRole));
        // The PartiallyFailed override is off until checked, per cluster.
        QCOMPARE(m.data(m.index(0, ClusterPlanModel::AllowPartiallyFailed), Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QVERIFY(m.flags(m.index(0, ClusterPlanModel::AllowPartiallyFailed)) & Qt::ItemIsUserCheckable);
        QVERIFY(
            m.setData(m.index(0, ClusterPlanModel::AllowPartiallyFailed), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!(m.flags(m.index(0, ClusterPlanModel::Cluster)) & Qt::ItemIsEditable));
        // Velero's settings: missing until given, then edited per cluster.
        QVERIFY(!m.plan().problems().isEmpty());
        for (int row : {0, 1}) {
            QVERIFY(!m.setData(m.index(row, ClusterPlanModel::VeleroProvider), QStringLiteral("gcp"),
                               Qt::EditRole));
            QVERIFY(m.setData(m.index(row, ClusterPlanModel::VeleroProvider), QStringLiteral("azure"),
                              Qt::EditRole));
            QVERIFY(m.setData(m.index(row, ClusterPlanModel::VeleroBucket), QStringLiteral("backups"),
                              Qt::EditRole));
            QVERIFY(!m.setData(m.index(row, ClusterPlanModel::VeleroConfig), QStringLiteral("broken"),
                               Qt::EditRole));
            QVERIFY(
                m.setData(m.index(row, ClusterPlanModel::VeleroConfig),
                          QStringLiteral(
                              "storageAccount=acct,storageAccountKeyEnvVar=AZURE_STORAGE_ACCOUNT_ACCESS_KEY"),
                          Qt::EditRole));
        }
        QVERIFY(m.setData(m.index(1, ClusterPlanModel::VeleroPrefix), QStringLiteral("old/payments"),
                          Qt::EditRole));
        const RestorePlan& p = m.plan();
        QCOMPARE(p.clusters[1].storePrefix, QStringLiteral("old/payments"));
        QCOMPARE(p.clusters[0].velero.config.value(QStringLiteral("storageAccount")), QStringLiteral("acct"));
        QCOMPARE(p.clusters[0].backup, QStringLiteral("older"));
        QCOMPARE(p.clusters[0].namespaceMappings.value(QStringLiteral("shop")), QStringLiteral("shop2"));
        QVERIFY(p.clusters[1].overwritesExisting());
        QVERIFY(!p.clusters[1].restoreVolumes);
        QVERIFY(p.clusters[0].allowPartiallyFailed);
        QVERIFY(!p.clusters[1].allowPartiallyFailed);
        QVERIFY(p.problems().isEmpty());
    }

    void reportIsWrittenAsHtmlAndPdfWithoutSecrets() {
        Redactor::registerSecret(QStringLiteral("sup3r-s3cret-value"));
        QTemporaryDir dir;
        RestoreJournal j(plan(), dir.filePath(QStringLiteral("journal.json")));
        JournalStep& s = j.ensureStep(QStringLiteral("uninstall"), QStringLiteral("Uninstall AKS hybrid"), {},
                                      {QStringLiteral("Uninstall-AksHci")});
        s.state = JournalStep::State::Done;
        s.started = QDateTime::currentDateTimeUtc();
        s.finished = s.started.addSecs(3);
        s.log << QStringLiteral("proxy password sup3r-s3cret-value");
        j.setOutcome(RestoreJournal::Outcome::Completed);
        auto w = RestoreReportWriter::write(j, dir.filePath(QStringLiteral("report")));
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
        QFile html(w->html);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray text = html.readAll();
        QVERIFY(text.contains("Uninstall-AksHci"));
        QVERIFY(text.contains("3.0 s"));
        QVERIFY(!text.contains("sup3r-s3cret-value"));
        QFile pdf(w->pdf);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // The PDF's own text, as a reader extracts it (pdftotext, poppler-utils in ./dev's packages).
        QProcess extract;
        extract.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), w->pdf, QStringLiteral("-")});
        QVERIFY2(extract.waitForStarted(), "pdftotext is missing; ./dev installs poppler-utils");
        QVERIFY(extract.waitForFinished(60000));
        QCOMPARE(extract.exitCode(), 0);
        const QByteArray pdfText = extract.readAllStandardOutput();
        QVERIFY2(pdfText.contains("Uninstall-AksHci"), pdfText.constData());
        QVERIFY(pdfText.contains("3.0 s"));
        QVERIFY(!pdfText.contains("sup3r-s3cret-value"));
        QVERIFY(!pdf.readAll().contains("sup3r-s3cret-value"));
    }
};

QTEST_MAIN(TestRestoreModels)
#include "tst_restoremodels.moc"
