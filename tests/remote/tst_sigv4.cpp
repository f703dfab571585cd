#include "TestEnv.h"
#include "store/AzureBlobStore.h"
#include "store/AzureSharedKeySigner.h"
#include "store/S3Store.h"
#include "store/SigV4Signer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace aks;

class TestSigV4 : public QObject {
    Q_OBJECT

private slots:
    void awsVectors_data() {
        QTest::addColumn<QJsonObject>("v");
        QFile f(QDir(test::sourceDir()).filePath(QStringLiteral("tests/remote/sigv4-vectors.json")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonArray vectors =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("vectors")).toArray();
        QCOMPARE(vectors.size(), 5);
        for (const QJsonValue& v : vectors)
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("name")).toString())) << v.toObject();
    }

    void awsVectors() {
        QFETCH(QJsonObject, v);
        auto s = [&](const char* k) { return v.value(QString::fromLatin1(k)).toString(); };
        SigV4Signer signer(s("accessKeyId"), s("secret"), s("region"), s("service"));
        SigV4Signer::Request r;
        r.method = s("method").toUtf8();
        r.path = s("path").toUtf8();
        r.query = s("query").toUtf8();
        r.payloadHash = s("payloadHash").toUtf8();
        for (const QJsonValue& h : v.value(QStringLiteral("headers")).toArray())
            r.headers.append({h[0].toString().toUtf8(), h[1].toString().toUtf8()});
        const QDateTime when = QDateTime::fromString(s("date"), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QDateTime utc = when;
        utc.setTimeZone(QTimeZone::utc());
        QCOMPARE(SigV4Signer::amzDate(utc), s("date").toUtf8());
        if (v.contains(QStringLiteral("canonicalRequest")))
            QCOMPARE(signer.canonicalRequest(r), s("canonicalRequest").toUtf8());
        if (v.contains(QStringLiteral("stringToSign")))
            QCOMPARE(signer.stringToSign(r, utc), s("stringToSign").toUtf8());
        QCOMPARE(signer.authorization(r, utc), s("authorization").toUtf8());
    }

    void wrongSecretChangesSignature() {
        SigV4Signer good(QStringLiteral("AKIDEXAMPLE"),
                         QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                         QStringLiteral("us-east-1"), QStringLiteral("service"));
        SigV4Signer bad(QStringLiteral("AKIDEXAMPLE"),
                        QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEZ"),
                        QStringLiteral("us-east-1"), QStringLiteral("service"));
        SigV4Signer::Request r;
        r.headers = {{"Host", "example.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}};
        r.payloadHash = SigV4Signer::sha256Hex({});
        const QDateTime t = QDateTime::currentDateTimeUtc();
        QVERIFY(good.signature(r, t) != bad.signature(r, t));
    }

    void uriEncoding() {
        QCOMPARE(SigV4Signer::uriEncode("backups/a b+c=d~e", true), QByteArray("backups/a%20b%2Bc%3Dd~e"));
        QCOMPARE(SigV4Signer::uriEncode("a/b", false), QByteArray("a%2Fb"));
        QCOMPARE(SigV4Signer::uriEncode("\xc3\xa9", false), QByteArray("%C3%A9"));
    }

    void s3Addressing() {
        StoreSpec spec = StoreSpec::parse(QStringLiteral("s3://velero/aks")).value();
        spec.endpoint = QUrl(QStringLiteral("http://minio.local:9000"));
        spec.region = QStringLiteral("minio");
        StoreCredentials c;
        c.kind = StoreCredentials::Kind::AwsKeys;
        c.accessKeyId = QStringLiteral("id");
        c.secretAccessKey = QStringLiteral("secret-value-1");
        S3Store pathStyle(spec, c);
        QCOMPARE(pathStyle.objectUrl("aks/backups/x.json").toString(),
                 QStringLiteral("http://minio.local:9000/velero/aks/backups/x.json"));
        spec.pathStyle = false;
        S3Store vhost(spec, c);
        QCOMPARE(vhost.objectUrl("aks/backups/x.json").toString(),
                 QStringLiteral("http://velero.minio.local:9000/aks/backups/x.json"));
        spec.endpoint = QUrl();
        spec.region.clear();
        S3Store aws(spec, c);
        QCOMPARE(aws.objectUrl("k").toString(),
                 QStringLiteral("https://velero.s3.us-east-1.amazonaws.com/k"));
        QCOMPARE(aws.region(), QStringLiteral("us-east-1"));
    }

    void azureEndpoints() {
        const QString a = QStringLiteral("acct1");
        QCOMPARE(AzureBlobStore::serviceUrl(a, {}).toString(),
                 QStringLiteral("https://acct1.blob.core.windows.net"));
        QCOMPARE(AzureBlobStore::serviceUrl(a, QUrl(QStringLiteral("http://127.0.0.1:10000"))).toString(),
                 QStringLiteral("http://127.0.0.1:10000/acct1"));
        QCOMPARE(
            AzureBlobStore::serviceUrl(a, QUrl(QStringLiteral("http://127.0.0.1:10000/acct1/"))).toString(),
            QStringLiteral("http://127.0.0.1:10000/acct1"));
        QCOMPARE(AzureBlobStore::serviceUrl(a, QUrl(QStringLiteral("https://blob.local.azurestack.external")))
                     .toString(),
                 QStringLiteral("https://acct1.blob.local.azurestack.external"));
    }

    void azureStringToSign() {
        // The layout Microsoft documents for Shared Key (version 2009-09-19 and later).
        AzureSharedKeySigner signer(QStringLiteral("myaccount"), QStringLiteral("a2V5"));
        const QUrl url(QStringLiteral(
            "https://myaccount.blob.core.windows.net/mycontainer?restype=container&comp=list&prefix=b"));
        const AzureSharedKeySigner::Headers headers{{"x-ms-version", "2021-12-02"},
                                                    {"x-ms-date", "Fri, 26 Jun 2015 23:39:12 GMT"}};
        QCOMPARE(signer.stringToSign("GET", url, headers),
                 QByteArray("GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 "
                            "GMT\nx-ms-version:2021-12-02\n"
                            "/myaccount/mycontainer\ncomp:list\nprefix:b\nrestype:container"));
        QVERIFY(signer.authorization("GET", url, headers).startsWith("SharedKey myaccount:"));
        QVERIFY(!AzureSharedKeySigner(QStringLiteral("a"), QStringLiteral("not base64 !!")).keyIsValid());
        QCOMPARE(
            AzureSharedKeySigner::httpDate(QDateTime(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc())),
            QByteArray("Sun, 30 Aug 2015 12:36:00 GMT"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
