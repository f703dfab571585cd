#pragma once

#include "core/Result.h"
#include "jobs/CancelToken.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSslConfiguration;

namespace aks {

struct HttpOptions {
    int idleTimeoutMs = 30000; // no byte from the server for this long: give up
    int maxAttempts = 4;       // for 429/500/502/503/504 and dropped connections (a stream goes on
                               // from where it broke with a Range request)
    int baseBackoffMs = 500;   // doubled after each attempt
    int maxBackoffMs = 8000;   // and for Retry-After
    QString caFile;            // extra CA certificates (PEM) trusted besides the system's
};

struct HttpResponse {
    int status = 0;
    QByteArray body; // the whole body (get) or, for a non-2xx answer to stream(), its first 64 KiB
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// Blocking HTTP GETs for the storage clients, safe on a worker thread: an idle timeout, the cancel
// token, retries with exponential backoff on throttling and server errors (honouring Retry-After),
// TLS always verified, redirects refused (they would break request signatures). The request is
// rebuilt for each attempt by `prepare`, so signatures carry a fresh date and cover the extra
// headers of that attempt (Range and If-Match when a stream is resumed). `what` names the object
// in errors; URLs never appear in errors since they may carry a SAS token.
class HttpFetcher {
    Q_DECLARE_TR_FUNCTIONS(HttpFetcher)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Builds (and signs) the request, with `extra` headers set and signed too.
    using Prepare = std::function<QNetworkRequest(const Headers& extra)>;
    using ChunkSink = std::function<Status(QByteArrayView chunk)>;

    explicit HttpFetcher(HttpOptions options = {});
    ~HttpFetcher();
    HttpFetcher(const HttpFetcher&) = delete;
    HttpFetcher& operator=(const HttpFetcher&) = delete;

    // Checks the CA file once; the stores call this when they open.
    Status validate() const;

    // The whole body, refusing more than maxBytes. Any HTTP status is a response; transport
    // failures (timeout, refused, TLS) are errors.
    Result<HttpResponse> get(const Prepare& prepare, const QString& what, qint64 maxBytes,
                             const CancelToken& cancel);
    // A 2xx body goes to the sink chunk by chunk as it arrives; other answers come back buffered.
    // A connection that breaks mid-body is resumed where it broke (Range, If-Match on the ETag), so
    // the sink sees every byte exactly once, in order, or gets an error.
    Result<HttpResponse> stream(const Prepare& prepare, const QString& what, const ChunkSink& sink,
                                const CancelToken& cancel);

    const HttpOptions& options() const { return m_options; }

private:
    Result<HttpResponse> run(const Prepare& prepare, const QString& what, qint64 maxBytes,
                             const ChunkSink* sink, const CancelToken& cancel);
    QNetworkAccessManager* manager();

    HttpOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace aks
