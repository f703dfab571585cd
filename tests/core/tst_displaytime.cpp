#include "clusters/ClusterDetailsModel.h"
#include "core/DisplayTime.h"

#include <QTest>
#include <QTimeZone>

using namespace aks;

// One date format on every page: the user's locale, local time (TZ is Asia/Tokyo for this test),
// PowerShell's "/Date(ms)/" and Velero's ISO 8601 converted, anything else left as it is.
class TestDisplayTime : public QObject {
    Q_OBJECT
    static QDateTime oct18() { return QDateTime::fromMSecsSinceEpoch(1792321301498, QTimeZone::utc()); }

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void parsesWhatToolsWrite_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs");
        QTest::newRow("PowerShell 5.1") << QStringLiteral("/Date(1792321301498)/") << qint64(1792321301498);
        QTest::newRow("JSON escaped") << QStringLiteral("\\/Date(1792321301498)\\/") << qint64(1792321301498);
        QTest::newRow("with offset") << QStringLiteral("/Date(1792321301498+0900)/") << qint64(1792321301498);
        QTest::newRow("Velero ISO Z") << QStringLiteral("2026-10-18T11:01:41Z") << qint64(1792321301000);
        QTest::newRow("ISO with ms") << QStringLiteral("2026-10-18T11:01:41.498Z") << qint64(1792321301498);
        QTest::newRow("ISO offset") << QStringLiteral("2026-10-18T20:01:41+09:00") << qint64(1792321301000);
        QTest::newRow("space separated") << QStringLiteral("2026-10-18 11:01:41Z") << qint64(1792321301000);
    }

    void parsesWhatToolsWrite() {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const QDateTime t = DisplayTime::parse(text);
        QVERIFY(t.isValid());
        QCOMPARE(t.toMSecsSinceEpoch(), msecs);
    }

    void leavesOtherTextAlone_data() {
        QTest::addColumn<QString>("text");
        for (const char* s : {"1.0.16.10113", "v1.24.11", "2024", "9", "shop-prod", "2026-10-18", "Date", ""})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void leavesOtherTextAlone() {
        QFETCH(QString, text);
        QVERIFY(!DisplayTime::parse(text).isValid());
        QCOMPARE(DisplayTime::fromText(text), text);
    }

    void localeAndLocalTime() {
        QCOMPARE(DisplayTime::dateTime(oct18()), QStringLiteral("10/18/26 8:01 PM"));
        QCOMPARE(DisplayTime::dateTimeSeconds(oct18()), QStringLiteral("10/18/26 8:01:41 PM"));
        QCOMPARE(DisplayTime::timeSeconds(oct18()), QStringLiteral("8:01:41 PM"));
        QCOMPARE(DisplayTime::withUtc(oct18()), QStringLiteral("10/18/26 8:01 PM (UTC 2026-10-18 11:01)"));
        QCOMPARE(DisplayTime::fromText(QStringLiteral("/Date(1792321301498)/")),
                 QStringLiteral("10/18/26 8:01:41 PM"));
        QCOMPARE(DisplayTime::dayMonth(QDate(2026, 12, 2)), QStringLiteral("12/2"));

        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(DisplayTime::dateTimeSeconds(oct18()), QStringLiteral("2026/10/18 20:01:41"));
        QCOMPARE(DisplayTime::dayMonth(QDate(2026, 12, 2)), QStringLiteral("12/02"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(DisplayTime::dateTimeSeconds(oct18()), QStringLiteral("18.10.26 20:01:41"));
        QCOMPARE(DisplayTime::dayMonth(QDate(2026, 12, 2)), QStringLiteral("02.12"));
        QVERIFY(DisplayTime::dateTime(QDateTime()).isEmpty());
    }

    // The pages' models go through the helper: the cluster details convert CreationTime, the
    // application log writes its times in the locale.
    void modelsUseIt() {
        ClusterDetailsModel details;
        details.setJson(nlohmann::json{{"Name", "shop-prod"}, {"CreationTime", "/Date(1792321301498)/"}});
        bool seen = false;
        for (int r = 0; r < details.rowCount(); ++r) {
            if (details.index(r, ClusterDetailsModel::Field).data().toString() !=
                QLatin1String("CreationTime"))
                continue;
            QCOMPARE(details.index(r, ClusterDetailsModel::Value).data().toString(),
                     QStringLiteral("10/18/26 8:01:41 PM"));
            seen = true;
        }
        QVERIFY(seen);
        QCOMPARE(details.valueOf(QStringLiteral("Name")), QStringLiteral("shop-prod"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayTime)
#include "tst_displaytime.moc"
