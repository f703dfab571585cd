#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>
#include <memory>

struct inflate_state;

namespace aks {

// Caps that keep a hostile gzip stream from using unbounded memory or time.
struct InflateLimits {
    qint64 maxInflatedBytes = qint64(64) << 30;
    // Beyond ratioGraceBytes of output, more than maxRatio output bytes per input byte is a bomb.
    double maxRatio = 400.0;
    qint64 ratioGraceBytes = qint64(64) << 20;
};

// Streaming gzip decoder (ISA-L) into a fixed buffer: compressed bytes in, inflated chunks out to a
// sink, memory independent of the stream's size. Accepts concatenated gzip members.
class GzipInflater {
    Q_DECLARE_TR_FUNCTIONS(GzipInflater)

public:
    using Sink = std::function<Status(QByteArrayView)>;

    explicit GzipInflater(InflateLimits limits = {});
    ~GzipInflater();
    GzipInflater(const GzipInflater&) = delete;
    GzipInflater& operator=(const GzipInflater&) = delete;

    // Errors describe the defect only ("corrupt gzip data ..."); callers add which artifact it was.
    Status feed(QByteArrayView compressed, const Sink& sink);
    // After the last feed: fails when the stream stopped before a gzip member's end.
    Status finish() const;

    qint64 inflatedBytes() const { return m_inflated; }
    qint64 compressedBytes() const { return m_compressed; }

    // Convenience for small artifacts: the whole inflated content, at most maxInflated bytes.
    static Result<QByteArray> inflateAll(QByteArrayView compressed, qint64 maxInflated);

private:
    void resetMember();
    std::unique_ptr<inflate_state> m_state;
    QByteArray m_out;
    InflateLimits m_limits;
    qint64 m_inflated = 0;
    qint64 m_compressed = 0;
    int m_members = 0;
    bool m_inMember = false;
};

} // namespace aks
