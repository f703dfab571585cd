#include "DemoWindow.h"
#include "MainWindow.h"
#include "help/UserGuideWindow.h"
#include "inspector/InspectorPage.h"
#include "restore/RestorePage.h"
#include "restore/RestoreWizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>
#include <QWindow>

using namespace aks;

// What a new admin finds without being told, in the demo: context menus on the tables (open,
// copy) and a hint for double-click, Tab that leaves tables, F5 and Ctrl+F on the list pages,
// Help > User guide, "Look inside" in front of the wizard, and a running wizard that asks
// before it closes.
class TestDiscoverability : public QObject {
    Q_OBJECT
    test::DemoWindow m_demo;
    MainWindow* m_window = nullptr;

    template <typename T> T* find(const char* name) {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }

    static QAction* action(QWidget* w, const char* name) {
        for (QAction* a : w->actions())
            if (a->objectName() == QLatin1String(name))
                return a;
        return nullptr;
    }

    void loadBackups() {
        m_window->showPage(MainWindow::Backups);
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.jobs.runningCount(), 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(find<QTableView>("historyBackupsTable")->model()->rowCount() > 0, 30000);
    }

private slots:
    void initTestCase() {
        qputenv("AKS_SIM_DELAY_MS", "20");
        qputenv("AKS_SIM_RESTORE_MS", "3000"); // a run long enough to press Escape during it
        QVERIFY(m_demo.open(true, {1024, 700}));
        m_window = m_demo.window.get();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanupTestCase() { m_demo.close(); }

    // Every table and tree: Tab leaves it, and its context menu has Copy.
    void everyTableHasCopyAndLetsTabOut() {
        for (QAbstractItemView* v : m_window->findChildren<QAbstractItemView*>()) {
            if (v->parentWidget()->inherits("QComboBoxPrivateContainer"))
                continue;
            QVERIFY2(!v->tabKeyNavigation(), qPrintable(v->objectName()));
            QCOMPARE(v->contextMenuPolicy(), Qt::ActionsContextMenu);
            QVERIFY2(action(v, "copyCells"), qPrintable(v->objectName()));
        }
        loadBackups();
        auto* table = find<QTableView>("historyBackupsTable");
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        QCOMPARE(table->currentIndex().column(), 0); // Tab did not move to the next cell

        table->selectRow(0);
        action(table, "copyCells")->trigger();
        QStringList cells;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            cells << table->model()->index(0, c).data().toString();
        QCOMPARE(QApplication::clipboard()->text(), cells.join(QLatin1Char('\t')));
    }

    // A backup opens from its context menu, which the hint under the table mentions.
    void backupOpensFromTheContextMenu() {
        loadBackups();
        auto* table = find<QTableView>("historyBackupsTable");
        QVERIFY(find<QLabel>("historyOpenHint")->isVisible());
        QAction* open = table->actions().value(0);
        QVERIFY(open);
        QCOMPARE(open->objectName(), QStringLiteral("openRow"));
        QVERIFY(open->font().bold());
        QVERIFY(!table->statusTip().isEmpty());
        table->selectRow(0);
        const QString backup = table->model()->index(0, 1).data().toString();
        open->trigger();
        QCOMPARE(m_window->currentPage(), MainWindow::Inspector);
        auto* inspector = qobject_cast<InspectorPage*>(m_window->page(MainWindow::Inspector));
        QTRY_COMPARE_WITH_TIMEOUT(inspector->currentBackup(), backup, 60000);
    }

    void f5RefreshesAndCtrlFFinds() {
        loadBackups();
        QSignalSpy refreshed(find<QPushButton>("historyRefresh"), &QPushButton::clicked);
        QTest::keyClick(m_window, Qt::Key_F5);
        QCOMPARE(refreshed.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.jobs.runningCount(), 0, 30000);
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("historySearch"));

        m_window->showPage(MainWindow::Log);
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(),
                 m_window->page(MainWindow::Log)->findChild<QLineEdit*>(QStringLiteral("logSearch")));

        m_window->showPage(MainWindow::Clusters);
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("clustersFilter"));
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.jobs.runningCount(), 0, 30000);
    }

    void helpOpensTheUserGuide() {
        QAction* guide = nullptr;
        for (QAction* menu : m_window->menuBar()->actions())
            for (QAction* a : menu->menu() ? menu->menu()->actions() : QList<QAction*>{})
                if (a->objectName() == QLatin1String("userGuideAction"))
                    guide = a;
        QVERIFY(guide);
        guide->trigger();
        auto* window = m_window->findChild<UserGuideWindow*>();
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        const QString text = window->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Restore")) && text.size() > 2000, qPrintable(text.left(200)));
        // The screenshots come with it.
        QVERIFY(
            !window->browser()
                 ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/en/clusters.png")))
                 .isNull());
        window->close();
    }

    // "Look inside" from the wizard's plan opens an inspector the wizard owns, so it is in front.
    // A wizard whose run is going asks before Escape closes it.
    void wizardLookInsideAndConfirmedClose() {
        m_window->showPage(MainWindow::Restore);
        auto* page = m_window->findChild<RestorePage*>(QStringLiteral("restorePage"));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("startRestoreWizard")),
                          Qt::LeftButton);
        RestoreWizard* w = page->wizard();
        QVERIFY(w && QTest::qWaitForWindowExposed(w));
        w->next();
        QVERIFY(QTest::qWaitFor([&] { return w->currentPage()->isComplete(); }, 120000));
        w->next();
        QCOMPARE(w->currentId(), int(RestoreWizard::PlanPageId));

        QTest::mouseClick(w->currentPage()->findChild<QPushButton*>(QStringLiteral("lookInside")),
                          Qt::LeftButton);
        auto* inspector = w->findChild<InspectorPage*>(QStringLiteral("wizardInspector"));
        QVERIFY(inspector && inspector->isWindow());
        QVERIFY(QTest::qWaitForWindowExposed(inspector));
        QCOMPARE(inspector->windowHandle()->transientParent(), w->windowHandle());
        QTRY_COMPARE_WITH_TIMEOUT(inspector->currentBackup(), w->plan().clusters.first().backup, 60000);
        inspector->close();

        // Nothing running yet: Escape closes at once (checked last); now a run that is going.
        w->next();
        QCOMPARE(w->currentId(), int(RestoreWizard::RunPageId));
        for (const ClusterRestorePlan& c : w->plan().clusters)
            m_demo.dialogs.setNextTypedText(c.cluster);
        auto* start = w->currentPage()->findChild<QPushButton*>(QStringLiteral("startRun"));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(w->closeNeedsConfirmation());
        m_demo.dialogs.setNextAnswer(QMessageBox::No);
        QTest::keyClick(w, Qt::Key_Escape);
        QVERIFY(w->isVisible());
        m_demo.dialogs.setNextAnswer(QMessageBox::No);
        w->close();
        QVERIFY(w->isVisible());
        m_demo.dialogs.setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(w, Qt::Key_Escape);
        QTRY_VERIFY(!page->wizard() || !page->wizard()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.jobs.runningCount(), 0, 60000);
    }
};

QTEST_MAIN(TestDiscoverability)
#include "tst_discoverability.moc"
