#include "S3Fixture.h"
#include "store/RemoteStoreOpener.h"
#include "store/S3Store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryFile>
#include <QTest>

#ifdef AKS_SANITIZED
#include <sanitizer/allocator_interface.h>
#else
#include <malloc.h>
#endif

using namespace aks;
using aks::test::S3Fixture;

namespace {

// Bytes allocated and not yet freed on the heap, by every thread. Under ASan its own count, which
// leaves out freed buffers held in quarantine (they make resident memory useless there).
qint64 liveHeapBytes() {
#ifdef AKS_SANITIZED
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks + m.hblkhd);
#endif
}

} // namespace

class TestS3Store : public QObject {
    Q_OBJECT

    S3Fixture m_s3;
    QStringList m_keys;
    QByteArray m_largeHash;
    static constexpr qint64 kLarge = 50 * 1024 * 1024;

    StoreSpec spec(const QString& store = QStringLiteral("s3://velero/aks")) const {
        StoreSpec s = StoreSpec::parse(store).value();
        s.endpoint = m_s3.endpoint();
        s.region = QStringLiteral("minio");
        s.pathStyle = true;
        return s;
    }
    static StoreCredentials keys(const QString& secret = QString::fromLatin1(S3Fixture::kSecret),
                                 const QString& id = QString::fromLatin1(S3Fixture::kAccessKey)) {
        StoreCredentials c;
        c.kind = StoreCredentials::Kind::AwsKeys;
        c.accessKeyId = id;
        c.secretAccessKey = secret;
        c.source = QStringLiteral("the test");
        return c;
    }

private slots:
    void initTestCase() {
        const QString problem = m_s3.start();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("s3rver is required for this test: ") + problem));
        for (int i = 0; i < 12; ++i) {
            const QString key =
                QStringLiteral("backups/b%1/velero-backup.json").arg(i, 2, 10, QLatin1Char('0'));
            m_keys << key;
            QCOMPARE(m_s3.put(QStringLiteral("aks/") + key, "{\"n\":" + QByteArray::number(i) + "}"), 200);
        }
        QCOMPARE(m_s3.put(QStringLiteral("aks/backups/b 03 +x/odd=name.json"), "odd"), 200);
        m_keys << QStringLiteral("backups/b 03 +x/odd=name.json");
        QCOMPARE(m_s3.put(QStringLiteral("elsewhere/backups/z/velero-backup.json"), "{}"), 200);

        // 50 MB from a file, so the test process never holds it whole either.
        QTemporaryFile large;
        QVERIFY(large.open());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray block(1024 * 1024, 0);
        for (int b = 0; b < kLarge / block.size(); ++b) {
            for (qsizetype i = 0; i < block.size(); ++i)
                block[i] = static_cast<char>((b * 131 + i * 7) & 0xff);
            hash.addData(block);
            large.write(block);
        }
        m_largeHash = hash.result();
        large.seek(0);
        QCOMPARE(m_s3.put(QStringLiteral("aks/backups/b00/b00.tar.gz"), &large), 200);
        m_keys << QStringLiteral("backups/b00/b00.tar.gz");
        m_keys.sort();
    }

    void listsEveryPageThroughTheVerifyingProxy() {
        S3Store store(spec(), keys());
        store.setPageSize(5);
        auto objects = store.list(QStringLiteral("backups/"), CancelToken());
        QVERIFY2(objects.ok(), objects.ok() ? "" : qPrintable(objects.error().fullText()));
        QStringList got;
        for (const StoreObject& o : *objects)
            got << o.key;
        QCOMPARE(got, m_keys);
        QVERIFY(objects->first().lastModified.isValid());
    }

    void readsObjectsWithOddNames() {
        S3Store store(spec(), keys());
        auto body = store.read(QStringLiteral("backups/b07/velero-backup.json"), 1024, CancelToken());
        QVERIFY2(body.ok(), body.ok() ? "" : qPrintable(body.error().fullText()));
        QCOMPARE(*body, QByteArray("{\"n\":7}"));
        auto odd = store.read(QStringLiteral("backups/b 03 +x/odd=name.json"), 1024, CancelToken());
        QVERIFY2(odd.ok(), odd.ok() ? "" : qPrintable(odd.error().fullText()));
        QCOMPARE(*odd, QByteArray("odd"));
        auto st = store.stat(QStringLiteral("backups/b00/b00.tar.gz"), CancelToken());
        QVERIFY(st.ok());
        QCOMPARE(st->size, kLarge);
    }

    void streams50MBWithBoundedMemory() {
        S3Store store(spec(), keys());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const qint64 before = liveHeapBytes();
        qint64 peak = before;
        qint64 total = 0;
        int chunks = 0;
        qint64 biggest = 0;
        const Status s = store.readStream(
            QStringLiteral("backups/b00/b00.tar.gz"),
            [&](QByteArrayView chunk) {
                ++chunks;
                total += chunk.size();
                hash.addData(chunk);
                biggest = std::max<qint64>(biggest, chunk.size());
                peak = std::max(peak, liveHeapBytes());
                return Status();
            },
            CancelToken());
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
        QCOMPARE(total, kLarge);
        QCOMPARE(hash.result(), m_largeHash);
        qInfo("50 MB streamed in %d chunks; the live heap grew by %lld KiB at most", chunks,
              (peak - before) / 1024);
        QVERIFY(chunks > 50);
        QVERIFY2(biggest <= 1024 * 1024, qPrintable(QString::number(biggest)));
        // Holds in the sanitized build too: the live heap leaves out ASan's quarantine.
        QVERIFY2(peak - before < 16 * 1024 * 1024, qPrintable(QString::number(peak - before)));
    }

    void wrongSecretIsRejectedClearly() {
        S3Store store(spec(), keys(QStringLiteral("not-the-secret-at-all")));
        auto r = store.list(QStringLiteral("backups/"), CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(r.error().message.startsWith(QLatin1String("The secret access key was rejected (403 "
                                                            "SignatureDoesNotMatch) by s3://velero/aks")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().fullText().contains(QLatin1String("not-the-secret-at-all")));
        auto read = store.read(QStringLiteral("backups/b01/velero-backup.json"), 1024, CancelToken());
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(QLatin1String("SignatureDoesNotMatch")));
    }

    void unknownAccessKeyIsRejected() {
        S3Store store(spec(), keys(QString::fromLatin1(S3Fixture::kSecret), QStringLiteral("NOSUCHKEY")));
        auto r = store.list(QString(), CancelToken());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(
                     QLatin1String("The access key id 'NOSUCHKEY' from the test is not known")),
                 qPrintable(r.error().message));
    }

    void missingObjectAndBucket() {
        S3Store store(spec(), keys());
        auto r = store.read(QStringLiteral("backups/nope/velero-backup.json"), 1024, CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY2(r.error().message.contains(QLatin1String("(404 NoSuchKey)")), qPrintable(r.error().message));
        S3Store missing(spec(QStringLiteral("s3://nosuchbucket")), keys());
        auto l = missing.list(QString(), CancelToken());
        QVERIFY(!l.ok());
        QCOMPARE(l.error().kind, Error::Kind::NotFound);
        QVERIFY2(l.error().message.contains(QLatin1String("The bucket 'nosuchbucket' does not exist")),
                 qPrintable(l.error().message));
    }

    void clockSkewIsExplained() {
        S3Fixture skewed;
        const QString problem = skewed.start(3600);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        StoreSpec s = spec();
        s.endpoint = skewed.endpoint();
        S3Store store(s, keys());
        auto r = store.list(QString(), CancelToken());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(
                     QLatin1String("clock differs from the server's by more than 15 minutes "
                                   "(403 RequestTimeTooSkewed)")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("The server's time is")));
    }

    void opensWithAVeleroCredentialsFile() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QByteArray("[default]\naws_access_key_id=") + S3Fixture::kAccessKey +
                   "\naws_secret_access_key=" + S3Fixture::kSecret + "\n");
        file.flush();
        StoreSpec s = spec();
        s.credentialsFile = file.fileName();
        CredentialResolver::Sources sources;
        sources.keychain = false;
        sources.environment = QProcessEnvironment();
        auto store = openRemoteStore(s, CancelToken(), sources);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().fullText()));
        auto body = (*store)->read(QStringLiteral("backups/b02/velero-backup.json"), 1024, CancelToken());
        QVERIFY(body.ok());
        QCOMPARE(*body, QByteArray("{\"n\":2}"));
    }
};

QTEST_GUILESS_MAIN(TestS3Store)
#include "tst_s3store.moc"
