#include "SimFixture.h"
#include "SnapshotFixtures.h"
#include "akshci/AksHciClient.h"
#include "common/DialogFacade.h"
#include "jobs/JobManager.h"
#include "log/LogModel.h"
#include "snapshot/DiffModel.h"
#include "snapshot/SnapshotCatalog.h"
#include "snapshot/SnapshotCompareView.h"
#include "snapshot/SnapshotDiff.h"
#include "snapshot/SnapshotReader.h"
#include "snapshot/SnapshotWriter.h"
#include "snapshot/SnapshotsPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace aks;

class TestSnapshotGui : public QObject {
    Q_OBJECT
    JobManager* m_jobs = nullptr;
    LogModel* m_log = nullptr;
    DialogFacade* m_dialogs = nullptr;

    AppContext context() { return AppContext{EnvironmentConfig{}, m_jobs, m_log, m_dialogs}; }

    static void save(QWidget* w, const QString& name) {
        const QString path = QDir(QDir::tempPath()).filePath(name);
        QVERIFY(w->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    // Two snapshots a day apart (the later one with a smaller shop-prod control plane) and a damaged one.
    static QStringList writeSnapshots(const QString& dir) {
        Snapshot s = test::fixtureSnapshot();
        QStringList out;
        out.append(*SnapshotWriter::write(s, dir, {}));
        s.createdUtc = s.createdUtc.addDays(1);
        s.clusters[1].cluster["ControlPlaneNodeCount"] = 1;
        s.clusters[1].nodePools[0]["VmSize"] = "standard_k8s3_V1"; // same size, other case
        out.append(*SnapshotWriter::write(s, dir, {}));
        s.createdUtc = s.createdUtc.addDays(1);
        out.append(*SnapshotWriter::write(s, dir, {}));
        QFile::remove(QDir(out.last()).filePath(QStringLiteral("cluster-payments.json")));
        return out;
    }

private slots:
    void initTestCase() {
        m_jobs = new JobManager(this);
        m_log = new LogModel(this);
        m_dialogs = new DialogFacade(this);
    }

    void compareViewHighlightsDifferences() {
        Snapshot a = test::fixtureSnapshot();
        a.redactSecrets();
        a.folder = QStringLiteral("/s/aks-demo-20261101T023000Z");
        Snapshot b = a;
        b.folder = QStringLiteral("/s/aks-demo-20261128T060000Z");
        b.clusters[1].cluster["ControlPlaneNodeCount"] = 1;
        b.clusters[1].nodePools.erase(1);
        b.config["MOC"]["vlanID"] = 12;
        b.config["MOC"]["catalog"] = "aks-hci-preview";
        b.clusters[1].cluster["ProvisioningState"] = "ClusterPending";

        SnapshotCompareView view(m_dialogs);
        view.resize(1200, 520);
        view.setResult(SnapshotDiff::compare(a, b), QStringLiteral("aks-demo"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.verdictText().contains(QStringLiteral("differ in 3 field(s)")));

        auto* table = view.findChild<QTableView*>(QStringLiteral("compareTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 4); // only differences by default
        // Side by side: A's value and B's value in adjacent columns, the row highlighted.
        bool seen = false;
        for (int i = 0; i < table->model()->rowCount(); ++i) {
            const QModelIndex field = table->model()->index(i, DiffModel::FieldColumn);
            if (field.data().toString() != QStringLiteral("ControlPlaneNodeCount"))
                continue;
            seen = true;
            QCOMPARE(table->model()->index(i, DiffModel::AColumn).data().toString(), QStringLiteral("3"));
            QCOMPARE(table->model()->index(i, DiffModel::BColumn).data().toString(), QStringLiteral("1"));
            QVERIFY(table->model()->index(i, DiffModel::AColumn).data(Qt::BackgroundRole).isValid());
        }
        QVERIFY(seen);
        save(&view, QStringLiteral("snapshot-compare.png"));

        auto* differencesOnly = view.findChild<QCheckBox*>(QStringLiteral("differencesOnly"));
        auto* showIgnored = view.findChild<QCheckBox*>(QStringLiteral("showIgnored"));
        QTest::mouseClick(differencesOnly, Qt::LeftButton);
        QVERIFY(table->model()->rowCount() > 40);
        const int compared = table->model()->rowCount();
        showIgnored->setChecked(true);
        QVERIFY(table->model()->rowCount() > compared);

        QTemporaryDir dir;
        m_dialogs->setNextFileName(dir.filePath(QStringLiteral("report")));
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("exportPdf")), Qt::LeftButton);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("report.pdf"))).size() > 5000);
        m_dialogs->setNextFileName(dir.filePath(QStringLiteral("report.html")));
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("exportHtml")), Qt::LeftButton);
        QFile html(dir.filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("ControlPlaneNodeCount"));
    }

    void pageListsVerifiesAndCompares() {
        QTemporaryDir dir;
        const QStringList folders = writeSnapshots(dir.path());
        SnapshotsPage page(context(), nullptr);
        QSignalSpy refreshed(&page, &SnapshotsPage::refreshed);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setFolder(dir.path());
        QVERIFY(refreshed.wait(10000));
        while (refreshed.last().first().toInt() != 3)
            QVERIFY(refreshed.wait(10000));

        auto* table = page.findChild<QTableView*>(QStringLiteral("snapshotTable"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->model()->rowCount(), 3);
        // Newest first; the damaged one says so.
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("Damaged"));
        QCOMPARE(table->model()->index(1, 3).data().toString(), QStringLiteral("Verified"));
        QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("payments, shop-prod"));
        // No environment: exporting and comparing with it are off.
        auto* exportButton = page.findChild<QPushButton*>(QStringLiteral("exportSnapshot"));
        auto* compareButton = page.findChild<QPushButton*>(QStringLiteral("compareSnapshots"));
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(!compareButton->isEnabled());

        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(!compareButton->isEnabled()); // one snapshot needs the environment
        table->selectionModel()->select(table->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(compareButton->isEnabled());
        QSignalSpy compared(&page, &SnapshotsPage::compared);
        QTest::mouseClick(compareButton, Qt::LeftButton);
        QVERIFY(compared.wait(10000));
        QCOMPARE(compared.first().first().toBool(), true);
        auto* verdict = page.findChild<QLabel*>(QStringLiteral("compareVerdict"));
        QVERIFY(verdict->text().contains(QStringLiteral("differ in 1 field(s)")));
        // The older snapshot is A.
        QVERIFY(verdict->text().startsWith(QFileInfo(folders[0]).fileName()));
        // Snapshot names come from folders anyone may name: shown as plain text, never markup.
        QCOMPARE(verdict->textFormat(), Qt::PlainText);
        const QAbstractItemModel* diff =
            page.compareView()->findChild<QTableView*>(QStringLiteral("compareTable"))->model();
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(diff->index(0, DiffModel::FieldColumn).data().toString(),
                 QStringLiteral("ControlPlaneNodeCount"));
        save(&page, QStringLiteral("snapshot-page.png"));

        // The damaged snapshot cannot be compared: the error names the file.
        table->selectionModel()->clearSelection();
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy failed(&page, &SnapshotsPage::failed);
        page.compareSelected();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cluster-payments.json")));
    }

    // The GUI's "Export with secrets": the passphrase is asked twice (answered here through the
    // DialogFacade), no secret is readable anywhere in the folder, and the passphrase brings it back.
    void encryptedExportKeepsSecretsOnlyEncrypted() {
        SimFixture sim;
        QVERIFY(sim.seed());
        auto client = std::make_shared<AksHciClient>(sim.env());
        QTemporaryDir dir;
        SnapshotsPage page(context(), client);
        page.show();
        QSignalSpy refreshed(&page, &SnapshotsPage::refreshed);
        page.setFolder(dir.path());
        QVERIFY(refreshed.wait(10000));

        // Cancelling the passphrase exports nothing.
        auto* button = page.findChild<QPushButton*>(QStringLiteral("exportEncryptedSnapshot"));
        QVERIFY(button && button->isEnabled());
        QSignalSpy exported(&page, &SnapshotsPage::exported);
        QSignalSpy started(m_jobs, &JobManager::jobStarted);
        m_dialogs->setNextPassphrase({});
        QTest::mouseClick(button, Qt::LeftButton);
        // An export is a job, started within the click: none may start for a cancelled passphrase.
        QCOMPARE(started.size(), 0);
        QVERIFY(button->isEnabled());

        const QByteArray passphrase("correct horse battery staple");
        m_dialogs->setNextPassphrase(passphrase);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.size(), 1);
        QCOMPARE(SnapshotCatalog::list(dir.path()).size(), 1);
        const QString folder = exported.first().first().toString();

        const QByteArray secret("Pr0xy!Demo-Secret-2024"); // the simulator's proxy password
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
        auto manifest = SnapshotReader::verify(folder);
        QVERIFY(manifest.ok());
        QVERIFY(manifest->encrypted);
        QVERIFY(!SnapshotReader::load(folder, "wrong passphrase").ok());
        auto loaded = SnapshotReader::load(folder, passphrase);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY(QByteArray::fromStdString(loaded->config.dump()).contains(secret));
    }

    void emptyFolderShowsEmptyState() {
        QTemporaryDir dir;
        SnapshotsPage page(context(), nullptr);
        QSignalSpy refreshed(&page, &SnapshotsPage::refreshed);
        page.show();
        page.setFolder(dir.path());
        QVERIFY(refreshed.wait(10000));
        while (refreshed.last().first().toInt() != 0)
            QVERIFY(refreshed.wait(10000));
        QVERIFY(!page.findChild<QTableView*>(QStringLiteral("snapshotTable"))->isVisible());
    }
};

QTEST_MAIN(TestSnapshotGui)
#include "tst_snapshotgui.moc"
