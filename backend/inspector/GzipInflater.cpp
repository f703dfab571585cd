#include "GzipInflater.h"

#include <isa-l/igzip_lib.h>

namespace aks {
namespace {
constexpr qsizetype kOutSize = 256 * 1024;

QString isalError(int code) {
    switch (code) {
    case ISAL_INVALID_BLOCK:
        return QStringLiteral("invalid deflate block");
    case ISAL_INVALID_SYMBOL:
        return QStringLiteral("invalid deflate symbol");
    case ISAL_INVALID_LOOKBACK:
        return QStringLiteral("invalid lookback distance");
    case ISAL_INVALID_WRAPPER:
        return QStringLiteral("not a gzip header");
    case ISAL_UNSUPPORTED_METHOD:
        return QStringLiteral("unsupported compression method");
    case ISAL_INCORRECT_CHECKSUM:
        return QStringLiteral("checksum mismatch");
    default:
        return QStringLiteral("decoder error %1").arg(code);
    }
}
} // namespace

GzipInflater::GzipInflater(InflateLimits limits)
    : m_state(std::make_unique<inflate_state>()), m_out(kOutSize, Qt::Uninitialized), m_limits(limits) {
    isal_inflate_init(m_state.get());
    m_state->crc_flag = ISAL_GZIP;
}

GzipInflater::~GzipInflater() = default;

void GzipInflater::resetMember() {
    uint8_t* in = m_state->next_in;
    const uint32_t avail = m_state->avail_in;
    isal_inflate_reset(m_state.get());
    m_state->crc_flag = ISAL_GZIP;
    m_state->next_in = in;
    m_state->avail_in = avail;
}

Status GzipInflater::feed(QByteArrayView compressed, const Sink& sink) {
    m_compressed += compressed.size();
    m_state->next_in = reinterpret_cast<uint8_t*>(const_cast<char*>(compressed.data()));
    m_state->avail_in = static_cast<uint32_t>(compressed.size());
    for (;;) {
        if (!m_inMember) {
            if (m_state->avail_in == 0)
                return {};
            if (m_members > 0)
                resetMember();
            m_inMember = true;
        }
        m_state->next_out = reinterpret_cast<uint8_t*>(m_out.data());
        m_state->avail_out = static_cast<uint32_t>(m_out.size());
        const int ret = isal_inflate(m_state.get());
        const qsizetype produced = m_out.size() - static_cast<qsizetype>(m_state->avail_out);
        if (ret < 0)
            return Error::make(Error::Kind::Corrupt, tr("corrupt gzip data (%1) after %2 compressed bytes")
                                                         .arg(isalError(ret))
                                                         .arg(m_compressed - m_state->avail_in));
        if (produced > 0) {
            m_inflated += produced;
            if (m_inflated > m_limits.maxInflatedBytes)
                return Error::make(Error::Kind::Corrupt,
                                   tr("inflates to more than %1 bytes, the cap for one artifact")
                                       .arg(m_limits.maxInflatedBytes));
            const qint64 in = std::max<qint64>(1, m_compressed - m_state->avail_in);
            if (m_inflated > m_limits.ratioGraceBytes && double(m_inflated) / double(in) > m_limits.maxRatio)
                return Error::make(Error::Kind::Corrupt,
                                   tr("inflates more than %1 times its compressed size: refused as a "
                                      "decompression bomb")
                                       .arg(m_limits.maxRatio));
            if (Status st = sink(QByteArrayView(m_out.constData(), produced)); !st)
                return st;
        }
        if (m_state->block_state == ISAL_BLOCK_FINISH) {
            m_inMember = false;
            ++m_members;
            continue;
        }
        if (m_state->avail_in == 0 && m_state->avail_out != 0)
            return {};
    }
}

Status GzipInflater::finish() const {
    if (m_members == 0 && !m_inMember)
        return Error::make(Error::Kind::Corrupt, tr("empty: no gzip data"));
    if (m_inMember)
        return Error::make(Error::Kind::Corrupt,
                           tr("truncated: the gzip stream ends after %1 compressed bytes, before its end "
                              "marker (the upload or download was cut short)")
                               .arg(m_compressed));
    return {};
}

Result<QByteArray> GzipInflater::inflateAll(QByteArrayView compressed, qint64 maxInflated) {
    InflateLimits limits;
    limits.maxInflatedBytes = maxInflated;
    GzipInflater inflater(limits);
    QByteArray out;
    Status st = inflater.feed(compressed, [&out](QByteArrayView chunk) {
        out.append(chunk);
        return Status();
    });
    if (!st)
        return st.error();
    if (Status fin = inflater.finish(); !fin)
        return fin.error();
    return out;
}

} // namespace aks
