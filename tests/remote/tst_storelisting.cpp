#include "store/StoreListingParser.h"

#include <QTest>
#include <QTimeZone>

using aks::StoreListingParser;

// The listing XML comes from a server: these cases are what a wrong or hostile one could send.
class TestStoreListing : public QObject {
    Q_OBJECT

private slots:
    void azurePageWithMarker() {
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<EnumerationResults ServiceEndpoint=\"http://127.0.0.1:10000/dev/\" ContainerName=\"velero\">\n"
            "  <Prefix>aks/backups/</Prefix>\n"
            "  <Blobs>\n"
            "    <Blob><Name>aks/backups/daily/velero-backup.json</Name>\n"
            "      <Properties><Last-Modified>Wed, 18 Nov 2026 02:00:04 GMT</Last-Modified>\n"
            "      <Content-Length>1234</Content-Length></Properties></Blob>\n"
            "    <Blob><Name>aks/backups/daily/daily.tar.gz</Name>\n"
            "      <Properties><Content-Length>99</Content-Length></Properties></Blob>\n"
            "  </Blobs>\n"
            "  <NextMarker>2!abc</NextMarker>\n"
            "</EnumerationResults>";
        auto page = StoreListingParser::parse(StoreListingParser::Dialect::AzureBlob, xml,
                                              QStringLiteral("aks/backups/"), QStringLiteral("aks"));
        if (!page.ok())
            QFAIL(qPrintable(page.error().message));
        QCOMPARE(page->objects.size(), 2);
        QCOMPARE(page->objects[0].key, QStringLiteral("backups/daily/velero-backup.json"));
        QCOMPARE(page->objects[0].size, 1234);
        QCOMPARE(page->objects[0].lastModified,
                 QDateTime(QDate(2026, 11, 18), QTime(2, 0, 4), QTimeZone::utc()));
        QCOMPARE(page->next, QStringLiteral("2!abc"));
    }

    void s3TokenOnlyCountsWhenTruncated() {
        const QByteArray xml = "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
                               "  <Name>velero</Name><IsTruncated>false</IsTruncated>\n"
                               "  <NextContinuationToken>ignored</NextContinuationToken>\n"
                               "  <Contents><Key>backups/a/velero-backup.json</Key><Size>7</Size>\n"
                               "    <LastModified>2026-11-18T02:00:04.000Z</LastModified></Contents>\n"
                               "</ListBucketResult>";
        auto page =
            StoreListingParser::parse(StoreListingParser::Dialect::S3, xml, QStringLiteral("backups/"), {});
        QVERIFY(page.ok());
        QCOMPARE(page->objects.size(), 1);
        QCOMPARE(page->objects[0].size, 7);
        QVERIFY(page->objects[0].lastModified.isValid());
        QVERIFY(page->next.isEmpty());
        const QByteArray more = QByteArray(xml).replace("false", "true");
        page =
            StoreListingParser::parse(StoreListingParser::Dialect::S3, more, QStringLiteral("backups/"), {});
        QVERIFY(page.ok());
        QCOMPARE(page->next, QStringLiteral("ignored"));
    }

    void objectsOutsideThePrefixAreDropped() {
        const QByteArray xml =
            "<ListBucketResult><IsTruncated>false</IsTruncated>\n"
            "  <Contents><Key>other/backups/x</Key><Size>1</Size></Contents>\n"
            "  <Contents><Key>aks/restores/r</Key><Size>1</Size></Contents>\n"
            "  <Contents><Key>aks/</Key><Size>0</Size></Contents>\n"
            "  <Contents><Key>aks/backups/b/velero-backup.json</Key><Size>1</Size></Contents>\n"
            "</ListBucketResult>";
        auto page = StoreListingParser::parse(StoreListingParser::Dialect::S3, xml,
                                              QStringLiteral("aks/backups/"), QStringLiteral("aks"));
        QVERIFY(page.ok());
        QCOMPARE(page->objects.size(), 1);
        QCOMPARE(page->objects[0].key, QStringLiteral("backups/b/velero-backup.json"));
    }

    void badSizesAndBadXmlAreErrors_data() {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("negative") << QByteArray(
            "<ListBucketResult><Contents><Key>a</Key><Size>-5</Size></Contents></ListBucketResult>");
        QTest::newRow("not a number") << QByteArray(
            "<ListBucketResult><Contents><Key>a</Key><Size>12kB</Size></Contents></ListBucketResult>");
        QTest::newRow("overflow") << QByteArray(
            "<ListBucketResult><Contents><Key>a</Key><Size>"
            "99999999999999999999999</Size></Contents></ListBucketResult>");
        QTest::newRow("cut") << QByteArray("<ListBucketResult><Contents><Key>a</Key>");
        QTest::newRow("html") << QByteArray("<html><body>Proxy login required</p></body></html>");
    }
    void badSizesAndBadXmlAreErrors() {
        QFETCH(QByteArray, xml);
        auto page = StoreListingParser::parse(StoreListingParser::Dialect::S3, xml, QString(), {});
        QVERIFY(!page.ok());
        QVERIFY(!page.error().message.isEmpty());
    }

    void entityExpansionIsBounded() {
        // "Billion laughs": Qt's reader refuses to expand entities past a limit.
        QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">";
        for (char c = 'b'; c <= 'j'; ++c) {
            const QByteArray ref = QByteArray("&") + char(c - 1) + ';';
            xml += QByteArray("<!ENTITY ") + c + " \"" + ref.repeated(10) + "\">";
        }
        xml += "]><ListBucketResult><Contents><Key>&j;</Key><Size>1</Size></Contents></ListBucketResult>";
        auto page = StoreListingParser::parse(StoreListingParser::Dialect::S3, xml, QString(), {});
        QVERIFY(!page.ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreListing)
#include "tst_storelisting.moc"
