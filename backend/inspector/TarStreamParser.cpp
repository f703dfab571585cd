#include "TarStreamParser.h"

#include <QList>

#include <limits>

namespace aks {
namespace {
constexpr int kBlock = 512;
constexpr qint64 kMaxMetaEntry = 1 << 20;

QByteArray cString(const char* p, int max) {
    int n = 0;
    while (n < max && p[n] != '\0')
        ++n;
    return QByteArray(p, n);
}

// Octal, or GNU base-256 for big values.
bool parseNumber(const char* p, int len, qint64* out) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    if (u[0] & 0x80) {
        qint64 v = u[0] & 0x7f;
        for (int i = 1; i < len; ++i) {
            if (v > (std::numeric_limits<qint64>::max() >> 8))
                return false;
            v = (v << 8) | u[i];
        }
        *out = v;
        return true;
    }
    qint64 v = 0;
    int i = 0;
    while (i < len && (p[i] == ' ' || p[i] == '\0'))
        ++i;
    for (; i < len && p[i] >= '0' && p[i] <= '7'; ++i) {
        if (v > (std::numeric_limits<qint64>::max() >> 3))
            return false;
        v = v * 8 + (p[i] - '0');
    }
    for (; i < len; ++i)
        if (p[i] != ' ' && p[i] != '\0')
            return false;
    // An empty field is zero.
    *out = v;
    return true;
}

// Go accepts the checksum as an unsigned or a signed byte sum (old tars wrote the latter).
bool checksumOk(const QByteArray& h) {
    qint64 stored = 0;
    if (h[0] & 0x80 || !parseNumber(h.constData() + 148, 8, &stored))
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < kBlock; ++i) {
        const bool field = i >= 148 && i < 156;
        unsignedSum += field ? ' ' : static_cast<unsigned char>(h[i]);
        signedSum += field ? ' ' : static_cast<signed char>(h[i]);
    }
    return stored == unsignedSum || stored == signedSum;
}

// The name as Go's reader builds it: ustar and pax headers join the 155-byte prefix, star headers
// a 131-byte one; GNU and old-GNU headers keep other fields there (times, sparse data), and V7
// headers have none.
QByteArray headerName(const char* h) {
    const QByteArray name = cString(h, 100);
    const QByteArrayView magic(h + 257, 6);
    QByteArray prefix;
    if (magic == QByteArrayView("ustar\0", 6))
        prefix = QByteArrayView(h + 508, 4) == QByteArrayView("tar\0", 4) ? cString(h + 345, 131)
                                                                          : cString(h + 345, 155);
    return prefix.isEmpty() ? name : prefix + '/' + name;
}

struct PaxRecords {
    QString path;
    qint64 size = -1;
    bool sparse = false;
};

// Pax records "<len> <key>=<value>\n"; like Go, a malformed record makes the whole archive invalid.
bool parsePax(QByteArrayView content, PaxRecords* out) {
    qsizetype pos = 0;
    while (pos < content.size()) {
        const qsizetype space = content.indexOf(' ', pos);
        if (space < 0)
            return false;
        bool ok = false;
        const qsizetype len = content.sliced(pos, space - pos).toLongLong(&ok);
        if (!ok || len < 5 || len > content.size() - pos || len <= (space - pos) + 1)
            return false;
        if (content[pos + len - 1] != '\n')
            return false;
        const QByteArrayView record = content.sliced(space + 1, len - (space - pos) - 2);
        const qsizetype eq = record.indexOf('=');
        if (eq <= 0)
            return false;
        const QByteArrayView key = record.first(eq);
        const QByteArrayView value = record.sliced(eq + 1);
        if (key.contains('\0') || ((key == "path" || key == "linkpath") && value.contains('\0')))
            return false;
        if (key == "path") {
            out->path = QString::fromUtf8(value);
        } else if (key == "size") {
            out->size = value.toLongLong(&ok);
            if (!ok || out->size < 0)
                return false;
        } else if (key.startsWith("GNU.sparse.")) {
            out->sparse = true;
        }
        pos += len;
    }
    return true;
}

