// Storage faults against the real emulators: Azurite, and s3rver behind the SigV4 verifying proxy,
// each behind tools/test-services/fault-proxy.js, which throttles, fails, cuts and stalls requests
// on cue. A real backup written by storegen is listed, read and verified through it.
#include "AzuriteFixture.h"
#include "FaultProxy.h"
#include "S3Fixture.h"
#include "StoreWriter.h"
#include "inspector/BackupVerifier.h"
#include "store/AzureBlobStore.h"
#include "store/S3Store.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace aks;
using aks::test::AzuriteFixture;
using aks::test::FaultProxy;
using aks::test::S3Fixture;

namespace {

const QString kBackup = QStringLiteral("faults-daily");
const QString kMetadataKey = QStringLiteral("backups/faults-daily/velero-backup.json");
const QString kTarball = QStringLiteral("faults-daily.tar.gz");
// What the fault rules match: the object GETs only, not the listings whose prefix names the object.
const QString kTarballPath = QStringLiteral("/backups/faults-daily/faults-daily.tar.gz");
const QString kMetaPath = QStringLiteral("/backups/faults-daily/velero-backup.json");
// Upper bound on a wait that must end: a hang fails it, a loaded machine does not. The lower
// bounds check the waits asked for; the real figures belong to the benchmarks.
constexpr qint64 kHangMs = 20000;

QJsonObject rule(const QString& match, const QString& action, int times = 1) {
    return {{QStringLiteral("match"), match},
            {QStringLiteral("action"), action},
            {QStringLiteral("times"), times}};
}
QJsonObject status(const QString& match, int code, const QString& retryAfter = {}, int times = 1) {
    QJsonObject r = rule(match, QStringLiteral("status"), times);
    r.insert(QStringLiteral("status"), code);
    if (!retryAfter.isEmpty())
        r.insert(QStringLiteral("retryAfter"), retryAfter);
    return r;
}
QJsonObject afterBytes(QJsonObject r, qint64 bytes) {
    r.insert(QStringLiteral("afterBytes"), bytes);
    return r;
}

qint64 at(const QJsonArray& log, qsizetype i) {
    return qint64(log.at(i).toObject().value(QStringLiteral("t")).toDouble());
}
QString faultOf(const QJsonArray& log, qsizetype i) {
    return log.at(i).toObject().value(QStringLiteral("fault")).toString();
}

QString joined(const Result<QStringList>& problems) {
    return problems.ok() ? problems->join(QLatin1Char('\n')) : problems.error().fullText();
}

} // namespace

class TestStorageFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    AzuriteFixture m_azurite;
    S3Fixture m_s3;
    FaultProxy m_azureFaults; // in front of Azurite
    FaultProxy m_s3Faults;    // in front of the SigV4 proxy, in front of s3rver
    QByteArray m_metadata;    // velero-backup.json as written
    qint64 m_tarballSize = 0;

    // Short waits so a test stays quick, yet long enough to tell a retry from no retry.
    static HttpOptions quick() {
        HttpOptions o;
        o.idleTimeoutMs = 2000;
        o.maxAttempts = 4;
        o.baseBackoffMs = 200;
        o.maxBackoffMs = 3000;
        return o;
    }

    FaultProxy& faults(const QString& backend) {
        return backend == QLatin1String("azure") ? m_azureFaults : m_s3Faults;
    }

    BackupStorePtr open(const QString& backend, const HttpOptions& options = quick(),
                        std::optional<StoreCredentials> credentials = std::nullopt) {
        if (backend == QLatin1String("azure")) {
            StoreSpec s = StoreSpec::parse(QStringLiteral("azure://devstoreaccount1/velero/aks")).value();
            s.endpoint = m_azureFaults.endpoint();
            StoreCredentials c;
            c.kind = StoreCredentials::Kind::AzureSharedKey;
            c.accountKey = QString::fromLatin1(AzuriteFixture::kKey);
            c.source = QStringLiteral("the test");
            return std::make_unique<AzureBlobStore>(s, credentials.value_or(c), options);
        }
        StoreSpec s = StoreSpec::parse(QStringLiteral("s3://velero/aks")).value();
        s.endpoint = m_s3Faults.endpoint();
        s.region = QStringLiteral("minio");
        s.pathStyle = true;
        StoreCredentials c;
        c.kind = StoreCredentials::Kind::AwsKeys;
        c.accessKeyId = QString::fromLatin1(S3Fixture::kAccessKey);
        c.secretAccessKey = QString::fromLatin1(S3Fixture::kSecret);
        c.source = QStringLiteral("the test");
        return std::make_unique<S3Store>(s, credentials.value_or(c), options);
    }

    static void backends() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("azure") << QStringLiteral("azure");
        QTest::newRow("s3") << QStringLiteral("s3");
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QString problem = m_azurite.start();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("Azurite is required for this test: ") + problem));
        problem = m_s3.start();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("s3rver is required for this test: ") + problem));
        problem = m_azureFaults.start(m_azurite.endpoint().port());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = m_s3Faults.start(m_s3.endpoint().port());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // A real backup, big enough that a cut at 20 kB lands inside the tarball.
        storegen::BackupSpec b;
        b.name = kBackup;
        b.scheduleName = QStringLiteral("faults");
        b.objects = storegen::ObjectFactory(11).makeObjects(800);
        QVERIFY(storegen::writeBackup(m_tmp.path(), b).ok());
        QCOMPARE(m_azurite.createContainer("velero"), 201);
        const QString root = m_tmp.filePath(QStringLiteral("backups/") + kBackup);
        int files = 0;
        for (QDirIterator it(root, QDir::Files); it.hasNext();) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            const QString key = QStringLiteral("aks/backups/%1/%2").arg(kBackup, it.fileName());
            QCOMPARE(m_azurite.putBlob("velero", key, data), 201);
            QCOMPARE(m_s3.put(key, data), 200);
            if (it.fileName() == QLatin1String("velero-backup.json"))
                m_metadata = data;
            if (it.fileName() == kTarball)
                m_tarballSize = data.size();
            ++files;
        }
        QVERIFY(files >= 5);
        QVERIFY(!m_metadata.isEmpty());
        QVERIFY2(m_tarballSize > 60000, qPrintable(QString::number(m_tarballSize)));
    }

    void init() {
        QVERIFY(m_azureFaults.reset());
        QVERIFY(m_s3Faults.reset());
    }

    void verifiesThroughTheProxy_data() { backends(); }
    void verifiesThroughTheProxy() {
        QFETCH(QString, backend);
        auto store = open(backend);
        auto objects = store->list(QStringLiteral("backups/"), CancelToken());
        QVERIFY2(objects.ok(), objects.ok() ? "" : qPrintable(objects.error().fullText()));
        QVERIFY(objects->size() >= 5);
        auto problems = BackupVerifier::verify(*store, kBackup, JobContext());
        QVERIFY2(problems.ok() && problems->isEmpty(), qPrintable(joined(problems)));
        QVERIFY(faults(backend).requestsTo(kTarballPath).size() == 1);
    }

    // 503 and 429 with Retry-After on the tarball stream and on a whole-object read: the reads wait
    // at least Retry-After, not much longer, then succeed.
    void throttlingIsRetriedHonouringRetryAfter_data() { backends(); }
    void throttlingIsRetriedHonouringRetryAfter() {
        QFETCH(QString, backend);
        FaultProxy& proxy = faults(backend);
        QVERIFY(proxy.add(QJsonArray{status(kTarballPath, 503, QStringLiteral("1"), 2),
                                     status(kMetaPath, 429, QStringLiteral("1"))}));
        auto store = open(backend);
        auto problems = BackupVerifier::verify(*store, kBackup, JobContext());
        QVERIFY2(problems.ok() && problems->isEmpty(), qPrintable(joined(problems)));

        const QJsonArray tar = proxy.requestsTo(kTarballPath);
        QCOMPARE(tar.size(), 3);
        QCOMPARE(faultOf(tar, 0), QStringLiteral("status"));
        QCOMPARE(faultOf(tar, 1), QStringLiteral("status"));
        QVERIFY(faultOf(tar, 2).isEmpty());
        for (int i = 1; i < 3; ++i) {
            const qint64 gap = at(tar, i) - at(tar, i - 1);
            QVERIFY2(gap >= 990 && gap < kHangMs,
                     qPrintable(QStringLiteral("retry %1 after %2 ms").arg(i).arg(gap)));
        }
        const QJsonArray meta = proxy.requestsTo(kMetaPath);
        QVERIFY(meta.size() >= 2);
        QCOMPARE(faultOf(meta, 0), QStringLiteral("status"));
        const qint64 gap = at(meta, 1) - at(meta, 0);
        QVERIFY2(gap >= 990 && gap < kHangMs, qPrintable(QStringLiteral("429 retried after %1 ms").arg(gap)));
    }

    // A server asking for an hour's wait gets maxBackoffMs instead: the read neither hangs nor gives up.
    void retryAfterIsBounded_data() { backends(); }
    void retryAfterIsBounded() {
        QFETCH(QString, backend);
        FaultProxy& proxy = faults(backend);
        QVERIFY(proxy.add(status(kMetaPath, 503, QStringLiteral("3600"))));
        HttpOptions o = quick();
        o.maxBackoffMs = 1500;
        auto store = open(backend, o);
        auto body = store->read(kMetadataKey, 1 << 20, CancelToken());
        QVERIFY2(body.ok(), body.ok() ? "" : qPrintable(body.error().fullText()));
        QCOMPARE(*body, m_metadata);
        const QJsonArray meta = proxy.requestsTo(kMetaPath);
        QCOMPARE(meta.size(), 2);
        const qint64 gap = at(meta, 1) - at(meta, 0);
        // The hour asked for would fail this by far.
        QVERIFY2(gap >= 1490 && gap < kHangMs, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
    }

    // 500 on every attempt: maxAttempts requests with growing backoff, then an error naming the
    // backup, the artifact and the status.
    void persistentServerErrorFailsClearly_data() { backends(); }
    void persistentServerErrorFailsClearly() {
        QFETCH(QString, backend);
        FaultProxy& proxy = faults(backend);
        QVERIFY(proxy.add(status(kTarballPath, 500, {}, 100)));
        auto store = open(backend);
        auto problems = BackupVerifier::verify(*store, kBackup, JobContext());
        QVERIFY2(problems.ok(), qPrintable(joined(problems)));
        const QString all = joined(problems);
        QVERIFY2(all.contains(QStringLiteral("Backup %1, artifact %2: ").arg(kBackup, kTarball)),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String(
                     "answered 500 InternalError while 'backups/faults-daily/faults-daily.tar.gz' "
                     "was read")),
                 qPrintable(all));
        const QJsonArray tar = proxy.requestsTo(kTarballPath);
        QCOMPARE(tar.size(), quick().maxAttempts);
        for (int i = 1; i < tar.size(); ++i) {
            const qint64 gap = at(tar, i) - at(tar, i - 1);
            const qint64 backoff = qint64(quick().baseBackoffMs) << (i - 1);
            QVERIFY2(gap >= backoff - 10 && gap < backoff + kHangMs,
                     qPrintable(QStringLiteral("attempt %1 after %2 ms").arg(i + 1).arg(gap)));
        }

        QVERIFY(proxy.add(status(kMetaPath, 503, QStringLiteral("0"), 100)));
        auto body = store->read(kMetadataKey, 1 << 20, CancelToken());
        QVERIFY(!body.ok());
        QCOMPARE(body.error().kind, Error::Kind::Network);
        QVERIFY2(body.error().message.contains(
                     QStringLiteral("answered 503 ServerBusy while '%1' was read").arg(kMetadataKey)),
                 qPrintable(body.error().message));
    }

    // Connections closed before any answer are retried: a GET is idempotent.
    void droppedConnectionIsRetried_data() { backends(); }
    void droppedConnectionIsRetried() {
        QFETCH(QString, backend);
        FaultProxy& proxy = faults(backend);
        QVERIFY(proxy.add(rule(kMetaPath, QStringLiteral("reset"), 2)));
        QVERIFY(proxy.add(rule(kTarballPath, QStringLiteral("reset"), 1)));
        auto store = open(backend);
        auto body = store->read(kMetadataKey, 1 << 20, CancelToken());
        QVERIFY2(body.ok(), body.ok() ? "" : qPrintable(body.error().fullText()));
        QCOMPARE(*body, m_metadata);
        QCOMPARE(proxy.requestsTo(kMetaPath).size(), 3);
        auto problems = BackupVerifier::verify(*store, kBackup, JobContext());
        QVERIFY2(problems.ok() && problems->isEmpty(), qPrintable(joined(problems)));
        QCOMPARE(proxy.requestsTo(kTarballPath).size(), 2);
    }

    // A body cut short is never taken for the whole object: a whole-object read fetches it again,
    // a stream goes on from where it broke with a signed Range request, and verify passes.
    void cutDownloadIsNeverSilentlyShort_data() { backends(); }
    void cutDownloadIsNeverSilentlyShort() {
        QFETCH(QString, backend);
        FaultProxy& proxy = faults(backend);
        QVERIFY(proxy.add(afterBytes(rule(kMetaPath, QStringLiteral("cut")), m_metadata.size() / 2)));
        auto store = open(backend);
        auto body = store->read(kMetadataKey, 1 << 20, CancelToken());
        QVERIFY2(body.ok(), body.ok() ? "" : qPrintable(body.error().fullText()));
        QCOMPARE(*body, m_metadata);
        QCOMPARE(proxy.requestsTo(kMetaPath).size(), 2);

        QVERIFY(proxy.reset());
        QVERIFY(proxy.add(afterBytes(rule(kTarballPath, QStringLiteral("cut")), 20000)));
        auto problems = BackupVerifier::verify(*store, kBackup, JobContext());
        QVERIFY2(problems.ok() && problems->isEmpty(), qPrintable(joined(problems)));
        const QJsonArray tarballReads = proxy.requestsTo(kTarballPath);
        QVERIFY2(tarballReads.size() >= 2, qPrintable(QString::number(tarballReads.size())));
        // The last read asked for the rest only, and the server (Azurite checks the Shared Key
        // signature, which covers Range) answered it.
        const QJsonObject resumed = tarballReads.last().toObject();
        QVERIFY2(resumed.value(QStringLiteral("range")).toString().startsWith(QStringLiteral("bytes=")),
                 QJsonDocument(resumed).toJson().constData());
        QCOMPARE(resumed.value(QStringLiteral("status")).toInt(), 206);

        // Cut on every attempt: the whole-object read gives up with the same clear error.
        QVERIFY(proxy.add(afterBytes(rule(kMetaPath, QStringLiteral("cut"), 100), 10)));
        auto cutEveryTime = store->read(kMetadataKey, 1 << 20, CancelToken());
        QVERIFY(!cutEveryTime.ok());
        QVERIFY2(cutEveryTime.error().message.contains(QStringLiteral("broke after 10 of %1 bytes of '%2'")
                                                           .arg(m_metadata.size())
                                                           .arg(kMetadataKey)),
                 qPrintable(cutEveryTime.error().message));
    }

    // A server that goes silent, before the headers or in the middle of the body, ends in the idle
    // timeout with an error naming the object, not in a hang.
    void stallHitsTheTimeout_data() { backends(); }
    void stallHitsTheTimeout() {
        QFETCH(QString, backend);
        FaultProxy& proxy = faults(backend);
        QVERIFY(proxy.add(QJsonObject{{QStringLiteral("match"), kMetaPath},
                                      {QStringLiteral("action"), QStringLiteral("stall")},
                                      {QStringLiteral("beforeHeaders"), true}}));
        auto store = open(backend);
        QElapsedTimer t;
        t.start();
        auto body = store->read(kMetadataKey, 1 << 20, CancelToken());
        const qint64 took = t.elapsed();
        QVERIFY(!body.ok());
        QCOMPARE(body.error().kind, Error::Kind::Timeout);
        QVERIFY2(body.error().message.contains(
                     QStringLiteral("sent nothing for 2 s while '%1' was read").arg(kMetadataKey)),
                 qPrintable(body.error().message));
        // QTimer is a coarse timer: it may fire up to 5 % early.
        QVERIFY2(took >= 1800 && took < kHangMs, qPrintable(QString::number(took)));

        QVERIFY(proxy.add(afterBytes(rule(kTarballPath, QStringLiteral("stall")), 20000)));
        t.restart();
        auto problems = BackupVerifier::verify(*store, kBackup, JobContext());
        QVERIFY2(problems.ok(), qPrintable(joined(problems)));
        const QString all = joined(problems);
        QVERIFY2(all.contains(QStringLiteral(
                                  "Backup %1, artifact %2: The storage server 127.0.0.1 sent nothing for 2 s "
                                  "while 'backups/faults-daily/faults-daily.tar.gz' was read")
                                  .arg(kBackup, kTarball)),
                 qPrintable(all));
        QVERIFY2(t.elapsed() < 2 * kHangMs, qPrintable(QString::number(t.elapsed())));
    }

    // Refusals are not retried: one request, then the explanation (expired SAS / wrong secret).
    void refusalsAreNotRetried_data() { backends(); }
    void refusalsAreNotRetried() {
        QFETCH(QString, backend);
        FaultProxy& proxy = faults(backend);
        StoreCredentials c;
        c.source = QStringLiteral("the test");
        if (backend == QLatin1String("azure")) {
            c.kind = StoreCredentials::Kind::AzureSas;
            c.sasToken = AzuriteFixture::accountSas(QDateTime::currentDateTimeUtc().addSecs(-7200),
                                                    QDateTime::currentDateTimeUtc().addSecs(-3600));
        } else {
            c.kind = StoreCredentials::Kind::AwsKeys;
            c.accessKeyId = QString::fromLatin1(S3Fixture::kAccessKey);
            c.secretAccessKey = QStringLiteral("not-the-secret");
        }
        auto store = open(backend, quick(), c);
        auto r = store->read(kMetadataKey, 1 << 20, CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(r.error().message.contains(backend == QLatin1String("azure")
                                                ? QLatin1String("expired at")
                                                : QLatin1String("SignatureDoesNotMatch")),
                 qPrintable(r.error().message));
        QCOMPARE(proxy.requestsTo(kMetaPath).size(), 1);
    }

    // The command line, with its default retry settings, verifies a backup through a throttling
    // Azure endpoint.
    void cliVerifiesThroughThrottling() {
        QVERIFY(m_azureFaults.add(QJsonArray{status(QStringLiteral("comp=list"), 429, QStringLiteral("1")),
                                             status(kTarballPath, 503, QStringLiteral("1"), 2)}));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AZURE_STORAGE_KEY"), QString::fromLatin1(AzuriteFixture::kKey));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(aks::test::binary(QStringLiteral("aks-recovery")),
                {QStringLiteral("verify"), QStringLiteral("--store"),
                 QStringLiteral("azure://devstoreaccount1/velero/aks"), QStringLiteral("--endpoint"),
                 m_azureFaults.endpoint().toString(), QStringLiteral("--backup"), kBackup});
        QVERIFY(p.waitForStarted(10000));
        if (!p.waitForFinished(60000))
            aks::test::killHard(p);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("Backup %1 is whole").arg(kBackup)), qPrintable(out));
        const QJsonArray tar = m_azureFaults.requestsTo(kTarballPath);
        QCOMPARE(tar.size(), 3);
        QVERIFY(at(tar, 2) - at(tar, 0) >= 1980);
        const QJsonArray lists = m_azureFaults.requestsTo(QStringLiteral("comp=list"));
        QVERIFY(lists.size() >= 2);
        QCOMPARE(faultOf(lists, 0), QStringLiteral("status"));
        qInfo("aks-recovery verify took %lld ms through the throttling proxy", t.elapsed());
    }

    // Ctrl+C ends the command line's wait for a Retry-After at once: the signal handler only writes
    // to a pipe, and the watcher thread's cancel wakes the wait.
    void cliInterruptWakesARetryWait() {
        QVERIFY(
            m_azureFaults.add(QJsonArray{status(QStringLiteral("comp=list"), 503, QStringLiteral("8"), 4)}));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AZURE_STORAGE_KEY"), QString::fromLatin1(AzuriteFixture::kKey));
        p.setProcessEnvironment(env);
        p.start(aks::test::binary(QStringLiteral("aks-recovery")),
                {QStringLiteral("verify"), QStringLiteral("--store"),
                 QStringLiteral("azure://devstoreaccount1/velero/aks"), QStringLiteral("--endpoint"),
                 m_azureFaults.endpoint().toString(), QStringLiteral("--backup"), kBackup});
        QVERIFY(p.waitForStarted(10000));
        QElapsedTimer waiting;
        waiting.start();
        while (m_azureFaults.requestsTo(QStringLiteral("comp=list")).isEmpty() && waiting.elapsed() < kHangMs)
            QTest::qWait(50);
        QVERIFY2(!m_azureFaults.requestsTo(QStringLiteral("comp=list")).isEmpty(), "no listing was sent");
        QTest::qWait(300); // the 503 is in; the CLI waits the 8 s it asks for
        QElapsedTimer t;
        t.start();
        ::kill(pid_t(p.processId()), SIGINT);
        if (!p.waitForFinished(kHangMs))
            aks::test::killHard(p);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 1, qPrintable(err));
        // Well under the 8 s asked for: the cancel, not the clock, ended the wait.
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(m_azureFaults.requestsTo(QStringLiteral("comp=list")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
