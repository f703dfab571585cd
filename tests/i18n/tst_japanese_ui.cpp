#include "DemoWindow.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "UiFit.h"
#include "UiLanguage.h"
#include "common/DialogFacade.h"
#include "env/DemoEnvironment.h"
#include "env/EnvironmentResolver.h"
#include "jobs/JobManager.h"
#include "log/LogModel.h"
#include "restore/RestorePage.h"
#include "restore/RestoreWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace aks;

// The main pages and the restore wizard in Japanese, in the demo environment: every visible label,
// button and tab shows its Japanese text (a source string shown as is means a missing tr() or a
// wrong context) and none is cut off.
class TestJapaneseUi : public QObject {
    Q_OBJECT
    test::DemoWindow m_demo;
    JobManager* m_jobs = &m_demo.jobs;
    MainWindow* m_window = nullptr;
    QSet<QString> m_translatedSources; // English sources whose Japanese differs
    // Words of the English sources that no Japanese translation keeps (product names, cmdlets and
    // units stay in Latin script there, so they are left out): one of them on screen is English,
    // whether its string went through tr() or not, was rich text or had arguments.
    QSet<QString> m_englishWords;

    static QString plain(const QString& text) { return test::UiFit::plain(text); }

    void loadSources() {
        QFile ts(test::sourceDir() + QStringLiteral("/translations/aks-recovery_ja.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        QSet<QString> sourceWords, keptWords;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!translation.isEmpty() && translation != source && !source.contains(QLatin1Char('%')))
                    m_translatedSources.insert(source);
                for (const QString& w : words(source))
                    sourceWords.insert(w);
                for (const QString& w : words(translation))
                    keptWords.insert(w);
            }
        }
        QVERIFY(m_translatedSources.size() > 500);
        m_englishWords = sourceWords - keptWords;
        QVERIFY(m_englishWords.size() > 500);
    }

    // The stand-alone Latin words of a text, lower-cased: not parts of names, paths, hosts or
    // options ("shop-prod", "velero-backup.json", "--from-backup" give none).
    static QStringList words(const QString& text) {
        static const QRegularExpression word(
            QStringLiteral("(?<![A-Za-z0-9_/:@.\\-])[A-Za-z]{2,}(?![A-Za-z0-9_/:@\\-]|\\.[A-Za-z0-9])"));
        QStringList out;
        for (const auto& m : word.globalMatch(text))
            out << m.captured().toLower();
        return out;
    }

    static QString visibleText(const QString& text) {
        return plain(Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
    }

    void shot(QWidget* w, const QString& name) {
        const QString dir = qEnvironmentVariable("AKS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    // Every problem on the visible widgets under `root`, one line each.
    QStringList problems(QWidget* root) {
        QStringList out;
        auto english = [&](const QString& where, const QString& text) {
            QStringList found;
            for (const QString& w : words(visibleText(text)))
                if (m_englishWords.contains(w))
                    found << w;
            if (m_translatedSources.contains(text) || !found.isEmpty())
                out << QStringLiteral("%1 shows English \"%2\" (%3)")
                           .arg(where, text, found.join(QLatin1Char(' ')));
        };
        for (QLabel* l : root->findChildren<QLabel*>())
            if (l->isVisible() && !l->text().isEmpty())
                english(QStringLiteral("label"), l->text());
        for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
            if (b->isVisible() && !b->text().isEmpty())
                english(QStringLiteral("button"), b->text());
        for (QGroupBox* g : root->findChildren<QGroupBox*>())
            if (g->isVisible())
                english(QStringLiteral("group"), g->title());
        for (QTabBar* t : root->findChildren<QTabBar*>())
            if (t->isVisible())
                for (int i = 0; i < t->count(); ++i)
                    english(QStringLiteral("tab"), t->tabText(i));
        return out + test::UiFit::problems(root); // and nothing cut off
    }

private slots:
    void initTestCase() {
        QVERIFY(test::installJapanese(this));
        loadSources();

        qputenv("AKS_SIM_DELAY_MS", "20");
        QVERIFY(m_demo.open(true));
        m_window = m_demo.window.get();
    }

    void cleanupTestCase() { m_demo.close(); }

    void pages_data() { test::addPageRows(); }

    void pages() {
        QFETCH(int, page);
        QFETCH(QString, name);
        m_window->showPage(MainWindow::Page(page));
        // Let the page's first refresh land (the demo's simulators answer within a second).
        QTRY_COMPARE_WITH_TIMEOUT(m_jobs->runningCount(), 0, 30000);
        QTest::qWait(200);
        shot(m_window, QStringLiteral("ja-") + name);
        const QStringList found = problems(m_window);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void menusAreJapanese() {
        for (QAction* menu : m_window->menuBar()->actions()) {
            QVERIFY2(!m_translatedSources.contains(menu->text()), qPrintable(menu->text()));
            for (QAction* a : menu->menu() ? menu->menu()->actions() : QList<QAction*>{}) {
                QVERIFY2(a->text().isEmpty() || !m_translatedSources.contains(a->text()),
                         qPrintable(a->text()));
                for (const QString& w : words(plain(a->text())))
                    QVERIFY2(!m_englishWords.contains(w), qPrintable(a->text()));
            }
        }
    }

    void wizardScenarioPage() {
        m_window->showPage(MainWindow::Restore);
        auto* page = m_window->findChild<RestorePage*>(QStringLiteral("restorePage"));
        QVERIFY(page);
        auto* start = page->findChild<QPushButton*>(QStringLiteral("startRestoreWizard"));
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        RestoreWizard* w = page->wizard();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTest::qWait(200);
        shot(w, QStringLiteral("ja-wizard-scenario"));
        const QStringList found = problems(w);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        w->close();
    }
};

QTEST_MAIN(TestJapaneseUi)
#include "tst_japanese_ui.moc"
