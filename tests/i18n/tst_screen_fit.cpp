#include "DemoWindow.h"
#include "MainWindow.h"
#include "UiFit.h"
#include "UiLanguage.h"
#include "restore/RestorePage.h"
#include "restore/RestoreWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace aks;

// The main window and the restore wizard on a 1024x700 screen, in the language AKS_TEST_LANG
// names (the test runs once in English and once in Japanese, in the demo environment): the minimum
// window size fits that screen, and no page nor wizard page cuts off a label, button, tab, table
// cell or text field (a cut cell is allowed only in a last column, with its text in a tooltip).
class TestScreenFit : public QObject {
    Q_OBJECT
    static constexpr QSize kScreen{1024, 700};
    // What the wizard gets on that screen: its sizing rule leaves room for the title bar.
    static constexpr QSize kWizard{980, 652};

    test::DemoWindow m_demo;
    MainWindow* m_window = nullptr;
    QString m_lang;

    void shot(QWidget* w, const QString& name) {
        const QString dir = qEnvironmentVariable("AKS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(m_lang, name)));
    }

    void verifyFits(QWidget* w, const QString& name) {
        shot(w, name);
        const QStringList found = test::UiFit::problems(w);
        QVERIFY2(found.isEmpty(), qPrintable(name + QStringLiteral(":\n") + found.join(QLatin1Char('\n'))));
    }

    bool waitForComplete(RestoreWizard* w, int ms) {
        return QTest::qWaitFor([&] { return w->currentPage()->isComplete(); }, ms);
    }

private slots:
    void initTestCase() {
        m_lang = qEnvironmentVariable("AKS_TEST_LANG", QStringLiteral("en"));
        if (m_lang == QLatin1String("ja")) {
            QVERIFY(test::installJapanese(this));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        qputenv("AKS_SIM_DELAY_MS", "20");
        QVERIFY(m_demo.open(true, kScreen));
        m_window = m_demo.window.get();
    }

    void cleanupTestCase() { m_demo.close(); }

    void minimumSizeFitsTheScreen() {
        const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QString pages; // which page asks for how much, for the failure message
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            const QSize m = m_window->page(MainWindow::Page(p))->minimumSizeHint();
            pages += QStringLiteral(" page%1=%2x%3").arg(p).arg(m.width()).arg(m.height());
        }
        QVERIFY2(
            least.width() <= kScreen.width() && least.height() <= kScreen.height(),
            qPrintable(QStringLiteral("minimum %1x%2;%3").arg(least.width()).arg(least.height()).arg(pages)));
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            m_window->showPage(MainWindow::Page(p));
            QTest::qWait(50);
            QCOMPARE(m_window->size(), kScreen); // no page pushes the window past the screen
        }
    }

    void pages_data() { test::addPageRows(); }

    void pages() {
        QFETCH(int, page);
        QFETCH(QString, name);
        m_window->showPage(MainWindow::Page(page));
        // Let the page's first refresh land (the demo's simulators answer within a second).
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.jobs.runningCount(), 0, 30000);
        // Every row of the clusters tree shown: the network settings are its longest values.
        if (auto* tree =
                m_window->page(MainWindow::Page(page))->findChild<QTreeView*>(QStringLiteral("clustersTree")))
            tree->expandAll();
        QTest::qWait(200);
        verifyFits(m_window, name);
    }

    // The inspector with a backup open: its list, tabs and log.
    void inspectorWithABackup() {
        m_window->showPage(MainWindow::Backups);
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.jobs.runningCount(), 0, 30000);
        auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("historyBackupsTable"));
        QVERIFY(table && table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        emit table->activated(table->currentIndex());
        QCOMPARE(m_window->currentPage(), MainWindow::Inspector);
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.jobs.runningCount(), 0, 60000);
        QTest::qWait(200);
        verifyFits(m_window, QStringLiteral("inspector-backup"));
        auto* tabs =
            m_window->page(MainWindow::Inspector)->findChild<QTabWidget*>(QStringLiteral("backupTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(100);
            verifyFits(m_window, QStringLiteral("inspector-tab%1").arg(i));
        }
    }

    // Every page of the wizard, walked as a dry run to the report.
    void wizardPages() {
        m_window->showPage(MainWindow::Restore);
        auto* page = m_window->findChild<RestorePage*>(QStringLiteral("restorePage"));
        QVERIFY(page);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("startRestoreWizard")),
                          Qt::LeftButton);
        RestoreWizard* w = page->wizard();
        QVERIFY(w && QTest::qWaitForWindowExposed(w));
        const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
        QVERIFY2(least.width() <= kWizard.width() && least.height() <= kWizard.height(),
                 qPrintable(QStringLiteral("wizard minimum %1x%2").arg(least.width()).arg(least.height())));
        w->resize(kWizard);
        QTest::qWait(100);
        QCOMPARE(w->size(), kWizard);

        verifyFits(w, QStringLiteral("wizard-1-scenario"));
        w->findChild<QCheckBox*>(QStringLiteral("dryRun"))->setChecked(true);
        w->next();
        QCOMPARE(w->currentId(), int(RestoreWizard::PrerequisitesPageId));
        QVERIFY(waitForComplete(w, 120000));
        QTest::qWait(100);
        verifyFits(w, QStringLiteral("wizard-2-prerequisites"));
        w->next();
        QCOMPARE(w->currentId(), int(RestoreWizard::PlanPageId));
        QTest::qWait(100);
        verifyFits(w, QStringLiteral("wizard-3-plan"));
        w->next();
        QCOMPARE(w->currentId(), int(RestoreWizard::RunPageId));
        QTest::mouseClick(w->currentPage()->findChild<QPushButton*>(QStringLiteral("startRun")),
                          Qt::LeftButton);
        QVERIFY(waitForComplete(w, 120000));
        QTest::qWait(100);
        verifyFits(w, QStringLiteral("wizard-4-run"));
        w->next();
        QCOMPARE(w->currentId(), int(RestoreWizard::ReportPageId));
        QTest::qWait(100);
        verifyFits(w, QStringLiteral("wizard-5-report"));
        w->close();
    }
};

QTEST_MAIN(TestScreenFit)
#include "tst_screen_fit.moc"
