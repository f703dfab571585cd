#include "HttpFetcher.h"

#include "core/Redactor.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <optional>

namespace aks {
namespace {

constexpr qint64 kErrorBodyCap = 64 * 1024;
constexpr qint64 kReadBuffer = 256 * 1024;

bool retryableStatus(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

// Retry-After holds seconds or an HTTP date; -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray& value) {
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds) * 1000;
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc));
}

} // namespace

QByteArray HttpResponse::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpFetcher::HttpFetcher(HttpOptions options) : m_options(std::move(options)) {}

namespace {
// A QObject must be deleted in its own thread: a manager made on another worker is handed to that
// thread's deferred deletion (run at the latest when the thread finishes).
void releaseManager(std::unique_ptr<QNetworkAccessManager>& manager) {
    if (!manager)
        return;
    if (manager->thread() == QThread::currentThread())
        manager.reset();
    else
        manager.release()->deleteLater();
}
} // namespace

HttpFetcher::~HttpFetcher() {
    releaseManager(m_manager);
}

Status HttpFetcher::validate() const {
    if (m_options.caFile.isEmpty())
        return {};
    QFile f(m_options.caFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::BadInput,
            tr("Cannot read the CA certificate file %1: %2.").arg(m_options.caFile, f.errorString()));
    if (QSslCertificate::fromData(f.readAll(), QSsl::Pem).isEmpty())
        return Error::make(Error::Kind::BadInput,
                           tr("The CA certificate file %1 holds no PEM certificate.").arg(m_options.caFile));
    return {};
}

