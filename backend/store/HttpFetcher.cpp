#include "HttpFetcher.h"

#include "HttpAttempt.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>

namespace aks {
namespace {

constexpr qint64 kReadBuffer = 256 * 1024;

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

    // A stream survives broken connections: each attempt asks for what the sink has not taken yet.
    HttpResumeState resume;
    for (int attempt = 1;; ++attempt) {
        if (cancel.isCancelled())
            return HttpAttempt::cancelledError(what);
        QNetworkRequest request = prepare(resume.headers(sink != nullptr));
        if (request.url().scheme() == QLatin1String("https")) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
            if (!extraCas.isEmpty())
                ssl.addCaCertificates(extraCas);
            request.setSslConfiguration(ssl);
        }
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

        HttpAttempt current({what, request.url().host(), maxBytes, sink}, resume);
        QNetworkReply* reply = manager()->get(request);
        reply->setReadBufferSize(kReadBuffer);
        current.exec(reply, m_options.idleTimeoutMs, cancel);
        HttpAttempt::Next next = current.next(attempt, m_options);
        if (next.result)
            return std::move(*next.result);
        if (!cancel.sleepUnlessCancelled(std::chrono::milliseconds(next.retryDelayMs)))
            return HttpAttempt::cancelledError(what);
    }
}

} // namespace aks
