#include "DemoWindow.h"
#include "MainWindow.h"
#include "StoreWriter.h"
#include "TestEnv.h"
#include "common/DialogFacade.h"
#include "env/EnvironmentResolver.h"
#include "inspector/InspectorPage.h"
#include "jobs/JobManager.h"
#include "jobs/ProcessRunner.h"
#include "log/LogModel.h"
#include "snapshot/SnapshotsPage.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace aks;

class TestMainWindow : public QObject {
    Q_OBJECT
    test::DemoWindow m_fixture;
    JobManager* m_jobs = &m_fixture.jobs;
    LogModel* m_log = &m_fixture.log;
    MainWindow* m_window = nullptr;

private slots:
    void initTestCase() {
        QVERIFY(m_fixture.open(false));
        m_window = m_fixture.window.get();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanupTestCase() { m_fixture.close(); }

    void clickThroughNavigation() {
        auto* nav = m_window->findChild<QListView*>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->model()->rowCount(), int(MainWindow::PageCount));
        for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
            const QRect rect = nav->visualRect(nav->model()->index(i, 0));
            QVERIFY(!rect.isEmpty());
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(int(m_window->currentPage()), i);
            QVERIFY(m_window->page(MainWindow::Page(i))->isVisible());
        }
    }

    void keyboardShortcutsSwitchPages() {
        QTest::keyClick(m_window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Log);
        QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Clusters);
    }

    void statusBarNamesTheEnvironment() {
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("environmentLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("This machine")));
    }

    void cancelButtonStopsARunningJob() {
        bool cancelled = false;
        m_jobs->run<ProcessResult>(
            QStringLiteral("hanging child"),
            [](const JobContext& ctx) {
                ProcessSpec s;
                s.program = test::binary(QStringLiteral("aks-test-child"));
                s.arguments = {QStringLiteral("hang")};
                return ProcessRunner::run(s, ctx.cancelToken());
            },
            this,
            [&](const Result<ProcessResult>& r) {
                cancelled = !r.ok() && r.error().kind == Error::Kind::Cancelled;
            });
        auto* cancel = m_window->findChild<QPushButton*>(QStringLiteral("cancelJob"));
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 30000);
        auto* view = m_window->findChild<QTableView*>(QStringLiteral("jobsView"));
        QTRY_COMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Cancelled"));
        QVERIFY(!cancel->isEnabled());
    }

    void logPageShowsRecords() {
        m_log->append({QDateTime::currentDateTime(), LogLevel::Warning, QStringLiteral("aks"),
                       QStringLiteral("BSL default is Unavailable")});
        m_window->showPage(MainWindow::Log);
        // Other pages have log views of their own (the inspector shows a backup's log).
        QWidget* logPage = m_window->page(MainWindow::Log);
        auto* view = logPage->findChild<QTableView*>(QStringLiteral("logView"));
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() >= 1);
        auto* search = logPage->findChild<QLineEdit*>(QStringLiteral("logSearch"));
        QTest::keyClicks(search, QStringLiteral("Unavailable"));
        QCOMPARE(view->model()->rowCount(), 1);
    }

    // Keyboard and screen reader: on every page, Tab reaches every enabled control, and every input
    // or list has a name a screen reader can say (its own, or the label it is the buddy of).
    void everyPageWorksByKeyboardAndHasAccessibleNames() {
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            m_window->showPage(MainWindow::Page(i));
            QWidget* page = m_window->page(MainWindow::Page(i));
            QTest::qWait(50);
            QSet<QWidget*> buddies;
            for (QLabel* l : page->findChildren<QLabel*>())
                if (l->buddy())
                    buddies.insert(l->buddy());
            QSet<QWidget*> expected;
            QStringList unnamed;
            for (QWidget* w : page->findChildren<QWidget*>()) {
                if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
                    w->focusProxy())
                    continue;
                expected.insert(w);
                const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                                   qobject_cast<QAbstractItemView*>(w) || qobject_cast<QAbstractSpinBox*>(w);
                if (input && w->accessibleName().isEmpty() && !buddies.contains(w) &&
                    !(qobject_cast<QComboBox*>(w) && qobject_cast<QComboBox*>(w)->isEditable()))
                    unnamed << QStringLiteral("%1 (%2)").arg(
                        w->objectName(), QString::fromLatin1(w->metaObject()->className()));
            }
            QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("page %1: no accessible name: %2")
                                                       .arg(i)
                                                       .arg(unnamed.join(QStringLiteral(", ")))));
            auto* nav = m_window->findChild<QListView*>(QStringLiteral("navigation"));
            nav->setFocus();
            QSet<QWidget*> reached;
            for (int n = 0; n < 300 && reached.size() < expected.size(); ++n) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                if (QWidget* f = QApplication::focusWidget(); f && expected.contains(f))
                    reached.insert(f);
            }
            QStringList missed;
            for (QWidget* w : expected)
                if (!reached.contains(w))
                    missed << QStringLiteral("%1 (%2)").arg(
                        w->objectName(), QString::fromLatin1(w->metaObject()->className()));
            QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("page %1: Tab never reaches %2")
                                                      .arg(i)
                                                      .arg(missed.join(QStringLiteral(", ")))));
        }
    }

    void droppingABackupStoreOpensItInTheInspector() {
        QTemporaryDir dir;
        storegen::BackupSpec spec;
        spec.name = QStringLiteral("dropped-backup");
        QVERIFY(storegen::writeBackup(dir.path(), spec).ok());
        auto* inspector = qobject_cast<InspectorPage*>(m_window->page(MainWindow::Inspector));
        QSignalSpy loaded(inspector, &InspectorPage::storeLoaded);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir.path())});
        const QPoint where = m_window->rect().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &drop);
        QCOMPARE(m_window->currentPage(), MainWindow::Inspector);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toInt(), 1);

        // The store is now first in File > Open recent.
        auto* recent = m_window->findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        bool listed = false;
        for (QAction* a : recent->actions())
            listed = listed || a->text() == dir.path();
        QVERIFY2(listed, "the dropped store is not in the recent menu");
    }

    void droppingSomethingElseSaysWhyInTheStatusBar() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        m_window->showPage(MainWindow::Clusters);
        QVERIFY(!m_window->openPath(f.fileName()));
        QCOMPARE(m_window->currentPage(), MainWindow::Clusters);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("notes.txt")));
        QVERIFY(!m_window->openPath(dir.filePath(QStringLiteral("missing.tar.gz"))));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("does not exist")));
    }

    void openingASnapshotSelectsItOnTheSnapshotsPage() {
        QTemporaryDir dir;
        const QString snap = dir.filePath(QStringLiteral("aks-demo-20261128T100000Z"));
        QVERIFY(QDir().mkpath(snap));
        for (const char* name : {"manifest.json", "akshci-config.json"}) {
            QFile f(QDir(snap).filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }
        QVERIFY(m_window->openPath(snap));
        QCOMPARE(m_window->currentPage(), MainWindow::Snapshots);
        auto* page = qobject_cast<SnapshotsPage*>(m_window->page(MainWindow::Snapshots));
        QCOMPARE(QDir(page->folder()).canonicalPath(), QDir(dir.path()).canonicalPath());
    }

    void fileMenuOpensTheCloudStoreDialog() {
        QAction* open = nullptr;
        for (QAction* menu : m_window->menuBar()->actions())
            for (QAction* a : menu->menu() ? menu->menu()->actions() : QList<QAction*>{})
                if (a->shortcut() == QKeySequence(QKeySequence::Open))
                    open = a;
        QVERIFY(open);
        open->trigger();
        QCOMPARE(m_window->currentPage(), MainWindow::Inspector);
        auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("openStoreDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<QDialog*>(QStringLiteral("openStoreDialog")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