QNetworkAccessManager* HttpFetcher::manager() {
    // A manager belongs to the thread that made it; a store moved to another worker makes a new one.
    if (!m_manager || m_manager->thread() != QThread::currentThread()) {
        releaseManager(m_manager);
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_manager.get();
}

Result<HttpResponse> HttpFetcher::get(const Prepare& prepare, const QString& what, qint64 maxBytes,
                                      const CancelToken& cancel) {
    return run(prepare, what, maxBytes, nullptr, cancel);
}

Result<HttpResponse> HttpFetcher::stream(const Prepare& prepare, const QString& what, const ChunkSink& sink,
                                         const CancelToken& cancel) {
    return run(prepare, what, -1, &sink, cancel);
}

Result<HttpResponse> HttpFetcher::run(const Prepare& prepare, const QString& what, qint64 maxBytes,
                                      const ChunkSink* sink, const CancelToken& cancel) {
    if (Status s = validate(); !s)
        return s.error();
    QList<QSslCertificate> extraCas;
    if (!m_options.caFile.isEmpty())
        extraCas = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);

    const int attempts = std::max(1, m_options.maxAttempts);
    // A stream survives broken connections: the sink has taken `streamed` bytes of an object of
    // `total` bytes with this ETag, and the next attempt asks for the rest only.
    qint64 streamed = 0;
    qint64 total = -1;
    QByteArray etag;
    const auto changedOnServer = [&what] {
        return Error::make(Error::Kind::Corrupt,
                           tr("%1 changed on the server while it was read; read it again.").arg(what));
    };
    for (int attempt = 1;; ++attempt) {
        if (cancel.isCancelled())
            return Error::make(Error::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(what));

        Headers extra;
        const bool resuming = sink && streamed > 0;
        if (resuming) {
            extra.append({"Range", "bytes=" + QByteArray::number(streamed) + '-'});
            if (!etag.isEmpty())
                extra.append({"If-Match", etag});
        }
        QNetworkRequest request = prepare(extra);
        const QString host = request.url().host();
        if (request.url().scheme() == QLatin1String("https")) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
            if (!extraCas.isEmpty())
                ssl.addCaCertificates(extraCas);
            request.setSslConfiguration(ssl);
        }
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

        QNetworkReply* reply = manager()->get(request);
        reply->setReadBufferSize(kReadBuffer);

        HttpResponse response;
        qint64 delivered = 0; // body bytes of this attempt
        qint64 skip = 0;      // of a server that ignored Range and sent the whole object again
        bool bodyStarted = false;
        bool timedOut = false;
        bool cancelled = false;
        std::optional<Error> stop;
        QStringList sslProblems;

        QEventLoop loop;
        QTimer idle;
        idle.setSingleShot(true);
        idle.setInterval(m_options.idleTimeoutMs);
        QTimer poll;
        poll.setInterval(50);

        auto readStatus = [&] {
            if (response.status == 0)
                response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        auto abortWith = [&](Error e) {
            if (!stop)
                stop = std::move(e);
            reply->abort();
        };
        // The first body bytes of a resumed stream: are they the ones asked for, of the same object?
        auto startBody = [&]() -> std::optional<Error> {
            bodyStarted = true;
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (!resuming) {
                etag = reply->rawHeader("ETag");
                total = length > 0 ? length : -1;
                return std::nullopt;
            }
            if (response.status == 206) {
                // Content-Range: bytes START-END/TOTAL
                static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
                const auto m = range.match(QString::fromLatin1(reply->rawHeader("Content-Range").trimmed()));
                if (!m.hasMatch() || m.captured(1).toLongLong() != streamed)
                    return Error::make(
                        Error::Kind::Network,
                        tr("The storage server %1 answered the rest of %2 with other bytes than "
                           "were asked for; try again.")
                            .arg(host, what));
                if (total > 0 && m.captured(3) != QLatin1String("*") && m.captured(3).toLongLong() != total)
                    return changedOnServer();
                return std::nullopt;
            }
            if (total > 0 && length > 0 && length != total)
                return changedOnServer();
            skip = streamed; // 200: the whole object again; what the sink has is passed over
            return std::nullopt;
        };
        auto consume = [&] {
            readStatus();
            const QByteArray data = reply->readAll();
            if (data.isEmpty() || stop)
                return;
            if (sink && response.isSuccess()) {
                if (!bodyStarted)
                    if (auto e = startBody()) {
                        abortWith(std::move(*e));
                        return;
                    }
                delivered += data.size();
                QByteArrayView rest(data);
                const qint64 passOver = std::min<qint64>(skip, rest.size());
                rest = rest.sliced(passOver);
                skip -= passOver;
                if (rest.isEmpty())
                    return;
                streamed += rest.size();
                if (Status s = (*sink)(rest); !s)
                    abortWith(s.error());
                return;
            }
            if (!sink && response.isSuccess() && maxBytes >= 0 &&
                response.body.size() + data.size() > maxBytes) {
                abortWith(Error::make(Error::Kind::BadInput,
                                      tr("%1 is larger than %2 bytes, the most this app reads of it at once.")
                                          .arg(what)
                                          .arg(maxBytes)));
                return;
            }
            const qint64 cap = response.isSuccess() ? std::numeric_limits<qint64>::max() : kErrorBodyCap;
            response.body.append(data.first(std::min<qint64>(data.size(), cap - response.body.size())));
            delivered += data.size();
        };
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            idle.start();
            consume();
        });
        QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError>& errors) {
            for (const QSslError& e : errors)
                sslProblems << e.errorString();
        });
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] { idle.start(); });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            reply->abort();
        });
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel.isCancelled()) {
                cancelled = true;
                reply->abort();
            }
        });
        idle.start();
        poll.start();
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        idle.stop();
        poll.stop();
        if (!stop && !cancelled && !timedOut)
            consume(); // what arrived with the end of the transfer

        readStatus();
        const QNetworkReply::NetworkError netError = reply->error();
        // Qt's texts may quote the URL, and a URL may carry a SAS token.
        const QString netErrorText = Redactor::redact(reply->errorString());
        for (const QByteArray& name : reply->rawHeaderList())
            response.headers.append({name, reply->rawHeader(name)});
        const qint64 expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        delete reply;

        if (stop)
            return *stop;
        if (cancelled)
            return Error::make(Error::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(what));
        if (timedOut)
            return Error::make(Error::Kind::Timeout,
                               tr("The storage server %1 sent nothing for %2 s while %3 was read; check the "
                                  "endpoint and the network, or try again later.")
                                   .arg(host)
                                   .arg(m_options.idleTimeoutMs / 1000.0)
                                   .arg(what));

        const bool httpAnswered = response.status > 0;
        if (resuming && response.status == 412)
            return changedOnServer();
        // Qt does not always flag a connection closed before Content-Length bytes; count them.
        const bool identity = response.header("Content-Encoding").isEmpty();
        const bool shortBody = identity && ((expected > 0 && delivered < expected) ||
                                            (sink && response.isSuccess() && total > 0 && streamed < total));
        const bool bodyCut =
            httpAnswered && response.isSuccess() &&
            ((netError != QNetworkReply::NoError && netError != QNetworkReply::OperationCanceledError) ||
             shortBody);
        if (bodyCut) {
            // A GET of a stored object is idempotent: a cut body is fetched again, from the start for
            // get() (which only buffered it), from where it broke for a stream (whose sink must never
            // see a byte twice). A compressed transfer cannot be resumed by byte ranges, only restarted
            // before its first byte reached the sink.
            if ((!sink || identity || streamed == 0) && attempt < attempts) {
                if (!cancel.sleepUnlessCancelled(std::chrono::milliseconds(m_options.baseBackoffMs)))
                    return Error::make(Error::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(what));
                continue;
            }
            const qint64 got = sink ? streamed : delivered;
            const qint64 size = sink && total > 0 ? total : expected;
            return Error::make(Error::Kind::Network,
                               size > 0 ? tr("The connection to %1 broke after %2 of %3 bytes of %4; try "
                                             "again.")
                                              .arg(host)
                                              .arg(got)
                                              .arg(size)
                                              .arg(what)
                                        : tr("The connection to %1 broke after %2 bytes of %3; try again.")
                                              .arg(host)
                                              .arg(got)
                                              .arg(what),
                               netErrorText);
        }
        if (!httpAnswered) {
            if (netError == QNetworkReply::SslHandshakeFailedError)
                return Error::make(
                    Error::Kind::Network,
                    tr("The TLS certificate of %1 could not be verified, so %2 was not read. If the "
                       "server uses a private CA, give its certificate as the CA file.")
                        .arg(host, what),
                    sslProblems.join(QLatin1Char('\n')));
            const bool transient = netError == QNetworkReply::RemoteHostClosedError ||
                                   netError == QNetworkReply::TemporaryNetworkFailureError ||
                                   netError == QNetworkReply::NetworkSessionFailedError;
            if (transient && attempt < attempts) {
                const qint64 delay = std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.baseBackoffMs)
                                                                                  << (attempt - 1));
                if (!cancel.sleepUnlessCancelled(std::chrono::milliseconds(delay)))
                    return Error::make(Error::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(what));
                continue;
            }
            return Error::make(Error::Kind::Network,
                               tr("Cannot reach the storage server %1 to read %2: %3. Check the endpoint, "
                                  "the network and any proxy.")
                                   .arg(host, what, netErrorText));
        }
        if (retryableStatus(response.status) && attempt < attempts) {
            qint64 delay = retryAfterMs(response.header("Retry-After"));
            if (delay < 0)
                delay = qint64(m_options.baseBackoffMs) << (attempt - 1);
            delay = std::min<qint64>(delay, m_options.maxBackoffMs);
            if (!cancel.sleepUnlessCancelled(std::chrono::milliseconds(delay)))
                return Error::make(Error::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(what));
            continue;
        }
        return response;
    }
}

} // namespace aks
