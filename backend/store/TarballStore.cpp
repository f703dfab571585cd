#include "TarballStore.h"

#include <QFile>
#include <QFileInfo>

namespace aks {
namespace {
constexpr qint64 kTarballChunk = 256 * 1024;

QString nameFromFile(const QString& path) {
    QString base = QFileInfo(path).fileName();
    for (const char* suffix : {".tar.gz", ".tgz"})
        if (base.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            base.chop(static_cast<qsizetype>(qstrlen(suffix)));
    if (base.endsWith(QLatin1String("-data")))
        base.chop(5);
    return base.isEmpty() ? QStringLiteral("backup") : base;
}
} // namespace

TarballStore::TarballStore(QString tarballPath)
    : m_path(std::move(tarballPath)), m_backup(nameFromFile(m_path)) {}

QString TarballStore::tarballKey() const {
    return QStringLiteral("backups/%1/%1.tar.gz").arg(m_backup);
}

Status TarballStore::validate() const {
    const QFileInfo fi(m_path);
    if (!fi.exists())
        return Error::make(Error::Kind::NotFound, tr("The backup file %1 does not exist.").arg(m_path));
    if (!fi.isFile() || !fi.isReadable())
        return Error::make(Error::Kind::PermissionDenied,
                           tr("The backup file %1 is not a readable file.").arg(m_path));
    return {};
}

Error TarballStore::notFound(const QString& key) const {
    return Error::make(
        Error::Kind::NotFound,
        tr("%1 is not in %2: a downloaded backup holds only the resource tarball.").arg(key, m_path));
}

Result<QList<StoreObject>> TarballStore::list(const QString& prefix, const CancelToken& cancel) {
    if (cancel.isCancelled())
        return Error::make(Error::Kind::Cancelled, tr("Cancelled."));
    QList<StoreObject> out;
    if (tarballKey().startsWith(prefix)) {
        const QFileInfo fi(m_path);
        out.append(StoreObject{tarballKey(), fi.size(), fi.lastModified().toUTC()});
    }
    return out;
}

Result<QByteArray> TarballStore::read(const QString& key, qint64 maxBytes, const CancelToken& cancel) {
    if (key != tarballKey())
        return notFound(key);
    if (cancel.isCancelled())
        return Error::make(Error::Kind::Cancelled, tr("Cancelled."));
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Cannot read %1: %2").arg(m_path, f.errorString()));
    if (f.size() > maxBytes)
        return Error::make(
            Error::Kind::Corrupt,
            tr("%1 is %2 bytes, more than the %3 bytes allowed.").arg(m_path).arg(f.size()).arg(maxBytes));
    return f.readAll();
}

Status TarballStore::readStream(const QString& key, const ChunkSink& sink, const CancelToken& cancel) {
    if (key != tarballKey())
        return notFound(key);
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Cannot read %1: %2").arg(m_path, f.errorString()));
    QByteArray buffer(kTarballChunk, Qt::Uninitialized);
    for (;;) {
        if (cancel.isCancelled())
            return Error::make(Error::Kind::Cancelled, tr("Cancelled."));
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::make(Error::Kind::Generic, tr("Cannot read %1: %2").arg(m_path, f.errorString()));
        if (n == 0)
            return {};
        if (Status st = sink(QByteArrayView(buffer.constData(), n)); !st)
            return st;
    }
}

Result<StoreObject> TarballStore::stat(const QString& key, const CancelToken& cancel) {
    if (key != tarballKey())
        return notFound(key);
    if (cancel.isCancelled())
        return Error::make(Error::Kind::Cancelled, tr("Cancelled."));
    const QFileInfo fi(m_path);
    if (!fi.exists())
        return notFound(key);
    return StoreObject{key, fi.size(), fi.lastModified().toUTC()};
}

} // namespace aks
