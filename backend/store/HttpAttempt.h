#pragma once

#include "HttpFetcher.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace aks {

// What a stream has handed its sink over all attempts, so the next attempt asks for the rest only:
// `streamed` bytes of an object of `total` bytes (-1: unknown) with this ETag.
struct HttpResumeState {
    qint64 streamed = 0;
    qint64 total = -1;
    QByteArray etag;

    bool resuming(bool streaming) const { return streaming && streamed > 0; }
    // Range and If-Match when a stream goes on from where the last attempt broke.
    HttpFetcher::Headers headers(bool streaming) const;
};

// One attempt of HttpFetcher's GET: runs the reply to its end (idle timeout, cancel), hands the body
// to the sink or buffers it, then says what follows: the answer, an error, or another attempt after
// a delay. HttpFetcher only builds the requests and loops.
class HttpAttempt {
    Q_DECLARE_TR_FUNCTIONS(HttpFetcher)

public:
    struct Target {
        QString what;                                 // names the object in errors
        QString host;                                 // of the request, for errors
        qint64 maxBytes = -1;                         // for a buffered get
        const HttpFetcher::ChunkSink* sink = nullptr; // for a stream
    };
    // Either the end of the GET (an answer or an error) or a retry after retryDelayMs.
    struct Next {
        std::optional<Result<HttpResponse>> result;
        qint64 retryDelayMs = 0;
    };

    HttpAttempt(Target target, HttpResumeState& resume);
    HttpAttempt(const HttpAttempt&) = delete;
    HttpAttempt& operator=(const HttpAttempt&) = delete;

    // Takes the reply and runs it to its end.
    void exec(QNetworkReply* reply, int idleTimeoutMs, const CancelToken& cancel);
    // What follows this attempt, the `attempt`-th of options.maxAttempts.
    Next next(int attempt, const HttpOptions& options) const;

    static Error cancelledError(const QString& what);

private:
    void readStatus();
    void abortWith(Error e);
    std::optional<Error> startBody();
    void consume();
    void collect();
    Error changedOnServer() const;
    // Another attempt after delayMs, unless this was the last.
    std::optional<Next> retry(int attempt, const HttpOptions& options, qint64 delayMs) const;
    Error bodyCutError() const;

    Target m_target;
    HttpResumeState& m_resume;
    const bool m_resuming;
    QNetworkReply* m_reply = nullptr;
    QEventLoop m_loop;
    QTimer m_idle;

    HttpResponse m_response;
    qint64 m_delivered = 0; // body bytes of this attempt
    qint64 m_skip = 0;      // of a server that ignored Range and sent the whole object again
    bool m_bodyStarted = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    std::optional<Error> m_stop;
    QStringList m_sslProblems;
    int m_netError = 0; // QNetworkReply::NetworkError
    QString m_netErrorText;
    qint64 m_expected = 0; // Content-Length
};

} // namespace aks
