#include "AzuriteFixture.h"
#include "core/Logging.h"
#include "core/Redactor.h"
#include "store/AzureBlobStore.h"
#include "store/RemoteStoreOpener.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <spdlog/spdlog.h>

using namespace aks;
using aks::test::AzuriteFixture;

class TestAzureBlob : public QObject {
    Q_OBJECT

    AzuriteFixture m_azurite;
    QByteArray m_large;
    QStringList m_keys;

    StoreSpec spec(const QString& store = QStringLiteral("azure://devstoreaccount1/velero/aks")) const {
        StoreSpec s = StoreSpec::parse(store).value();
        s.endpoint = m_azurite.endpoint();
        return s;
    }
    static StoreCredentials sharedKey(const QString& key = QString::fromLatin1(AzuriteFixture::kKey)) {
        StoreCredentials c;
        c.kind = StoreCredentials::Kind::AzureSharedKey;
        c.accountKey = key;
        c.source = QStringLiteral("the test");
        return c;
    }
    static StoreCredentials sas(const QString& token) {
        StoreCredentials c;
        c.kind = StoreCredentials::Kind::AzureSas;
        c.sasToken = token;
        c.source = QStringLiteral("the test");
        return c;
    }

private slots:
    void initTestCase() {
        const QString problem = m_azurite.start();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("Azurite is required for this test: ") + problem));
        QCOMPARE(m_azurite.createContainer("velero"), 201);
        // More blobs than one page of 5, so listing must follow NextMarker.
        for (int i = 0; i < 12; ++i) {
            const QString key =
                QStringLiteral("backups/b%1/velero-backup.json").arg(i, 2, 10, QLatin1Char('0'));
            m_keys << key;
            QCOMPARE(m_azurite.putBlob("velero", QStringLiteral("aks/") + key,
                                       "{\"n\":" + QByteArray::number(i) + "}"),
                     201);
        }
        QCOMPARE(m_azurite.putBlob("velero", QStringLiteral("other/backups/x/velero-backup.json"), "{}"),
                 201);
        m_large.resize(6 * 1024 * 1024);
        for (qsizetype i = 0; i < m_large.size(); ++i)
            m_large[i] = static_cast<char>((i * 7919) >> 5);
        QCOMPARE(m_azurite.putBlob("velero", QStringLiteral("aks/backups/b00/b00.tar.gz"), m_large), 201);
        m_keys << QStringLiteral("backups/b00/b00.tar.gz");
        m_keys.sort();
    }

    void listsEveryPageWithSharedKey() {
        AzureBlobStore store(spec(), sharedKey());
        store.setPageSize(5);
        auto objects = store.list(QStringLiteral("backups/"), CancelToken());
        QVERIFY2(objects.ok(), objects.ok() ? "" : qPrintable(objects.error().fullText()));
        QStringList keys;
        for (const StoreObject& o : *objects)
            keys << o.key;
        QCOMPARE(keys, m_keys);
        QCOMPARE(objects->first().size, m_large.size());
        QVERIFY(objects->first().lastModified.isValid());
        QVERIFY(qAbs(objects->first().lastModified.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    }

    void readsAndStatsWithSharedKey() {
        AzureBlobStore store(spec(), sharedKey());
        auto body = store.read(QStringLiteral("backups/b03/velero-backup.json"), 1024, CancelToken());
        QVERIFY2(body.ok(), body.ok() ? "" : qPrintable(body.error().fullText()));
        QCOMPARE(*body, QByteArray("{\"n\":3}"));
        auto st = store.stat(QStringLiteral("backups/b03/velero-backup.json"), CancelToken());
        QVERIFY(st.ok());
        QCOMPARE(st->size, 7);
    }

    void streamsALargeBlobInChunks() {
        AzureBlobStore store(spec(), sharedKey());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int chunks = 0;
        qint64 biggest = 0;
        const Status s = store.readStream(
            QStringLiteral("backups/b00/b00.tar.gz"),
            [&](QByteArrayView chunk) {
                ++chunks;
                biggest = std::max<qint64>(biggest, chunk.size());
                hash.addData(chunk);
                return Status();
            },
            CancelToken());
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
        QVERIFY2(chunks > 4, qPrintable(QString::number(chunks)));
        QVERIFY(biggest <= 1024 * 1024);
        QCOMPARE(hash.result(), QCryptographicHash::hash(m_large, QCryptographicHash::Sha256));
    }

    void rejectsAWrongKey() {
        QByteArray wrong = QByteArray::fromBase64(AzuriteFixture::kKey);
        wrong[0] = static_cast<char>(wrong[0] ^ 1);
        AzureBlobStore store(spec(), sharedKey(QString::fromLatin1(wrong.toBase64())));
        auto r = store.list(QStringLiteral("backups/"), CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::PermissionDenied);
        // Azure answers AuthenticationFailed, Azurite AuthorizationFailure.
        static const QRegularExpression rejected(QStringLiteral(
            "^The storage account key was rejected \\(403 (AuthenticationFailed|AuthorizationFailure)\\) "
            "by azure://devstoreaccount1/velero/aks"));
        QVERIFY2(rejected.match(r.error().message).hasMatch(), qPrintable(r.error().message));
        QVERIFY(!r.error().fullText().contains(QString::fromLatin1(wrong.toBase64())));
    }

    void readsWithASas() {
        const QString token = AzuriteFixture::accountSas(QDateTime::currentDateTimeUtc().addSecs(-600),
                                                         QDateTime::currentDateTimeUtc().addSecs(3600));
        AzureBlobStore store(spec(), sas(token));
        store.setPageSize(5);
        auto objects = store.list(QStringLiteral("backups/"), CancelToken());
        QVERIFY2(objects.ok(), objects.ok() ? "" : qPrintable(objects.error().fullText()));
        QCOMPARE(objects->size(), m_keys.size());
        auto body = store.read(QStringLiteral("backups/b11/velero-backup.json"), 1024, CancelToken());
        QVERIFY2(body.ok(), body.ok() ? "" : qPrintable(body.error().fullText()));
        QCOMPARE(*body, QByteArray("{\"n\":11}"));
    }

    void rejectsAForgedSas() {
        QByteArray otherKey(64, 'k');
        const QString token = AzuriteFixture::accountSas(QDateTime::currentDateTimeUtc().addSecs(-600),
                                                         QDateTime::currentDateTimeUtc().addSecs(3600), "rl",
                                                         otherKey.toBase64());
        AzureBlobStore store(spec(), sas(token));
        auto r = store.read(QStringLiteral("backups/b01/velero-backup.json"), 1024, CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(r.error().message.contains(QLatin1String("SAS token from the test was rejected")),
                 qPrintable(r.error().message));
    }

    void explainsAnExpiredSas() {
        const QString token = AzuriteFixture::accountSas(QDateTime::currentDateTimeUtc().addSecs(-7200),
                                                         QDateTime::currentDateTimeUtc().addSecs(-3600));
        AzureBlobStore store(spec(), sas(token));
        auto r = store.list(QStringLiteral("backups/"), CancelToken());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(
                     QLatin1String("SAS token for azure://devstoreaccount1/velero/aks expired at")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("(403 Authenti")) ||
                r.error().message.contains(QLatin1String("(403 Authori")));
    }

    void missingBlobAndContainer() {
        AzureBlobStore store(spec(), sharedKey());
        auto r = store.read(QStringLiteral("backups/nope/velero-backup.json"), 1024, CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY2(r.error().message.contains(
                     QLatin1String("'backups/nope/velero-backup.json' does not exist in "
                                   "azure://devstoreaccount1/velero/aks (404 BlobNotFound)")),
                 qPrintable(r.error().message));
        QCOMPARE(store.stat(QStringLiteral("backups/nope"), CancelToken()).error().kind,
                 Error::Kind::NotFound);

        AzureBlobStore missing(spec(QStringLiteral("azure://devstoreaccount1/nosuchcontainer")), sharedKey());
        auto l = missing.list(QString(), CancelToken());
        QVERIFY(!l.ok());
        QCOMPARE(l.error().kind, Error::Kind::NotFound);
        QVERIFY2(l.error().message.contains(QLatin1String("The container 'nosuchcontainer' does not exist")),
                 qPrintable(l.error().message));
    }

    void opensThroughTheResolverWithTheEnvironment() {
        CredentialResolver::Sources sources;
        sources.keychain = false;
        sources.environment = QProcessEnvironment();
        sources.environment.insert(QStringLiteral("AZURE_STORAGE_KEY"),
                                   QString::fromLatin1(AzuriteFixture::kKey));
        auto store = openRemoteStore(spec(), CancelToken(), sources);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().fullText()));
        QCOMPARE((*store)->displayName(), QStringLiteral("azure://devstoreaccount1/velero/aks"));
        QVERIFY((*store)->list(QStringLiteral("backups/b05/"), CancelToken()).ok());
    }

    void secretsNeverReachTheLog() {
        QTemporaryDir logs;
        initLogging({logs.path(), false, true});
        const QString token = AzuriteFixture::accountSas(QDateTime::currentDateTimeUtc().addSecs(-600),
                                                         QDateTime::currentDateTimeUtc().addSecs(3600));
        QByteArray wrong = QByteArray::fromBase64(AzuriteFixture::kKey);
        wrong[5] = static_cast<char>(wrong[5] ^ 1);
        const QString wrongKey = QString::fromLatin1(wrong.toBase64());
        AzureBlobStore bad(spec(), sharedKey(wrongKey));
        auto r = bad.list(QStringLiteral("backups/"), CancelToken());
        QVERIFY(!r.ok());
        // What a careless caller might log: the error, and the credentials themselves.
        spdlog::error("open failed: {}", r.error().fullText().toStdString());
        spdlog::error("key was {} and sas was ?{}", wrongKey.toStdString(), token.toStdString());
        AzureBlobStore good(spec(), sas(token));
        QVERIFY(good.list(QStringLiteral("backups/"), CancelToken()).ok());
        spdlog::default_logger()->flush();

        QFile f(logFilePath());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(logFilePath()));
        const QByteArray log = f.readAll();
        QVERIFY(log.contains("open failed"));
        QVERIFY(!log.contains(wrongKey.toLatin1()));
        QVERIFY(!log.contains(AzuriteFixture::kKey));
        const QUrlQuery q(token);
        QVERIFY(!log.contains(q.queryItemValue(QStringLiteral("sig"), QUrl::FullyEncoded).toLatin1()));
        QVERIFY(!log.contains(q.queryItemValue(QStringLiteral("sig"), QUrl::FullyDecoded).toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestAzureBlob)
#include "tst_azureblob.moc"
