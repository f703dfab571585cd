#include "ArchiveWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <archive.h>
#include <archive_entry.h>

namespace aks::storegen {
namespace {
// Fixed entry times keep generated stores byte-for-byte reproducible.
constexpr time_t kEntryTime = 1795000000;

bool makeParent(const QString& path) {
    return QDir().mkpath(QFileInfo(path).absolutePath());
}

struct EntryDeleter {
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};
using EntryPtr = std::unique_ptr<archive_entry, EntryDeleter>;

EntryPtr newEntry(const QString& entryPath, unsigned int type, int mode) {
    EntryPtr e(archive_entry_new());
    archive_entry_copy_pathname(e.get(), entryPath.toUtf8().constData());
    archive_entry_set_filetype(e.get(), type);
    archive_entry_set_perm(e.get(), static_cast<mode_t>(mode));
    archive_entry_set_mtime(e.get(), kEntryTime, 0);
    return e;
}
} // namespace

TarGzWriter::TarGzWriter() = default;

TarGzWriter::~TarGzWriter() {
    if (m_archive)
        archive_write_free(m_archive);
}

Status TarGzWriter::fail(const QString& what) {
    const QString reason = m_archive ? QString::fromUtf8(archive_error_string(m_archive)) : QString();
    return Error::make(Error::Kind::Generic,
                       QStringLiteral("Cannot write %1: %2 (%3)").arg(m_path, what, reason));
}

Status TarGzWriter::open(const QString& path) {
    m_path = path;
    if (!makeParent(path))
        return Error::make(Error::Kind::Generic, QStringLiteral("Cannot create the folder of %1").arg(path));
    m_archive = archive_write_new();
    // pax-restricted writes ustar headers and adds pax records only for long names, like Go's tar.
    if (archive_write_set_format_pax_restricted(m_archive) != ARCHIVE_OK ||
        archive_write_add_filter_gzip(m_archive) != ARCHIVE_OK ||
        archive_write_set_filter_option(m_archive, "gzip", "timestamp", nullptr) != ARCHIVE_OK ||
        archive_write_open_filename(m_archive, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return fail(QStringLiteral("open"));
    return {};
}

Status TarGzWriter::addFile(const QString& entryPath, const QByteArray& data, int mode) {
    EntryPtr e = newEntry(entryPath, AE_IFREG, mode);
    archive_entry_set_size(e.get(), data.size());
    if (archive_write_header(m_archive, e.get()) != ARCHIVE_OK)
        return fail(entryPath);
    if (!data.isEmpty() &&
        archive_write_data(m_archive, data.constData(), static_cast<size_t>(data.size())) < 0)
        return fail(entryPath);
    return {};
}

Status TarGzWriter::addZeroFile(const QString& entryPath, qint64 size) {
    EntryPtr e = newEntry(entryPath, AE_IFREG, 0755);
    archive_entry_set_size(e.get(), size);
    if (archive_write_header(m_archive, e.get()) != ARCHIVE_OK)
        return fail(entryPath);
    const QByteArray chunk(1 << 20, '\0');
    for (qint64 done = 0; done < size;) {
        const qint64 n = std::min<qint64>(chunk.size(), size - done);
        if (archive_write_data(m_archive, chunk.constData(), static_cast<size_t>(n)) < 0)
            return fail(entryPath);
        done += n;
    }
    return {};
}

Status TarGzWriter::addFilledFile(const QString& entryPath, const QByteArray& head, char fill, qint64 size,
                                  const QByteArray& tail) {
    if (size < head.size() + tail.size())
        return Error::make(Error::Kind::BadInput,
                           QStringLiteral("%1: size below head and tail").arg(entryPath));
    EntryPtr e = newEntry(entryPath, AE_IFREG, 0755);
    archive_entry_set_size(e.get(), size);
    if (archive_write_header(m_archive, e.get()) != ARCHIVE_OK)
        return fail(entryPath);
    auto write = [this](const char* data, qint64 n) {
        return archive_write_data(m_archive, data, static_cast<size_t>(n)) >= 0;
    };
    if (!write(head.constData(), head.size()))
        return fail(entryPath);
    const QByteArray chunk(1 << 20, fill);
    for (qint64 left = size - head.size() - tail.size(); left > 0;) {
        const qint64 n = std::min<qint64>(chunk.size(), left);
        if (!write(chunk.constData(), n))
            return fail(entryPath);
        left -= n;
    }
    return write(tail.constData(), tail.size()) ? Status() : fail(entryPath);
}

Status TarGzWriter::addSymlink(const QString& entryPath, const QString& target) {
    EntryPtr e = newEntry(entryPath, AE_IFLNK, 0777);
    archive_entry_copy_symlink(e.get(), target.toUtf8().constData());
    return archive_write_header(m_archive, e.get()) == ARCHIVE_OK ? Status() : fail(entryPath);
}

Status TarGzWriter::addHardlink(const QString& entryPath, const QString& target) {
    EntryPtr e = newEntry(entryPath, AE_IFREG, 0755);
    archive_entry_copy_hardlink(e.get(), target.toUtf8().constData());
    archive_entry_set_size(e.get(), 0);
    return archive_write_header(m_archive, e.get()) == ARCHIVE_OK ? Status() : fail(entryPath);
}

Status TarGzWriter::addCharDevice(const QString& entryPath) {
    EntryPtr e = newEntry(entryPath, AE_IFCHR, 0644);
    archive_entry_set_rdevmajor(e.get(), 1);
    archive_entry_set_rdevminor(e.get(), 3);
    return archive_write_header(m_archive, e.get()) == ARCHIVE_OK ? Status() : fail(entryPath);
}

Status TarGzWriter::addDirectory(const QString& entryPath) {
    EntryPtr e = newEntry(entryPath, AE_IFDIR, 0755);
    return archive_write_header(m_archive, e.get()) == ARCHIVE_OK ? Status() : fail(entryPath);
}

Status TarGzWriter::close() {
    if (!m_archive)
        return {};
    const bool ok = archive_write_close(m_archive) == ARCHIVE_OK;
    const Status st = ok ? Status() : fail(QStringLiteral("close"));
    archive_write_free(m_archive);
    m_archive = nullptr;
    return st;
}

Status writeGzipFile(const QString& path, const QByteArray& data) {
    if (!makeParent(path))
        return Error::make(Error::Kind::Generic, QStringLiteral("Cannot create the folder of %1").arg(path));
    archive* a = archive_write_new();
    auto cleanup = qScopeGuard([a] { archive_write_free(a); });
    EntryPtr e = newEntry(QFileInfo(path).completeBaseName(), AE_IFREG, 0644);
    archive_entry_set_size(e.get(), data.size());
    if (archive_write_set_format_raw(a) != ARCHIVE_OK || archive_write_add_filter_gzip(a) != ARCHIVE_OK ||
        archive_write_set_filter_option(a, "gzip", "timestamp", nullptr) != ARCHIVE_OK ||
        archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK ||
        archive_write_header(a, e.get()) != ARCHIVE_OK ||
        (!data.isEmpty() && archive_write_data(a, data.constData(), static_cast<size_t>(data.size())) < 0) ||
        archive_write_close(a) != ARCHIVE_OK)
        return Error::make(
            Error::Kind::Generic,
            QStringLiteral("Cannot write %1: %2").arg(path, QString::fromUtf8(archive_error_string(a))));
    return {};
}

Status writePlainFile(const QString& path, const QByteArray& data) {
    if (!makeParent(path))
        return Error::make(Error::Kind::Generic, QStringLiteral("Cannot create the folder of %1").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return Error::make(Error::Kind::Generic,
                           QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace aks::storegen
