#include "core/Logging.h"
#include "core/Redactor.h"
#include "jobs/JobManager.h"
#include "log/LogFilterProxy.h"
#include "log/LogModel.h"
#include "restore/RestoreJournal.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <spdlog/spdlog.h>

using namespace aks;

class TestLogging : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    LogModel* m_model = nullptr;

private slots:
    void initTestCase() {
        m_model = new LogModel(this, 100);
        m_model->attachToLogBus();
        initLogging({m_dir.path(), false, false});
    }

    void fileAndPanelAreRedacted() {
        Redactor::registerSecret(QStringLiteral("Storage-Key-Value-1234567890"));
        spdlog::warn("using key Storage-Key-Value-1234567890 and sig=abcdef0123 for the download");
        spdlog::default_logger()->flush();
        QTRY_VERIFY(m_model->rowCount() > 0);
        const QString shown = m_model->record(m_model->rowCount() - 1).message;
        QVERIFY(!shown.contains(QStringLiteral("Storage-Key-Value")));
        QVERIFY(!shown.contains(QStringLiteral("abcdef0123")));
        QFile f(logFilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("using key"));
        QVERIFY(!content.contains("Storage-Key-Value"));
        QVERIFY(!content.contains("abcdef0123"));
    }

    // The app's own log lines go through tr(): with a translator that marks everything it
    // translates, the Log page shows the job's lines marked (no English left in Japanese).
    void ownLinesAreTranslated() {
        class MarkingTranslator : public QTranslator {
        public:
            QString translate(const char*, const char* source, const char*, int) const override {
                return QStringLiteral("[tr]") + QString::fromUtf8(source);
            }
        };
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        m_model->clear();
        {
            JobManager jobs;
            jobs.run<int>(
                QStringLiteral("demo job"), [](const JobContext&) -> Result<int> { return 1; }, this,
                [](const Result<int>&) {});
            QTRY_COMPARE(jobs.runningCount(), 0);
            QTRY_VERIFY(m_model->rowCount() >= 2); // "started" and "finished"
        }
        QCoreApplication::removeTranslator(&marking);
        for (int i = 0; i < m_model->rowCount(); ++i)
            QVERIFY2(m_model->record(i).message.startsWith(QLatin1String("[tr]")),
                     qPrintable(m_model->record(i).message));
        QCOMPARE(RestoreJournal::outcomeText(RestoreJournal::Outcome::Completed),
                 QStringLiteral("Completed"));
    }

    void modelCapsAndFilters() {
        QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model);
        m_model->clear();
        for (int i = 0; i < 150; ++i)
            m_model->append({QDateTime::currentDateTime(), i % 10 == 0 ? LogLevel::Error : LogLevel::Info,
                             QStringLiteral("aks"), QStringLiteral("message %1").arg(i)});
        QCOMPARE(m_model->rowCount(), 100);
        QCOMPARE(m_model->record(0).message, QStringLiteral("message 50"));
        proxy.setMinimumLevel(LogLevel::Error);
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setSearchText(QStringLiteral("message 14"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setMinimumLevel(LogLevel::Debug);
        QCOMPARE(proxy.rowCount(), 10); // 140..149
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
