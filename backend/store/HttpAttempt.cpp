#include "HttpAttempt.h"

#include "core/Redactor.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace aks {
namespace {

constexpr qint64 kErrorBodyCap = 64 * 1024;

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

HttpAttempt::HttpAttempt(Target target, HttpResumeState& resume)
    : m_target(std::move(target)), m_resume(resume), m_resuming(resume.resuming(m_target.sink != nullptr)) {
    m_idle.setSingleShot(true);
}

Error HttpAttempt::cancelledError(const QString& what) {
    return Error::make(Error::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(what));
}

Error HttpAttempt::changedOnServer() const {
    return Error::make(Error::Kind::Corrupt,
                       tr("%1 changed on the server while it was read; read it again.").arg(m_target.what));
}

HttpFetcher::Headers HttpResumeState::headers(bool streaming) const {
    HttpFetcher::Headers extra;
    if (resuming(streaming)) {
        extra.append({"Range", "bytes=" + QByteArray::number(streamed) + '-'});
        if (!etag.isEmpty())
            extra.append({"If-Match", etag});
    }
    return extra;
}

void HttpAttempt::readStatus() {
    if (m_response.status == 0)
        m_response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void HttpAttempt::abortWith(Error e) {
    if (!m_stop)
        m_stop = std::move(e);
    m_reply->abort();
}

// The first body bytes of a resumed stream: are they the ones asked for, of the same object?
std::optional<Error> HttpAttempt::startBody() {
    m_bodyStarted = true;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (!m_resuming) {
        m_resume.etag = m_reply->rawHeader("ETag");
        m_resume.total = length > 0 ? length : -1;
        return std::nullopt;
    }
    if (m_response.status == 206) {
        // Content-Range: bytes START-END/TOTAL
        static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto m = range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range").trimmed()));
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_resume.streamed)
            return Error::make(Error::Kind::Network,
                               tr("The storage server %1 answered the rest of %2 with other bytes than "
                                  "were asked for; try again.")
                                   .arg(m_target.host, m_target.what));
        if (m_resume.total > 0 && m.captured(3) != QLatin1String("*") &&
            m.captured(3).toLongLong() != m_resume.total)
            return changedOnServer();
        return std::nullopt;
    }
    if (m_resume.total > 0 && length > 0 && length != m_resume.total)
        return changedOnServer();
    m_skip = m_resume.streamed; // 200: the whole object again; what the sink has is passed over
    return std::nullopt;
}

void HttpAttempt::consume() {
    readStatus();
    const QByteArray data = m_reply->readAll();
    if (data.isEmpty() || m_stop)
        return;
    const HttpFetcher::ChunkSink* sink = m_target.sink;
    if (sink && m_response.isSuccess()) {
        if (!m_bodyStarted)
            if (auto e = startBody()) {
                abortWith(std::move(*e));
                return;
            }
        m_delivered += data.size();
        QByteArrayView rest(data);
        const qint64 passOver = std::min<qint64>(m_skip, rest.size());
        rest = rest.sliced(passOver);
        m_skip -= passOver;
        if (rest.isEmpty())
            return;
        m_resume.streamed += rest.size();
        if (Status s = (*sink)(rest); !s)
            abortWith(s.error());
        return;
    }
    if (!sink && m_response.isSuccess() && m_target.maxBytes >= 0 &&
        m_response.body.size() + data.size() > m_target.maxBytes) {
        abortWith(Error::make(Error::Kind::BadInput,
                              tr("%1 is larger than %2 bytes, the most this app reads of it at once.")
                                  .arg(m_target.what)
                                  .arg(m_target.maxBytes)));
        return;
    }
    const qint64 cap = m_response.isSuccess() ? std::numeric_limits<qint64>::max() : kErrorBodyCap;
    m_response.body.append(data.first(std::min<qint64>(data.size(), cap - m_response.body.size())));
    m_delivered += data.size();
}

void HttpAttempt::exec(QNetworkReply* reply, int idleTimeoutMs, const CancelToken& cancel) {
    m_reply = reply;
    QObject::connect(reply, &QNetworkReply::readyRead, &m_loop, [this] {
        m_idle.start();
        consume();
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, &m_loop, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            m_sslProblems << e.errorString();
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &m_loop, [this] { m_idle.start(); });
    QObject::connect(reply, &QNetworkReply::finished, &m_loop, &QEventLoop::quit);
    QObject::connect(&m_idle, &QTimer::timeout, &m_loop, [this] {
        m_timedOut = true;
        m_reply->abort();
    });
    {
        // The cancel arrives on another thread; the abort is queued to this one. A call still queued
        // when the loop object goes away is dropped with it.
        const auto onCancel = cancel.onCancel([this] {
            QMetaObject::invokeMethod(
                &m_loop,
                [this] {
                    if (!m_reply || m_reply->isFinished())
                        return;
                    m_cancelled = true;
                    m_reply->abort();
                },
                Qt::QueuedConnection);
        });
        m_idle.start(idleTimeoutMs);
        if (!reply->isFinished())
            m_loop.exec(QEventLoop::ExcludeUserInputEvents);
        m_idle.stop();
    }
    if (!m_stop && !m_cancelled && !m_timedOut)
        consume(); // what arrived with the end of the transfer
    collect();
}

void HttpAttempt::collect() {
    readStatus();
    m_netError = m_reply->error();
    // Qt's texts may quote the URL, and a URL may carry a SAS token.
    m_netErrorText = Redactor::redact(m_reply->errorString());
    for (const QByteArray& name : m_reply->rawHeaderList())
        m_response.headers.append({name, m_reply->rawHeader(name)});
    m_expected = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    delete m_reply;
    m_reply = nullptr;
}

std::optional<HttpAttempt::Next> HttpAttempt::retry(int attempt, const HttpOptions& options,
                                                    qint64 delayMs) const {
    if (attempt >= std::max(1, options.maxAttempts))
        return std::nullopt;
    return Next{std::nullopt, delayMs};
}

Error HttpAttempt::bodyCutError() const {
    const bool streaming = m_target.sink != nullptr;
    const qint64 got = streaming ? m_resume.streamed : m_delivered;
    const qint64 size = streaming && m_resume.total > 0 ? m_resume.total : m_expected;
    return Error::make(Error::Kind::Network,
                       size > 0 ? tr("The connection to %1 broke after %2 of %3 bytes of %4; try "
                                     "again.")
                                      .arg(m_target.host)
                                      .arg(got)
                                      .arg(size)
                                      .arg(m_target.what)
                                : tr("The connection to %1 broke after %2 bytes of %3; try again.")
                                      .arg(m_target.host)
                                      .arg(got)
                                      .arg(m_target.what),
                       m_netErrorText);
}

HttpAttempt::Next HttpAttempt::next(int attempt, const HttpOptions& options) const {
    const QString& what = m_target.what;
    const QString& host = m_target.host;
    if (m_stop)
        return {*m_stop};
    if (m_cancelled)
        return {cancelledError(what)};
    if (m_timedOut)
        return {Error::make(Error::Kind::Timeout,
                            tr("The storage server %1 sent nothing for %2 s while %3 was read; check the "
                               "endpoint and the network, or try again later.")
                                .arg(host)
                                .arg(options.idleTimeoutMs / 1000.0)
                                .arg(what))};

    const bool httpAnswered = m_response.status > 0;
    if (m_resuming && m_response.status == 412)
        return {changedOnServer()};
    // Qt does not always flag a connection closed before Content-Length bytes; count them.
    const HttpFetcher::ChunkSink* sink = m_target.sink;
    const bool identity = m_response.header("Content-Encoding").isEmpty();
    const bool shortBody =
        identity &&
        ((m_expected > 0 && m_delivered < m_expected) ||
         (sink && m_response.isSuccess() && m_resume.total > 0 && m_resume.streamed < m_resume.total));
    const auto netError = QNetworkReply::NetworkError(m_netError);
    const bool bodyCut =
        httpAnswered && m_response.isSuccess() &&
        ((netError != QNetworkReply::NoError && netError != QNetworkReply::OperationCanceledError) ||
         shortBody);
    if (bodyCut) {
        // A GET of a stored object is idempotent: a cut body is fetched again, from the start for
        // get() (which only buffered it), from where it broke for a stream (whose sink must never
        // see a byte twice). A compressed transfer cannot be resumed by byte ranges, only restarted
        // before its first byte reached the sink.
        if (!sink || identity || m_resume.streamed == 0)
            if (auto n = retry(attempt, options, options.baseBackoffMs))
                return *n;
        return {bodyCutError()};
    }
    if (!httpAnswered) {
        if (netError == QNetworkReply::SslHandshakeFailedError)
            return {Error::make(Error::Kind::Network,
                                tr("The TLS certificate of %1 could not be verified, so %2 was not read. If "
                                   "the server uses a private CA, give its certificate as the CA file.")
                                    .arg(host, what),
                                m_sslProblems.join(QLatin1Char('\n')))};
        const bool transient = netError == QNetworkReply::RemoteHostClosedError ||
                               netError == QNetworkReply::TemporaryNetworkFailureError ||
                               netError == QNetworkReply::NetworkSessionFailedError;
        if (transient) {
            const qint64 delay =
                std::min<qint64>(options.maxBackoffMs, qint64(options.baseBackoffMs) << (attempt - 1));
            if (auto n = retry(attempt, options, delay))
                return *n;
        }
        return {Error::make(Error::Kind::Network,
                            tr("Cannot reach the storage server %1 to read %2: %3. Check the endpoint, "
                               "the network and any proxy.")
                                .arg(host, what, m_netErrorText))};
    }
    if (retryableStatus(m_response.status)) {
        qint64 delay = retryAfterMs(m_response.header("Retry-After"));
        if (delay < 0)
            delay = qint64(options.baseBackoffMs) << (attempt - 1);
        if (auto n = retry(attempt, options, std::min<qint64>(delay, options.maxBackoffMs)))
            return *n;
    }
    return {m_response};
}

} // namespace aks
