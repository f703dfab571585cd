#include "MainWindow.h"
#include "TestEnv.h"
#include "common/DialogFacade.h"
#include "env/EnvironmentResolver.h"
#include "jobs/JobManager.h"
#include "jobs/ProcessRunner.h"
#include "log/LogModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace aks;

class TestMainWindow : public QObject {
    Q_OBJECT
    JobManager* m_jobs = nullptr;
    LogModel* m_log = nullptr;
    DialogFacade* m_dialogs = nullptr;
    MainWindow* m_window = nullptr;

private slots:
    void initTestCase() {
        m_jobs = new JobManager(this);
        m_log = new LogModel(this);
        m_dialogs = new DialogFacade(this);
        auto env = EnvironmentResolver::resolve({}, ToolSettings{});
        QVERIFY(env.ok());
        m_window = new MainWindow(AppContext{*env, m_jobs, m_log, m_dialogs});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanupTestCase() { delete m_window; }

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
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 2000);
        auto* view = m_window->findChild<QTableView*>(QStringLiteral("jobsView"));
        QTRY_COMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Failed"));
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
