#pragma once

#include "GzipInflater.h"
#include "ObjectRecord.h"
#include "jobs/JobContext.h"
#include "store/BackupStore.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace aks {

// An entry Velero's restore reads differently from how it is written, or not at all.
struct TarballAnomaly {
    enum class Kind {
        Skipped,   // not a regular file: Velero does not extract it (type '7', pax global header, ...)
        Rewritten, // the written path differs from the cleaned one Velero extracts it as
        Replaced,  // a later entry of the same cleaned path: Velero restores the later one
    };
    Kind kind = Kind::Skipped;
    QString path;      // cleaned
    QString writtenAs; // as the archive spells it
    char type = '0';   // Skipped: the entry's type flag
};

// What one pass over a backup tarball saw.
struct TarballScan {
    QString formatVersion; // metadata/version, trimmed ("1.1.0"; "1" for old backups)
    qint64 entries = 0;
    qint64 objects = 0; // primary copies: each object once
    qint64 compressedBytes = 0;
    qint64 inflatedBytes = 0;
    // At most kMaxAnomalies are kept; anomalyCount counts them all.
    QList<TarballAnomaly> anomalies;
    qint64 anomalyCount = 0;
    static constexpr int kMaxAnomalies = 1000;
};

// Streams a backup's <name>.tar.gz from its store once: inflates (ISA-L), walks the tar entries as
// Velero's restore reads them (cleaned paths, the last entry of a path wins), refuses what Velero
// never writes, validates every object's JSON (simdjson) and hands each object's primary copy to a
// handler (a copy that replaces an earlier one says so). Memory stays bounded whatever the tarball's size.
// Every error names the backup and the artifact.
class TarballScanner {
    Q_DECLARE_TR_FUNCTIONS(TarballScanner)

public:
    struct Options {
        InflateLimits inflate;
        qint64 maxEntryBytes = qint64(64) << 20;
    };
    // Called for the primary copy of every object, with its JSON. Return an error to stop.
    using ObjectHandler = std::function<Status(const ObjectRecord& object, QByteArrayView json)>;

    TarballScanner(BackupStore& store, QString backupName, QString tarballKey, Options options);
    TarballScanner(BackupStore& store, QString backupName, QString tarballKey);

    Result<TarballScan> scan(const ObjectHandler& handler, const JobContext& ctx);

    // The usual key: backups/<name>/<name>.tar.gz.
    static QString defaultKey(const QString& backupName);

private:
    Error wrap(const Error& e) const;
    BackupStore& m_store;
    QString m_backup;
    QString m_key;
    Options m_options;
};

} // namespace aks
