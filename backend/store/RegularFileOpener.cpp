#include "RegularFileOpener.h"

#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace aks {
namespace {
Error refused(const QString& path, const QString& why) {
    return Error::make(
        Error::Kind::BadInput,
        RegularFileOpener::tr("%1 is %2; the folder store reads only regular files and follows "
                              "no links, so it is refused.")
            .arg(path, why));
}
} // namespace

Result<std::unique_ptr<QFile>> RegularFileOpener::open(const QString& root, const QString& relative) {
    const QString full = root + QLatin1Char('/') + relative;
    auto notFound = [&] { return Error::make(Error::Kind::NotFound, tr("%1 does not exist.").arg(full)); };
#ifdef Q_OS_UNIX
    // The root may be a link the admin chose; below it, every step is opened with O_NOFOLLOW.
    int dir = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return errno == ENOENT ? notFound()
                               : Error::make(Error::Kind::PermissionDenied, tr("Cannot open %1.").arg(root));
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i + 1 == parts.size();
        const QByteArray name = QFile::encodeName(parts[i]);
        const int flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (last ? O_NONBLOCK : O_DIRECTORY);
        const int fd = ::openat(dir, name.constData(), flags);
        const int err = errno;
        ::close(dir);
        if (fd < 0) {
            if (err == ENOENT)
                return notFound();
            if (err == ELOOP)
                return refused(full, tr("reached through a symbolic link"));
            if (err == ENOTDIR)
                return refused(full, tr("below something that is not a folder"));
            return Error::make(Error::Kind::PermissionDenied,
                               tr("Cannot open %1: %2").arg(full, QString::fromLocal8Bit(strerror(err))));
        }
        dir = fd;
    }
    struct stat st {};
    if (::fstat(dir, &st) != 0 || !S_ISREG(st.st_mode)) {
        const bool fifo = S_ISFIFO(st.st_mode);
        ::close(dir);
        return refused(full, fifo ? tr("a FIFO") : tr("not a regular file"));
    }
    // Reads of a regular file never block; clear the flag the FIFO check needed.
    ::fcntl(dir, F_SETFL, ::fcntl(dir, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>(full);
    if (!file->open(dir, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(dir);
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Cannot read %1: %2").arg(full, file->errorString()));
    }
    return file;
#else
    const QFileInfo fi(full);
    if (!fi.exists() && !fi.isSymLink())
        return notFound();
    if (fi.isSymLink())
        return refused(full, tr("a symbolic link"));
    if (!fi.isFile())
        return refused(full, tr("not a regular file"));
    auto file = std::make_unique<QFile>(full);
    if (!file->open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Cannot read %1: %2").arg(full, file->errorString()));
    return file;
#endif
}

} // namespace aks
