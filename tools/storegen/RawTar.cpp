#include "RawTar.h"

#include "ArchiveWriter.h"

#include <QFile>
#include <QScopeGuard>

#include <archive.h>

#include <cstring>

namespace aks::storegen::rawtar {
namespace {
constexpr int kBlock = 512;

void putOctal(char* field, int width, qint64 value) {
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray padded(const QByteArray& data) {
    return data + QByteArray((kBlock - data.size() % kBlock) % kBlock, '\0');
}

Result<QByteArray> inflate(const QString& path) {
    archive* a = archive_read_new();
    auto cleanup = qScopeGuard([a] { archive_read_free(a); });
    archive_entry* e = nullptr;
    if (archive_read_support_filter_gzip(a) != ARCHIVE_OK ||
        archive_read_support_format_raw(a) != ARCHIVE_OK ||
        archive_read_open_filename(a, QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK ||
        archive_read_next_header(a, &e) != ARCHIVE_OK)
        return Error::make(
            Error::Kind::Corrupt,
            QStringLiteral("Cannot read %1: %2").arg(path, QString::fromUtf8(archive_error_string(a))));
    QByteArray out;
    char buf[1 << 16];
    la_ssize_t n = 0;
    while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
        out.append(buf, qsizetype(n));
    if (n < 0)
        return Error::make(Error::Kind::Corrupt, QStringLiteral("Cannot inflate %1").arg(path));
    return out;
}

// Where the end-of-archive marker starts: after the last entry's padded data.
qsizetype endMarker(const QByteArray& tar) {
    qsizetype pos = 0;
    while (pos + kBlock <= tar.size()) {
        const QByteArray header = tar.mid(pos, kBlock);
        if (header.count('\0') == kBlock)
            return pos;
        const qint64 size = QByteArray(header.constData() + 124, 11).toLongLong(nullptr, 8);
        pos += kBlock + (size + kBlock - 1) / kBlock * kBlock;
    }
    return -1;
}
} // namespace

QByteArray entry(const QByteArray& name, const QByteArray& data, char type, Style style, qint64 headerSize,
                 const QByteArray& prefixBytes) {
    QByteArray h(kBlock, '\0');
    char* p = h.data();
    memcpy(p, name.constData(), size_t(std::min<qsizetype>(name.size(), 100)));
    putOctal(p + 100, 8, 0755);
    putOctal(p + 108, 8, 0);
    putOctal(p + 116, 8, 0);
    putOctal(p + 124, 12, headerSize >= 0 ? headerSize : data.size());
    putOctal(p + 136, 12, 1764000000);
    p[156] = type;
    if (style == Style::Ustar)
        memcpy(p + 257,
               "ustar\0"
               "00",
               8);
    else
        memcpy(p + 257, "ustar  \0", 8);
    memcpy(p + 345, prefixBytes.constData(), size_t(std::min<qsizetype>(prefixBytes.size(), 155)));
    memset(p + 148, ' ', 8);
    qint64 sum = 0;
    for (char c : h)
        sum += static_cast<unsigned char>(c);
    putOctal(p + 148, 7, sum);
    p[155] = ' ';
    return h + padded(data);
}

QByteArray paxHeader(const QList<QPair<QByteArray, QByteArray>>& records) {
    QByteArray body;
    for (const auto& [key, value] : records) {
        const QByteArray rest = ' ' + key + '=' + value + '\n';
        // The length counts its own digits: grow until it fits.
        qsizetype len = rest.size() + 1;
        while (QByteArray::number(len).size() + rest.size() != len)
            ++len;
        body += QByteArray::number(len) + rest;
    }
    return entry("PaxHeaders/entry", body, 'x');
}

Status spliceIntoTarGz(const QString& tarGzPath, const QByteArray& entries) {
    auto tar = inflate(tarGzPath);
    if (!tar)
        return tar.error();
    const qsizetype end = endMarker(*tar);
    if (end < 0)
        return Error::make(Error::Kind::Corrupt,
                           QStringLiteral("%1 has no end-of-archive marker").arg(tarGzPath));
    tar->insert(end, entries);
    return writeGzipFile(tarGzPath, *tar);
}

} // namespace aks::storegen::rawtar
