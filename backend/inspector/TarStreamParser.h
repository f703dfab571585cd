#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace aks {

// Push parser for the tar stream inside a backup tarball, reading it the way Velero's restore does
// (Go's archive/tar, then filepath.Join into a folder): ustar, star, GNU and old-GNU headers, GNU
// long names, pax "path" and "size" records, and each path cleaned as filepath.Clean would.
// Regular files are handed on; entries Velero skips (type '7', pax global headers, vendor types)
// are reported as skipped; links, devices, directories, paths that escape the folder and oversized
// entries are refused, never followed.
class TarStreamParser {
    Q_DECLARE_TR_FUNCTIONS(TarStreamParser)

public:
    // One whole regular entry: its cleaned path, the path as written, and its content (entries are
    // small JSON files; maxEntryBytes caps them).
    struct Entry {
        QString path;      // cleaned: what Velero extracts it as
        QString writtenAs; // as the archive spells it (differs from path when cleaning changed it)
        QByteArrayView content;
    };
    using EntrySink = std::function<Status(const Entry& entry)>;
    // An entry Velero does not extract: its path as written and its type flag.
    using SkipSink = std::function<void(const QString& writtenAs, char type)>;

    explicit TarStreamParser(EntrySink sink, qint64 maxEntryBytes = qint64(64) << 20);
    void onSkipped(SkipSink sink) { m_skip = std::move(sink); }

    Status feed(QByteArrayView data);
    // After the last feed: fails when the archive stops mid-entry or lacks its end marker.
    Status finish() const;

    qint64 entryCount() const { return m_entries; }

    // filepath.Clean of a relative entry path; empty when it is absolute, escapes with "..", holds a
    // backslash or cleans to nothing.
    static QString cleanPath(const QString& path);

private:
    enum class State { Header, Data, Padding, Done };
    Status parseHeader();
    Status endEntry();
    Status checkRegular(const QString& clean, qint64 size) const;

    EntrySink m_sink;
    SkipSink m_skip;
    qint64 m_maxEntry;
    State m_state = State::Header;
    QByteArray m_header;
    QByteArray m_content;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    char m_type = '0';
    QString m_path;
    // From the meta entries before the next real one: a GNU 'L' long name, a pax header's records.
    QString m_gnuName;
    QString m_paxPath;
    qint64 m_paxSize = -1;
    qint64 m_entries = 0;
    qint64 m_offset = 0;
};

} // namespace aks
