#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct archive;

namespace aks::storegen {

// Writes a gzip-compressed tar file entry by entry, the way Velero writes a backup tarball:
// regular files, mode 0755, no directory entries. The odd entry kinds exist so the hostile corpus
// can produce what Velero never writes.
class TarGzWriter {
public:
    TarGzWriter();
    ~TarGzWriter();
    TarGzWriter(const TarGzWriter&) = delete;
    TarGzWriter& operator=(const TarGzWriter&) = delete;

    Status open(const QString& path);
    Status addFile(const QString& entryPath, const QByteArray& data, int mode = 0755);
    // A regular file of `size` zero bytes, written in chunks (decompression bomb fixtures).
    Status addZeroFile(const QString& entryPath, qint64 size);
    // A regular file of `size` bytes: head, then `fill` repeated, then tail, written in chunks (huge
    // but valid objects, cheap to make).
    Status addFilledFile(const QString& entryPath, const QByteArray& head, char fill, qint64 size,
                         const QByteArray& tail);
    Status addSymlink(const QString& entryPath, const QString& target);
    Status addHardlink(const QString& entryPath, const QString& target);
    Status addCharDevice(const QString& entryPath);
    Status addDirectory(const QString& entryPath);
    Status close();

private:
    Status fail(const QString& what);
    archive* m_archive = nullptr;
    QString m_path;
};

// One gzip member holding `data` (Velero's -logs.gz, -results.gz, *.json.gz artifacts).
Status writeGzipFile(const QString& path, const QByteArray& data);
// A plain file, creating its folder.
Status writePlainFile(const QString& path, const QByteArray& data);

} // namespace aks::storegen
