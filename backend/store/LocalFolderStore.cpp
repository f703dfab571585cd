#include "LocalFolderStore.h"

#include "RegularFileOpener.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace aks {
namespace {
constexpr qint64 kChunkSize = 256 * 1024;

Error cancelled() {
    return Error::make(Error::Kind::Cancelled, QStringLiteral("Cancelled."));
}
} // namespace

LocalFolderStore::LocalFolderStore(QString root) : m_root(QDir::cleanPath(std::move(root))) {}

Status LocalFolderStore::validate() const {
    const QFileInfo info(m_root);
    if (!info.exists())
        return Error::make(Error::Kind::NotFound,
                           tr("The backup store folder %1 does not exist.").arg(m_root));
    if (!info.isDir())
        return Error::make(Error::Kind::BadInput, tr("%1 is not a folder.").arg(m_root));
    if (!info.isReadable())
        return Error::make(Error::Kind::PermissionDenied,
                           tr("The backup store folder %1 is not readable.").arg(m_root));
    static const QStringList allowed = {QStringLiteral("backups"),  QStringLiteral("restores"),
                                        QStringLiteral("restic"),   QStringLiteral("kopia"),
                                        QStringLiteral("metadata"), QStringLiteral("plugins")};
    QStringList invalid;
    const QStringList entries =
        QDir(m_root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& e : entries)
        if (!allowed.contains(e))
            invalid.append(e);
    if (!invalid.isEmpty())
        return Error::make(
            Error::Kind::BadInput,
            tr("Backup store contains invalid top-level directories: %1 (in %2). A backup store "
               "may hold only backups/, restores/, restic/, kopia/, metadata/ and plugins/; "
               "open the folder that holds backups/ or remove the other entries.")
                .arg(invalid.join(QStringLiteral(", ")), m_root));
    return {};
}

Result<QString> LocalFolderStore::pathOf(const QString& key) const {
    const QStringList parts = key.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (key.startsWith(QLatin1Char('/')) || parts.contains(QLatin1String("..")) ||
        parts.contains(QLatin1String(".")))
        return Error::make(Error::Kind::BadInput, tr("Invalid store key %1.").arg(key));
    return QString(m_root + QLatin1Char('/') + parts.join(QLatin1Char('/')));
}

Result<std::unique_ptr<QFile>> LocalFolderStore::openFile(const QString& key) const {
    auto path = pathOf(key);
    if (!path)
        return path.error();
    auto f = RegularFileOpener::open(m_root, path->mid(m_root.size() + 1));
    if (!f && f.error().kind == Error::Kind::NotFound)
        return Error::make(Error::Kind::NotFound, tr("%1 is not in the store %2.").arg(key, m_root));
    return f;
}

Result<QList<StoreObject>> LocalFolderStore::list(const QString& prefix, const CancelToken& cancel) {
    // Walk only the folder the prefix names, then filter by the full prefix.
    const int slash = prefix.lastIndexOf(QLatin1Char('/'));
    const QString dirKey = slash < 0 ? QString() : prefix.left(slash);
    auto dir = pathOf(dirKey);
    if (!dir)
        return dir.error();
    QList<StoreObject> out;
    if (!QFileInfo(*dir).isDir())
        return out;
    QDirIterator it(*dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    const int rootLen = static_cast<int>(m_root.size()) + 1;
    while (it.hasNext()) {
        if (cancel.isCancelled())
            return cancelled();
        it.next();
        const QFileInfo fi = it.fileInfo();
        const QString key = fi.filePath().mid(rootLen);
        if (!key.startsWith(prefix))
            continue;
        out.append(StoreObject{key, fi.size(), fi.lastModified().toUTC()});
    }
    std::sort(out.begin(), out.end(),
              [](const StoreObject& a, const StoreObject& b) { return a.key < b.key; });
    return out;
}

Result<QByteArray> LocalFolderStore::read(const QString& key, qint64 maxBytes, const CancelToken& cancel) {
    if (cancel.isCancelled())
        return cancelled();
    auto opened = openFile(key);
    if (!opened)
        return opened.error();
    QFile& f = **opened;
    if (f.size() > maxBytes)
        return Error::make(Error::Kind::Corrupt, tr("%1 is %2 bytes, more than the %3 bytes allowed for it.")
                                                     .arg(key)
                                                     .arg(f.size())
                                                     .arg(maxBytes));
    QByteArray data = f.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return Error::make(Error::Kind::Corrupt,
                           tr("%1 grew beyond %2 bytes while being read.").arg(key).arg(maxBytes));
    return data;
}

Status LocalFolderStore::readStream(const QString& key, const ChunkSink& sink, const CancelToken& cancel) {
    auto opened = openFile(key);
    if (!opened)
        return opened.error();
    QFile& f = **opened;
    QByteArray buffer(kChunkSize, Qt::Uninitialized);
    for (;;) {
        if (cancel.isCancelled())
            return cancelled();
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::make(Error::Kind::Generic,
                               tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        if (n == 0)
            return {};
        if (Status st = sink(QByteArrayView(buffer.constData(), n)); !st)
            return st;
    }
}

Result<StoreObject> LocalFolderStore::stat(const QString& key, const CancelToken& cancel) {
    if (cancel.isCancelled())
        return cancelled();
    auto opened = openFile(key);
    if (!opened)
        return opened.error();
    const QFile& f = **opened;
    return StoreObject{key, f.size(), f.fileTime(QFileDevice::FileModificationTime).toUTC()};
}

} // namespace aks
