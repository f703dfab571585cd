#include "TarStreamParser.h"

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

bool checksumOk(const QByteArray& h) {
    qint64 stored = 0;
    if (!parseNumber(h.constData() + 148, 8, &stored))
        return false;
    qint64 sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(h[i]);
    return sum == stored;
}

// The "path" record of a pax extended header, if any.
QString paxPath(QByteArrayView content) {
    QString path;
    qsizetype pos = 0;
    while (pos < content.size()) {
        const qsizetype space = content.indexOf(' ', pos);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype len = content.sliced(pos, space - pos).toLongLong(&ok);
        // A record is "<len> <key>=<value>\n" and len counts all of it: a length shorter than
        // its own digits, the space and the newline is malformed (and would slice backwards).
        if (!ok || len < (space - pos) + 2 || pos + len > content.size())
            break;
        const QByteArrayView record = content.sliced(space + 1, len - (space - pos) - 2);
        const qsizetype eq = record.indexOf('=');
        if (eq > 0 && record.first(eq) == "path")
            path = QString::fromUtf8(record.sliced(eq + 1));
        pos += len;
    }
    return path;
}

QString entryTypeName(char type) {
    switch (type) {
    case '1':
        return QStringLiteral("hard link");
    case '2':
        return QStringLiteral("symbolic link");
    case '3':
        return QStringLiteral("character device");
    case '4':
        return QStringLiteral("block device");
    case '5':
        return QStringLiteral("directory");
    case '6':
        return QStringLiteral("FIFO");
    default:
        return QStringLiteral("entry of type '%1'").arg(QLatin1Char(type));
    }
}
} // namespace

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

Status TarStreamParser::parseHeader() {
    const char* h = m_header.constData();
    if (m_header.count('\0') == kBlock) {
        m_state = State::Done;
        return {};
    }
    if (!checksumOk(m_header))
        return Error::make(
            Error::Kind::Corrupt,
            tr("not a valid tar stream: bad header checksum at byte %1").arg(m_offset - kBlock));
    qint64 size = 0;
    if (!parseNumber(h + 124, 12, &size) || size < 0)
        return Error::make(Error::Kind::Corrupt,
                           tr("not a valid tar stream: bad size at byte %1").arg(m_offset - kBlock));
    m_type = h[156];
    QString path;
    if (!m_longName.isEmpty()) {
        path = m_longName;
        m_longName.clear();
    } else {
        const QByteArray name = cString(h, 100);
        const QByteArray prefix = cString(h + 345, 155);
        const bool ustar = qstrncmp(h + 257, "ustar", 5) == 0;
        path = QString::fromUtf8(ustar && !prefix.isEmpty() ? prefix + '/' + name : name);
    }
    m_path = path;

    const bool meta = m_type == 'L' || m_type == 'x' || m_type == 'g' || m_type == 'K';
    const bool regular = m_type == '0' || m_type == '\0' || m_type == '7';
    if (!meta) {
        if (!regular)
            return Error::make(Error::Kind::Corrupt,
                               tr("the tarball holds a %1 (%2); Velero writes only regular files, so it is "
                                  "refused")
                                   .arg(entryTypeName(m_type), path));
        const QStringList parts = path.split(QLatin1Char('/'));
        if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || parts.contains(QLatin1String("..")) ||
            path.contains(QLatin1Char('\\')))
            return Error::make(
                Error::Kind::Corrupt,
                tr("the tarball holds the entry path \"%1\" that would escape its folder; refused")
                    .arg(path));
        if (size > m_maxEntry)
            return Error::make(Error::Kind::Corrupt,
                               tr("the entry %1 is %2 bytes, more than the %3 bytes allowed "
                                  "for one object")
                                   .arg(path)
                                   .arg(size)
                                   .arg(m_maxEntry));
    } else if (size > kMaxMetaEntry) {
        return Error::make(Error::Kind::Corrupt,
                           tr("a tar extended header of %1 bytes is too large").arg(size));
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
        m_longName = QString::fromUtf8(cString(m_content.constData(), static_cast<int>(m_content.size())));
        return {};
    case 'x':
        m_longName = paxPath(m_content);
        return {};
    case 'g':
    case 'K':
        return {};
    default:
        ++m_entries;
        return m_sink(m_path, m_content);
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
