// The inspector page as an admin uses it: open a store, pick a backup, open an object's JSON,
// filter the log, compare two backups; and a large backup streams without freezing the window.
#include "StoreWriter.h"
#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "inspector/InspectorPage.h"
#include "inspector/LogEntry.h"
#include "inspector/ResourceTreeModel.h"
#include "inspector/SecretValues.h"
#include "jobs/JobManager.h"
#include "log/LogModel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace aks;
using namespace aks::storegen;

class TestInspectorGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_store;
    JobManager* m_jobs = nullptr;
    LogModel* m_log = nullptr;
    DialogFacade* m_dialogs = nullptr;
    InspectorPage* m_page = nullptr;

    template <typename T> T* child(const char* name) {
        return m_page->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_store = m_tmp.filePath(QStringLiteral("store"));
        ObjectFactory factory(21, QStringLiteral("shop-prod"));
        BackupSpec older;
        older.name = QStringLiteral("daily-20261117020000");
        older.start = QDateTime(QDate(2026, 11, 17), QTime(2, 0), Qt::UTC);
        older.objects = factory.makeNamespace(QStringLiteral("shop"), 3);
        QVERIFY(writeBackup(m_store, older).ok());
        BackupSpec newer;
        newer.name = QStringLiteral("daily-20261118020000");
        newer.objects = older.objects;
        auto more = factory.makeNamespace(QStringLiteral("payments"), 1);
        std::move(more.begin(), more.end(), std::back_inserter(newer.objects));
        newer.warnings = 2;
        newer.errors = 1;
        newer.phase = QStringLiteral("PartiallyFailed");
        QVERIFY(writeBackup(m_store, newer).ok());

        m_jobs = new JobManager(this);
        m_log = new LogModel(this);
        m_dialogs = new DialogFacade(this);
        m_page = new InspectorPage(AppContext{{}, m_jobs, m_log, m_dialogs});
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }

    void cleanupTestCase() {
        delete m_page;
        m_jobs->waitForAll(10000);
    }

    void openStoreWithFolderButton() {
        QSignalSpy loaded(m_page, &InspectorPage::storeLoaded);
        m_dialogs->setNextFileName(m_store);
        QTest::mouseClick(child<QPushButton>("openFolderButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toInt(), 2);
        auto* view = child<QTableView>("backupsView");
        QCOMPARE(view->model()->rowCount(), 2);
        // Newest first.
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("daily-20261118020000"));
        QCOMPARE(child<QLineEdit>("storeEdit")->text(), m_store);
    }

    void pickBackupAndOpenObjectJson() {
        QSignalSpy loaded(m_page, &InspectorPage::backupLoaded);
        auto* view = child<QTableView>("backupsView");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(0, 0)).center());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_page->currentBackup(), QStringLiteral("daily-20261118020000"));
        // Names from the bucket are plain text in every label that shows them.
        for (const char* name : {"backupTitle", "compareSummary", "resourceStatus"}) {
            auto* label = child<QLabel>(name);
            QVERIFY2(label->textFormat() == Qt::PlainText, name);
        }
        QCOMPARE(child<QLabel>("backupTitle")->text(), QStringLiteral("daily-20261118020000"));
        auto* tree = child<QTreeView>("resourceTree");
        QVERIFY(tree->model()->rowCount() >= 2);

        auto* proxy = qobject_cast<QAbstractProxyModel*>(tree->model());
        const QModelIndex source = m_page->resourceModel()->indexOfObject(
            QStringLiteral("apps/v1/Deployment"), QStringLiteral("shop/api"));
        QVERIFY(source.isValid());
        const QModelIndex index = proxy->mapFromSource(source);
        tree->expand(index.parent().parent());
        tree->expand(index.parent());
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        auto* json = child<QWidget>("objectJson")->findChild<QPlainTextEdit*>(QStringLiteral("jsonText"));
        QTRY_VERIFY_WITH_TIMEOUT(json->toPlainText().contains(QStringLiteral("\"name\": \"api\"")), 30000);
        QVERIFY(json->toPlainText().contains(QStringLiteral("\"kind\": \"Deployment\"")));

        // Searching by label narrows the tree to the matching objects.
        auto* search = child<QLineEdit>("resourceSearch");
        child<QComboBox>("resourceSearchMode")->setCurrentIndex(1);
        search->setText(QStringLiteral("app.kubernetes.io/name=cache"));
        QTRY_VERIFY_WITH_TIMEOUT(!proxy->mapFromSource(source).isValid(), 30000);
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(proxy->mapFromSource(source).isValid(), 30000);

        QWidget* shot = m_page;
        shot->grab().save(QStringLiteral("/tmp/inspector-resources.png"));
    }

    // A Secret's values show masked, Copy copies them masked, and only the explicit reveal shows them.
    void secretValuesMaskedUntilRevealed() {
        auto* tree = child<QTreeView>("resourceTree");
        auto* proxy = qobject_cast<QAbstractProxyModel*>(tree->model());
        const QModelIndex source = m_page->resourceModel()->indexOfObject(
            QStringLiteral("v1/Secret"), QStringLiteral("shop/api-credentials"));
        QVERIFY(source.isValid());
        const QByteArray raw = m_page->resourceModel()->objectAt(source)->json;
        const auto object = nlohmann::json::parse(raw.toStdString());
        const QString password = QString::fromStdString(object["data"]["password"].get<std::string>());
        QVERIFY(password.size() >= 16);
        const QModelIndex index = proxy->mapFromSource(source);
        tree->expand(index.parent().parent());
        tree->expand(index.parent());
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());

        auto* viewer = child<QWidget>("objectJson");
        auto* json = viewer->findChild<QPlainTextEdit*>(QStringLiteral("jsonText"));
        auto* reveal = viewer->findChild<QCheckBox*>(QStringLiteral("jsonReveal"));
        QTRY_VERIFY_WITH_TIMEOUT(json->toPlainText().contains(QStringLiteral("api-credentials")), 30000);
        QVERIFY(!json->toPlainText().contains(password));
        QVERIFY(json->toPlainText().contains(QString::fromUtf8(SecretValues::kMask)));
        QVERIFY(reveal->isVisible());
        QVERIFY(!reveal->isChecked());
        QTest::mouseClick(viewer->findChild<QPushButton*>(QStringLiteral("jsonCopy")), Qt::LeftButton);
        QVERIFY(!QApplication::clipboard()->text().contains(password));
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("\"kind\": \"Secret\"")));

        reveal->click();
        QVERIFY(json->toPlainText().contains(password));
        QTest::mouseClick(viewer->findChild<QPushButton*>(QStringLiteral("jsonCopy")), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(password));

        // Another object starts masked again; one without secrets has no reveal at all.
        const QModelIndex deployment = proxy->mapFromSource(m_page->resourceModel()->indexOfObject(
            QStringLiteral("apps/v1/Deployment"), QStringLiteral("shop/api")));
        tree->scrollTo(deployment);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(deployment).center());
        QTRY_VERIFY_WITH_TIMEOUT(json->toPlainText().contains(QStringLiteral("\"kind\": \"Deployment\"")),
                                 30000);
        QVERIFY(!reveal->isVisible());
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        QTRY_VERIFY_WITH_TIMEOUT(json->toPlainText().contains(QStringLiteral("api-credentials")), 30000);
        QVERIFY(!reveal->isChecked());
        QVERIFY(!json->toPlainText().contains(password));
    }

    void filterTheLog() {
        auto* tabs = child<QTabWidget>("backupTabs");
        auto* logView = child<QTableView>("logView");
        tabs->setCurrentWidget(logView->parentWidget());
        QTRY_VERIFY_WITH_TIMEOUT(logView->model()->rowCount() > 30, 30000);
        auto* level = child<QComboBox>("logLevel");
        level->setCurrentIndex(level->findData(int(LogEntry::Level::Warning)));
        QCOMPARE(logView->model()->rowCount(), 3); // 2 warnings and 1 error
        level->setCurrentIndex(level->findData(int(LogEntry::Level::Error)));
        QCOMPARE(logView->model()->rowCount(), 1);
        QVERIFY(logView->model()->index(0, 2).data().toString().contains(QStringLiteral("kopia")));
        level->setCurrentIndex(0);
        child<QLineEdit>("logSearch")->setText(QStringLiteral("hostPath"));
        QCOMPARE(logView->model()->rowCount(), 2);
        m_page->grab().save(QStringLiteral("/tmp/inspector-log.png"));
        child<QLineEdit>("logSearch")->clear();
    }

    void resultsAndResourceList() {
        auto* results = child<QTableView>("resultsView");
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 3, 30000);
    }

    void compareTwoBackups() {
        QSignalSpy ready(m_page, &InspectorPage::comparisonReady);
        auto* with = child<QComboBox>("compareWith");
        QCOMPARE(with->count(), 1);
        QTest::mouseClick(child<QPushButton>("compareButton"), Qt::LeftButton);
        QVERIFY(ready.wait(20000));
        // The payments namespace: Namespace, ServiceAccount, root CA, one app of 7 objects + PVC + PV.
        QCOMPARE(ready.first().first().toInt(), ObjectFactory::objectsPerNamespace(1));
        QVERIFY(child<QLabel>("compareSummary")->text().contains(QStringLiteral("removed")));
    }

    void badStoreShowsBanner() {
        child<QLineEdit>("storeEdit")->setText(m_tmp.filePath(QStringLiteral("missing")));
        QTest::mouseClick(child<QPushButton>("openStoreButton"), Qt::LeftButton);
        auto* banner = m_page->findChild<MessageBanner*>();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("does not exist")), 10000);
    }

    void largeBackupStreamsWithoutBlocking() {
        const QString big = m_tmp.filePath(QStringLiteral("big"));
        BackupSpec b;
        b.name = QStringLiteral("big");
        b.objects =
            ObjectFactory(5).makeObjects(qEnvironmentVariableIntValue("AKS_INSPECTOR_GUI_OBJECTS") > 0
                                             ? qEnvironmentVariableIntValue("AKS_INSPECTOR_GUI_OBJECTS")
                                             : 10000);
        QVERIFY(writeBackup(big, b).ok());

        QSignalSpy storeLoaded(m_page, &InspectorPage::storeLoaded);
        QSignalSpy loaded(m_page, &InspectorPage::backupLoaded);
        QElapsedTimer clock;
        // A zero timer fires on every turn of the UI thread's event loop. Rows inserted after such a
        // turn that followed earlier rows show the backup streamed in batches while the UI stayed
        // free, whatever the clock says. The longest gap between turns is only reported (and
        // bounded against a hang).
        qint64 firstRows = -1;
        bool turnedSinceRows = false;
        int batchesAfterATurn = 0;
        connect(m_page->resourceModel(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (!clock.isValid() || !loaded.isEmpty())
                return;
            if (firstRows < 0)
                firstRows = clock.elapsed();
            else if (turnedSinceRows)
                ++batchesAfterATurn;
            turnedSinceRows = false;
        });
        qint64 longestStall = 0;
        QElapsedTimer tick;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] {
            turnedSinceRows = firstRows >= 0;
            if (tick.isValid())
                longestStall = std::max(longestStall, tick.restart());
            else
                tick.start();
        });
        m_page->openStore(*StoreSpec::parse(big));
        QVERIFY(storeLoaded.wait(20000));
        ticker.start();
        clock.start();
        m_page->selectBackup(QStringLiteral("big"));
        QVERIFY(loaded.wait(120000));
        const qint64 total = clock.elapsed();
        ticker.stop();
        QCOMPARE(loaded.first().at(1).toInt(), int(b.objects.size()));
        qInfo("large backup: %d objects, first rows after %lld ms, all after %lld ms, longest UI stall %lld "
              "ms, "
              "%d batches of rows after a turn of the event loop",
              int(b.objects.size()), firstRows, total, longestStall, batchesAfterATurn);
        QVERIFY2(firstRows >= 0, "no rows arrived before the backup was loaded");
        QVERIFY(batchesAfterATurn > 0);
        // Only a hang fails here; the benchmark (bench/inspector) keeps the real figures.
        QVERIFY2(longestStall < 10000, qPrintable(QString::number(longestStall)));
    }
};

QTEST_MAIN(TestInspectorGui)
#include "tst_inspector_gui.moc"
