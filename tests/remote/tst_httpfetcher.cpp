#include "FaultServer.h"
#include "store/HttpFetcher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <thread>

using namespace aks;
using aks::test::FaultServer;

class TestHttpFetcher : public QObject {
    Q_OBJECT

    static HttpFetcher::Prepare to(const QString& url) {
        return [url](const HttpFetcher::Headers& extra) {
            QNetworkRequest r{QUrl(url)};
            for (const auto& [name, value] : extra)
                r.setRawHeader(name, value);
            return r;
        };
    }
    static HttpOptions quick() {
        HttpOptions o;
        o.idleTimeoutMs = 1500;
        o.baseBackoffMs = 100;
        o.maxBackoffMs = 2000;
        o.maxAttempts = 4;
        return o;
    }

private slots:
    void readsABody() {
        FaultServer server;
        server.script({{FaultServer::answer(200, "OK", "hello")}});
        HttpFetcher f(quick());
        auto r = f.get(to(server.url()), QStringLiteral("'x'"), 1024, CancelToken());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("hello"));
    }

    void retries503And429HonouringRetryAfter() {
        FaultServer server;
        server.script({{FaultServer::answer(503, "Service Unavailable", "busy")},
                       {FaultServer::answer(429, "Too Many Requests", "slow down", "Retry-After: 1\r\n")},
                       {FaultServer::answer(500, "Internal Server Error", "oops")},
                       {FaultServer::answer(200, "OK", "finally")}});
        HttpFetcher f(quick());
        auto r = f.get(to(server.url()), QStringLiteral("'x'"), 1024, CancelToken());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->body, QByteArray("finally"));
        QCOMPARE(server.requests(), 4);
        const auto t = server.requestTimesMs();
        // Backoff 100 ms, then Retry-After: 1 s, then 400 ms.
        QVERIFY2(t[1] - t[0] >= 90, qPrintable(QString::number(t[1] - t[0])));
        QVERIFY2(t[2] - t[1] >= 950, qPrintable(QString::number(t[2] - t[1])));
        QVERIFY2(t[3] - t[2] >= 390, qPrintable(QString::number(t[3] - t[2])));
    }

    void givesUpAfterMaxAttempts() {
        FaultServer server;
        QList<FaultServer::Action> busy;
        for (int i = 0; i < 4; ++i)
            busy.append(
                {FaultServer::answer(503, "Service Unavailable", "<Error><Code>ServerBusy</Code></Error>")});
        server.script(busy);
        HttpFetcher f(quick());
        auto r = f.get(to(server.url()), QStringLiteral("'x'"), 1024, CancelToken());
        QVERIFY(r.ok());
        QCOMPARE(r->status, 503);
        QVERIFY(server.requests() >= 4);
    }

    void timesOutOnASilentServer() {
        FaultServer server;
        server.script({{{}, false, true}});
        HttpFetcher f(quick());
        QElapsedTimer t;
        t.start();
        auto r =
            f.get(to(server.url()), QStringLiteral("'backups/b1/velero-backup.json'"), 1024, CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
        QVERIFY2(r.error().message.contains(QLatin1String("sent nothing for 1.5 s")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("velero-backup.json")));
        // Generous: a fetch that never times out fails; a loaded machine does not.
        QVERIFY2(t.elapsed() < 60000, qPrintable(QString::number(t.elapsed())));
    }

    // The body of `whole` from the byte a Range header asks for: 206 with Content-Range, as S3 and
    // Azure answer it. Without Range, the whole object.
    static FaultServer::Action ranged(const QByteArray& whole, const QByteArray& etag = "\"v1\"") {
        FaultServer::Action a;
        a.respond = [whole, etag](const QByteArray& head) {
            const QByteArray range = FaultServer::header(head, "range");
            if (range.isEmpty())
                return FaultServer::answer(200, "OK", whole, "ETag: " + etag + "\r\n");
            const qint64 from = range.mid(6, range.size() - 7).toLongLong();
            return FaultServer::answer(
                206, "Partial Content", whole.mid(from),
                "ETag: " + etag + "\r\nContent-Range: bytes " + QByteArray::number(from) + '-' +
                    QByteArray::number(whole.size() - 1) + '/' + QByteArray::number(whole.size()) + "\r\n");
        };
        return a;
    }
    // Streams `url` into `got`, chunk by chunk.
    static Result<HttpResponse> streamInto(HttpFetcher& f, const QString& url, const QString& what,
                                           QByteArray& got) {
        return f.stream(
            to(url), what,
            [&got](QByteArrayView chunk) {
                got.append(chunk);
                return Status();
            },
            CancelToken());
    }
    static QByteArray pattern(int size) {
        QByteArray b(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            b[i] = char('a' + (i * 7 + i / 251) % 26);
        return b;
    }

    void resumesACutStreamWhereItBroke() {
        FaultServer server;
        const QByteArray whole = pattern(1000000);
        const QByteArray head =
            "HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\nETag: \"v1\"\r\nConnection: close\r\n\r\n";
        // Qt may itself resend a request whose connection closed (without Range): every later
        // answer honours Range as a real server does.
        server.script({{head + whole.first(300000)}, ranged(whole), ranged(whole), ranged(whole)});
        HttpFetcher f(quick());
        QByteArray got;
        auto r = streamInto(f, server.url(), QStringLiteral("'backups/b1/b1.tar.gz'"), got);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
        QCOMPARE(got.size(), whole.size());
        QVERIFY(got == whole); // every byte once, in order
        const QByteArray last = server.requestHeads().last();
        QVERIFY2(FaultServer::header(last, "range").startsWith("bytes="), last.constData());
        QCOMPARE(FaultServer::header(last, "if-match"), QByteArray("\"v1\""));
    }

    void resumeWorksWhenTheServerIgnoresRange() {
        FaultServer server;
        const QByteArray whole = pattern(500000);
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 500000\r\nConnection: close\r\n\r\n";
        // The second answer is the whole object again (a server without Range support).
        const FaultServer::Action again{FaultServer::answer(200, "OK", whole)};
        server.script({{head + whole.first(123457)}, again, again, again});
        HttpFetcher f(quick());
        QByteArray got;
        auto r = streamInto(f, server.url(), QStringLiteral("'x'"), got);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
        QVERIFY(got == whole);
    }

    void anObjectChangedMidStreamIsAnError() {
        FaultServer server;
        const QByteArray whole = pattern(400000);
        const QByteArray head =
            "HTTP/1.1 200 OK\r\nContent-Length: 400000\r\nETag: \"v1\"\r\nConnection: close\r\n\r\n";
        // The object was replaced: If-Match fails.
        const FaultServer::Action failed{
            FaultServer::answer(412, "Precondition Failed", "<Error><Code>ConditionNotMet</Code></Error>")};
        server.script({{head + whole.first(100000)}, failed, failed, failed});
        HttpFetcher f(quick());
        auto r = f.stream(
            to(server.url()), QStringLiteral("'backups/b1/b1.tar.gz'"),
            [](QByteArrayView) { return Status(); }, CancelToken());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("changed on the server while it was read")),
                 qPrintable(r.error().message));

        // A server that ignores If-Match but sends an object of another size: the same error.
        FaultServer other;
        const FaultServer::Action smaller{FaultServer::answer(200, "OK", whole.first(1000))};
        other.script({{head + whole.first(100000)}, smaller, smaller, smaller});
        r = f.stream(
            to(other.url()), QStringLiteral("'x'"), [](QByteArrayView) { return Status(); }, CancelToken());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("changed on the server")),
                 qPrintable(r.error().message));
    }

    void reportsADownloadCutOnEveryAttempt() {
        FaultServer server;
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\nConnection: close\r\n\r\n";
        const QByteArray whole = pattern(1000000);
        // Each answer breaks after a few more bytes: the stream goes on, then gives up.
        QList<FaultServer::Action> cuts{{head + whole.first(300000)}};
        for (int i = 0; i < 6; ++i) {
            FaultServer::Action a;
            a.respond = [whole, head](const QByteArray& h) -> QByteArray {
                const QByteArray range = FaultServer::header(h, "range");
                if (range.isEmpty()) // Qt's own resend
                    return head + whole.first(1000);
                const qint64 from = range.mid(6).chopped(1).toLongLong();
                return "HTTP/1.1 206 Partial Content\r\nContent-Length: " +
                       QByteArray::number(whole.size() - from) + "\r\nContent-Range: bytes " +
                       QByteArray::number(from) + '-' + QByteArray::number(whole.size() - 1) +
                       "/1000000\r\nConnection: close\r\n\r\n" + whole.mid(from, 1000);
            };
            cuts.append(a);
        }
        server.script(cuts);
        HttpFetcher f(quick());
        QByteArray got;
        auto r = streamInto(f, server.url(), QStringLiteral("'backups/b1/b1.tar.gz'"), got);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        static const QRegularExpression broke(QStringLiteral("broke after (\\d+) of 1000000 bytes"));
        const auto m = broke.match(r.error().message);
        QVERIFY2(m.hasMatch(), qPrintable(r.error().message));
        QCOMPARE(m.captured(1).toLongLong(), got.size());
        QVERIFY(got == whole.first(got.size())); // what came is right, and nothing twice
        QVERIFY(server.requests() >= 4);
    }

    void getFetchesACutBodyAgain() {
        FaultServer server;
        const QByteArray whole(200000, 'b');
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 200000\r\nConnection: close\r\n\r\n";
        // Qt itself may resend a request whose connection closed, so every later answer is whole.
        server.script({{head + whole.first(70000)}, {head + whole}, {head + whole}, {head + whole}});
        HttpFetcher f(quick());
        auto r = f.get(to(server.url()), QStringLiteral("'backups/b1/velero-backup.json'"), 1 << 20,
                       CancelToken());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
        QCOMPARE(r->body, whole);
        QVERIFY(server.requests() >= 2); // nothing reached the caller: safe to start again

        FaultServer always;
        QList<FaultServer::Action> cuts;
        for (int i = 0; i < 10; ++i)
            cuts.append({head + whole.first(10)});
        always.script(cuts);
        auto cut = f.get(to(always.url()), QStringLiteral("'x'"), 1 << 20, CancelToken());
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error().message.contains(QLatin1String("broke after 10 of 200000 bytes of 'x'")),
                 qPrintable(cut.error().message));
        QVERIFY(always.requests() >= 4);
    }

    void refusesBodiesOverTheLimit() {
        FaultServer server;
        server.script({{FaultServer::answer(200, "OK", QByteArray(5000, 'x'))}});
        HttpFetcher f(quick());
        auto r = f.get(to(server.url()), QStringLiteral("'big.json'"), 1000, CancelToken());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("larger than 1000 bytes")),
                 qPrintable(r.error().message));
    }

    void sinkErrorStopsTheTransfer() {
        FaultServer server;
        server.script({{FaultServer::answer(200, "OK", QByteArray(200000, 'x'))}});
        HttpFetcher f(quick());
        auto r = f.stream(
            to(server.url()), QStringLiteral("'x'"),
            [](QByteArrayView) {
                return Status(Error::make(Error::Kind::Corrupt, QStringLiteral("bad gzip")));
            },
            CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("bad gzip"));
    }

    void cancelStopsAWait() {
        FaultServer server;
        server.script({{{}, false, true}});
        HttpOptions o = quick();
        o.idleTimeoutMs = 60000;
        HttpFetcher f(o);
        CancelToken cancel;
        QTimer::singleShot(300, [cancel] { cancel.cancel(); });
        QElapsedTimer t;
        t.start();
        auto r = f.get(to(server.url()), QStringLiteral("'x'"), 1024, cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        // The idle timeout is 60 s: ending well before it means the cancel did it.
        QVERIFY2(t.elapsed() < 45000, qPrintable(QString::number(t.elapsed())));
    }

    void cancelWakesTheBackoffWait() {
        // Retry-After asks for 40 s; a cancel from another thread must end the wait, not the clock.
        FaultServer server;
        server.script({{FaultServer::answer(503, "Service Unavailable", "busy", "Retry-After: 40\r\n")},
                       {FaultServer::answer(200, "OK", "late")}});
        HttpOptions o = quick();
        o.maxBackoffMs = 60000;
        HttpFetcher f(o);
        const CancelToken cancel;
        std::thread canceller([cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1000)); // the 503 is in by then
            cancel.cancel();
        });
        QElapsedTimer t;
        t.start();
        auto r = f.get(to(server.url()), QStringLiteral("'x'"), 1024, cancel);
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(server.requests() <= 1);
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
    }

    void refusedConnectionIsAClearError() {
        quint16 port = 0;
        {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost, 0);
            port = s.serverPort();
        }
        HttpFetcher f(quick());
        auto r = f.get(to(QStringLiteral("http://127.0.0.1:%1/").arg(port)), QStringLiteral("'x'"), 1024,
                       CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(r.error().message.contains(QLatin1String("Cannot reach the storage server 127.0.0.1")),
                 qPrintable(r.error().message));
    }

    void badCaFileIsRejected() {
        HttpOptions o = quick();
        o.caFile = QStringLiteral("/nonexistent/ca.pem");
        HttpFetcher f(o);
        auto r =
            f.get(to(QStringLiteral("https://127.0.0.1:1/")), QStringLiteral("'x'"), 1024, CancelToken());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("CA certificate file")));
    }

    void worksOnAWorkerThread() {
        FaultServer server;
        server.script({{FaultServer::answer(200, "OK", "from worker")}});
        HttpFetcher f(quick());
        QByteArray body;
        QThread* t = QThread::create([&] {
            auto r = f.get(to(server.url()), QStringLiteral("'x'"), 1024, CancelToken());
            if (r.ok())
                body = r->body;
        });
        t->start();
        QTRY_VERIFY_WITH_TIMEOUT(t->isFinished(), 10000);
        delete t;
        QCOMPARE(body, QByteArray("from worker"));
    }
};

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_httpfetcher.moc"