QString entryTypeName(char type) {
    switch (type) {
    case '1':
        return TarStreamParser::tr("hard link");
    case '2':
        return TarStreamParser::tr("symbolic link");
    case '3':
        return TarStreamParser::tr("character device");
    case '4':
        return TarStreamParser::tr("block device");
    case '5':
        return TarStreamParser::tr("directory");
    case '6':
        return TarStreamParser::tr("FIFO");
    case 'S':
        return TarStreamParser::tr("GNU sparse file");
    default:
        return TarStreamParser::tr("entry of type '%1'").arg(QLatin1Char(type));
    }
}

bool isRefusedType(char type) {
    return (type >= '1' && type <= '6') || type == 'S';
}
} // namespace

QString TarStreamParser::cleanPath(const QString& path) {
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return {};
    QList<QStringView> out;
    for (QStringView part : QStringView(path).split(u'/')) {
        if (part.isEmpty() || part == u".")
            continue;
        if (part == u"..") {
            // Past the extraction folder: Velero would write outside it.
            if (out.isEmpty())
                return {};
            out.removeLast();
            continue;
        }
        out.append(part);
    }
    QString clean;
    for (QStringView part : out) {
        if (!clean.isEmpty())
            clean += QLatin1Char('/');
        clean += part;
    }
    return clean;
}

TarStreamParser::TarStreamParser(EntrySink sink, qint64 maxEntryBytes)
    : m_sink(std::move(sink)), m_maxEntry(maxEntryBytes) {
    m_header.reserve(kBlock);
}

Status TarStreamParser::feed(QByteArrayView data) {
    while (!data.isEmpty()) {
        switch (m_state) {
        case State::Done:
            // Whatever follows the end marker is block padding.
            m_offset += data.size();
            return {};
        case State::Header: {
            const qsizetype take = std::min<qsizetype>(kBlock - m_header.size(), data.size());
            m_header.append(data.first(take));
            data = data.sliced(take);
            m_offset += take;
            if (m_header.size() == kBlock) {
                Status st = parseHeader();
                m_header.clear();
                if (!st)
                    return st;
            }
            break;
        }
        case State::Data: {
            const qsizetype take = static_cast<qsizetype>(std::min<qint64>(m_remaining, data.size()));
            m_content.append(data.first(take));
            data = data.sliced(take);
            m_offset += take;
            m_remaining -= take;
            if (m_remaining == 0)
                if (Status st = endEntry(); !st)
                    return st;
            break;
        }
        case State::Padding: {
            const qsizetype take = static_cast<qsizetype>(std::min<qint64>(m_padding, data.size()));
            data = data.sliced(take);
            m_offset += take;
            m_padding -= take;
            if (m_padding == 0)
                m_state = State::Header;
            break;
        }
        }
    }
    return {};
}

Status TarStreamParser::checkRegular(const QString& clean, qint64 size) const {
    if (clean.isEmpty())
        return Error::make(
            Error::Kind::Corrupt,
            tr("the tarball holds the entry path \"%1\" that would escape its folder; refused").arg(m_path));
    if (size > m_maxEntry)
        return Error::make(Error::Kind::Corrupt,
                           tr("the entry %1 is %2 bytes, more than the %3 bytes allowed "
                              "for one object")
                               .arg(m_path)
                               .arg(size)
                               .arg(m_maxEntry));
    return {};
}

