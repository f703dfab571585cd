#include "ModelRoles.h"
#include "SnapshotFixtures.h"
#include "report/ReportWriter.h"
#include "snapshot/DiffFilterProxy.h"
#include "snapshot/DiffModel.h"
#include "snapshot/DiffReportBuilder.h"
#include "snapshot/SecretRedaction.h"
#include "snapshot/SnapshotDiff.h"
#include "snapshot/SnapshotListModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTemporaryDir>
#include <QTest>

using namespace aks;

namespace {
DiffResult sampleDiff() {
    Snapshot a = test::fixtureSnapshot();
    a.redactSecrets();
    Snapshot b = a;
    b.folder = QStringLiteral("/x/aks-demo-20261102T000000Z");
    b.clusters[1].cluster["ControlPlaneNodeCount"] = 1; // shop-prod: matters
    b.config["MOC"]["catalog"] = "<b>other</b>";        // other: does not matter
    b.clusters.erase(b.clusters.begin());               // payments removed
    return SnapshotDiff::compare(a, b);
}
} // namespace

class TestSnapshotModels : public QObject {
    Q_OBJECT

private slots:
    void listModel() {
        SnapshotListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SnapshotInfo good;
        good.folder = QStringLiteral("/s/aks-demo-20261101T023000Z");
        good.name = QStringLiteral("aks-demo-20261101T023000Z");
        good.deployment = QStringLiteral("aks-demo");
        good.createdUtc = QDateTime(QDate(2026, 11, 1), QTime(2, 30), QTimeZone::utc());
        good.clusters = {QStringLiteral("payments"), QStringLiteral("shop-prod")};
        good.verified = true;
        SnapshotInfo bad = good;
        bad.folder = QStringLiteral("/s/aks-demo-20261102T023000Z");
        bad.verified = false;
        bad.error = QStringLiteral("The snapshot file versions.json is missing.");
        model.setSnapshots({good, bad});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SnapshotListModel::ColumnCount));
        QCOMPARE(model.index(0, SnapshotListModel::ClustersColumn).data().toString(),
                 QStringLiteral("payments, shop-prod"));
        QCOMPARE(model.index(0, SnapshotListModel::IntegrityColumn).data().toString(),
                 QStringLiteral("Verified"));
        QCOMPARE(model.index(1, SnapshotListModel::IntegrityColumn).data().toString(),
                 QStringLiteral("Damaged"));
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("versions.json")));
        QCOMPARE(model.index(0, SnapshotListModel::TimeColumn).data(RawValueRole).toDateTime(),
                 good.createdUtc);
        QCOMPARE(model.index(1, 0).data(IdRole).toString(), bad.folder);
        QCOMPARE(model.rowOf(bad.folder), 1);
        model.setSnapshots({});
        QCOMPARE(model.rowCount(), 0);
    }

    void diffModelAndProxy() {
        DiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DiffFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DiffResult r = sampleDiff();
        model.setResult(r);
        QCOMPARE(model.rowCount(), int(r.entries.size() + r.ignored.size()));
        QCOMPARE(model.headerData(DiffModel::AColumn, Qt::Horizontal).toString(), QStringLiteral("live"));
        QCOMPARE(model.headerData(DiffModel::BColumn, Qt::Horizontal).toString(),
                 QStringLiteral("aks-demo-20261102T000000Z"));

        QCOMPARE(proxy.rowCount(), int(r.entries.size())); // ignored hidden by default
        proxy.setDifferencesOnly(true);
        QCOMPARE(proxy.rowCount(), 3);
        QStringList fields;
        for (int i = 0; i < proxy.rowCount(); ++i)
            fields.append(proxy.index(i, DiffModel::FieldColumn).data().toString());
        QVERIFY(fields.contains(QStringLiteral("ControlPlaneNodeCount")));
        QVERIFY(fields.contains(QStringLiteral("MOC.catalog")));
        proxy.setText(QStringLiteral("controlplane"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex row = proxy.index(0, DiffModel::AColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("3"));
        QCOMPARE(proxy.index(0, DiffModel::BColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(proxy.index(0, DiffModel::ClassColumn).data().toString(), QStringLiteral("Control plane"));
        QCOMPARE(row.data(Qt::BackgroundRole).value<QBrush>().color(),
                 DiffModel::background(DiffModel::Changed, true));
        proxy.setText({});
        proxy.setDifferencesOnly(false);
        proxy.setShowIgnored(true);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, DiffModel::StatusColumn).data().toString(), QStringLiteral("ignored"));
        QCOMPARE(model.index(last, 0).data(StateRole).toInt(), int(DiffModel::Ignored));
        // A removed cluster shows as absent on the B side.
        proxy.setText(QStringLiteral("Cluster payments"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, DiffModel::BColumn).data().toString(), QStringLiteral("(absent)"));
        model.setResult({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void reportHtmlAndPdf() {
        const DiffResult r = sampleDiff();
        const ReportDocument doc = DiffReportBuilder::build(r, QStringLiteral("aks-demo"));
        const QString html = doc.toHtml();
        QVERIFY(html.contains(QStringLiteral("differ in 2 field(s)")));
        QVERIFY(html.contains(QStringLiteral("Differences that matter for a restore")));
        QVERIFY(html.contains(QStringLiteral("ControlPlaneNodeCount")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;other&lt;/b&gt;"))); // values are escaped
        QVERIFY(!html.contains(QStringLiteral("<b>other</b>")));
        QVERIFY(html.contains(ReportDocument::toneColor(ReportDocument::Tone::Changed)));
        QVERIFY(html.contains(QStringLiteral("Ignored fields")));

        QTemporaryDir dir;
        const QString htmlPath = dir.filePath(QStringLiteral("r.html"));
        const QString pdfPath = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(ReportWriter::write(doc, htmlPath).ok());
        QVERIFY(ReportWriter::write(doc, pdfPath).ok());
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 5000);
        QFile h(htmlPath);
        QVERIFY(h.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(h.readAll()), html);

        const Status bad = ReportWriter::write(doc, dir.filePath(QStringLiteral("missing/dir/r.html")));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("r.html")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void reportOfAMatch() {
        Snapshot a = test::fixtureSnapshot();
        a.redactSecrets();
        const ReportDocument doc = DiffReportBuilder::build(SnapshotDiff::compare(a, a));
        QVERIFY(doc.toHtml().contains(QStringLiteral("The deployments match")));
        QVERIFY(!doc.toHtml().contains(QStringLiteral("Differences that matter")));
    }
};

QTEST_MAIN(TestSnapshotModels)
#include "tst_snapshotmodels.moc"
