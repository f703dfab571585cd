// Shared by the harnesses (a header, so CMakeLists.txt does not take it for one): an in-memory
// backup store and a gzip writer, so store-level readers can be fed straight from the fuzz input.
#pragma once

#include "store/BackupStore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

namespace aksfuzz {

// The run script passes -max_len=1048576; longer inputs (a corpus file someone added by hand) are
// skipped rather than parsed, so every harness stays bounded in time and memory.
inline constexpr size_t kMaxInput = 1 << 20;

inline QByteArrayView bytes(const uint8_t* data, size_t size) {
    return QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

inline bool isGzip(QByteArrayView b) {
    return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f &&
           static_cast<unsigned char>(b[1]) == 0x8b;
}

inline quint32 crc32(QByteArrayView b) {
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (const char ch : b)
        c = table[(c ^ static_cast<unsigned char>(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

// A valid gzip member holding `plain` in stored (uncompressed) deflate blocks: lets the fuzzer reach
// what sits behind the inflater (tar headers, artifact JSON) without producing valid deflate data.
inline QByteArray storedGzip(QByteArrayView plain) {
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    const auto le32 = [&out](quint32 v) {
        for (int i = 0; i < 4; ++i)
            out.append(static_cast<char>((v >> (8 * i)) & 0xff));
    };
    qsizetype pos = 0;
    do {
        const qsizetype n = std::min<qsizetype>(0xffff, plain.size() - pos);
        const bool last = pos + n == plain.size();
        out.append(static_cast<char>(last ? 1 : 0));
        out.append(static_cast<char>(n & 0xff));
        out.append(static_cast<char>(n >> 8));
        out.append(static_cast<char>(~n & 0xff));
        out.append(static_cast<char>((~n >> 8) & 0xff));
        out.append(plain.sliced(pos, n));
        pos += n;
    } while (pos < plain.size());
    le32(crc32(plain));
    le32(static_cast<quint32>(plain.size()));
    return out;
}

// A backup store holding a few objects in memory. readStream hands them out in chunks of a size the
// harness picks, so the streaming parsers see their input split at arbitrary places.
class MemoryStore : public aks::BackupStore {
public:
    void put(const QString& key, QByteArray data) { m_objects.insert(key, std::move(data)); }
    void setChunkSize(qsizetype n) { m_chunk = std::max<qsizetype>(1, n); }

    QString displayName() const override { return QStringLiteral("memory://fuzz"); }

    aks::Result<QList<aks::StoreObject>> list(const QString& prefix, const aks::CancelToken&) override {
        QList<aks::StoreObject> out;
        for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
            if (it.key().startsWith(prefix))
                out.append(aks::StoreObject{it.key(), it.value().size(), {}});
        return out;
    }

    aks::Result<QByteArray> read(const QString& key, qint64 maxBytes, const aks::CancelToken&) override {
        const auto it = m_objects.constFind(key);
        if (it == m_objects.cend())
            return notFound(key);
        if (it.value().size() > maxBytes)
            return aks::Error::make(aks::Error::Kind::Corrupt, QStringLiteral("%1 is too large").arg(key));
        return it.value();
    }

    aks::Status readStream(const QString& key, const ChunkSink& sink, const aks::CancelToken&) override {
        const auto it = m_objects.constFind(key);
        if (it == m_objects.cend())
            return notFound(key);
        const QByteArrayView all(it.value());
        for (qsizetype pos = 0; pos < all.size(); pos += m_chunk)
            if (aks::Status st = sink(all.sliced(pos, std::min(m_chunk, all.size() - pos))); !st)
                return st;
        return {};
    }

    aks::Result<aks::StoreObject> stat(const QString& key, const aks::CancelToken&) override {
        const auto it = m_objects.constFind(key);
        if (it == m_objects.cend())
            return notFound(key);
        return aks::StoreObject{key, it.value().size(), {}};
    }

private:
    static aks::Error notFound(const QString& key) {
        return aks::Error::make(aks::Error::Kind::NotFound,
                                QStringLiteral("%1 is not in the store").arg(key));
    }
    QMap<QString, QByteArray> m_objects;
    qsizetype m_chunk = 64 * 1024;
};

} // namespace aksfuzz