Status TarStreamParser::parseHeader() {
    const char* h = m_header.constData();
    if (m_header.count('\0') == kBlock) {
        m_state = State::Done;
        return {};
    }
    const qint64 at = m_offset - kBlock;
    if (!checksumOk(m_header))
        return Error::make(Error::Kind::Corrupt,
                           tr("not a valid tar stream: bad header checksum at byte %1").arg(at));
    qint64 size = 0;
    if (!parseNumber(h + 124, 12, &size) || size < 0)
        return Error::make(Error::Kind::Corrupt, tr("not a valid tar stream: bad size at byte %1").arg(at));
    m_type = h[156];
    const bool meta = m_type == 'L' || m_type == 'K' || m_type == 'x' || m_type == 'g';
    if (meta) {
        if (size > kMaxMetaEntry)
            return Error::make(Error::Kind::Corrupt,
                               tr("a tar extended header of %1 bytes is too large").arg(size));
        m_path = QString::fromUtf8(headerName(h));
    } else {
        // As Go merges them: the pax records first, then a GNU long name over the path.
        m_path = !m_gnuName.isEmpty()   ? m_gnuName
                 : !m_paxPath.isEmpty() ? m_paxPath
                                        : QString::fromUtf8(headerName(h));
        if (m_paxSize >= 0)
            size = m_paxSize;
        m_gnuName.clear();
        m_paxPath.clear();
        m_paxSize = -1;
        if (m_type == '\0' && m_path.endsWith(QLatin1Char('/')))
            m_type = '5'; // Go reads an old regular entry ending in '/' as a directory
        if (isRefusedType(m_type))
            return Error::make(Error::Kind::Corrupt,
                               tr("the tarball holds a %1 (%2); Velero writes only regular files, so it is "
                                  "refused")
                                   .arg(entryTypeName(m_type), m_path));
        const bool regular = m_type == '0' || m_type == '\0';
        if (regular)
            if (Status st = checkRegular(cleanPath(m_path), size); !st)
                return st;
        if (!regular && size > m_maxEntry)
            return Error::make(Error::Kind::Corrupt, tr("the skipped entry %1 is %2 bytes, more than the %3 "
                                                        "bytes allowed for one object")
                                                         .arg(m_path)
                                                         .arg(size)
                                                         .arg(m_maxEntry));
    }
    m_content.clear();
    m_remaining = size;
    m_padding = (kBlock - size % kBlock) % kBlock;
    if (size == 0)
        return endEntry();
    m_content.reserve(static_cast<qsizetype>(size));
    m_state = State::Data;
    return {};
}

Status TarStreamParser::endEntry() {
    m_state = m_padding > 0 ? State::Padding : State::Header;
    switch (m_type) {
    case 'L':
        m_gnuName = QString::fromUtf8(cString(m_content.constData(), static_cast<int>(m_content.size())));
        return {};
    case 'K':
        return {};
    case 'x':
    case 'g': {
        PaxRecords pax;
        if (!parsePax(m_content, &pax))
            return Error::make(
                Error::Kind::Corrupt,
                tr("not a valid tar stream: a malformed pax header before byte %1").arg(m_offset));
        if (pax.sparse)
            return Error::make(Error::Kind::Corrupt,
                               tr("the tarball holds a GNU sparse file (%1); Velero writes only regular "
                                  "files, so it is refused")
                                   .arg(pax.path));
        if (m_type == 'g') {
            // Go hands a global header on as an entry of its own (which Velero skips) and drops
            // the pending long name and pax records.
            m_gnuName.clear();
            m_paxPath.clear();
            m_paxSize = -1;
            if (m_skip)
                m_skip(m_path, m_type);
            return {};
        }
        // A later pax header replaces an earlier one's records.
        m_paxPath = pax.path;
        m_paxSize = pax.size;
        return {};
    }
    case '0':
    case '\0':
        ++m_entries;
        return m_sink(Entry{cleanPath(m_path), m_path, m_content});
    default:
        if (m_skip)
            m_skip(m_path, m_type);
        return {};
    }
}

Status TarStreamParser::finish() const {
    if (m_state == State::Done)
        return {};
    if (m_state == State::Header && m_header.isEmpty())
        return Error::make(
            Error::Kind::Corrupt,
            tr("the tar stream has no end-of-archive marker after %1 entries (cut short?)").arg(m_entries));
    return Error::make(
        Error::Kind::Corrupt,
        tr("the tar stream stops in the middle of %1").arg(m_path.isEmpty() ? tr("a header") : m_path));
}

} // namespace aks
