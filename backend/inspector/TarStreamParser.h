#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace aks {

// Push parser for the tar stream inside a backup tarball: ustar headers, GNU long names and pax
// path records. Only regular files with relative, non-escaping paths are accepted; links, devices,
// directories, "..", absolute paths and oversized entries are refused, never followed.
class TarStreamParser {
    Q_DECLARE_TR_FUNCTIONS(TarStreamParser)

public:
    // One whole entry: its path and content (entries are small JSON files; maxEntryBytes caps them).
    using EntrySink = std::function<Status(const QString& path, QByteArrayView content)>;

    explicit TarStreamParser(EntrySink sink, qint64 maxEntryBytes = qint64(64) << 20);

    Status feed(QByteArrayView data);
    // After the last feed: fails when the archive stops mid-entry or lacks its end marker.
    Status finish() const;

    qint64 entryCount() const { return m_entries; }

private:
    enum class State { Header, Data, Padding, Done };
    Status parseHeader();
    Status endEntry();

    EntrySink m_sink;
    qint64 m_maxEntry;
    State m_state = State::Header;
    QByteArray m_header;
    QByteArray m_content;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    char m_type = '0';
    QString m_path;
    QString m_longName; // from a GNU 'L' entry or a pax record, for the next entry
    qint64 m_entries = 0;
    qint64 m_offset = 0;
};

} // namespace aks
