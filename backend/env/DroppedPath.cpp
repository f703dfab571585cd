#include "DroppedPath.h"

#include <QDir>
#include <QFileInfo>

namespace aks {
namespace {
bool isSnapshot(const QDir& dir) {
    return dir.exists(QStringLiteral("manifest.json")) && dir.exists(QStringLiteral("akshci-config.json"));
}
} // namespace

DroppedPath::Kind DroppedPath::classify(const QString& path) {
    const QFileInfo info(path);
    if (info.isFile()) {
        const QString name = info.fileName().toLower();
        return name.endsWith(QLatin1String(".tar.gz")) || name.endsWith(QLatin1String(".tgz"))
                   ? Kind::BackupTarball
                   : Kind::Unknown;
    }
    if (!info.isDir())
        return Kind::Unknown;
    const QDir dir(info.absoluteFilePath());
    if (dir.exists(QStringLiteral("backups")))
        return Kind::BackupStore;
    if (isSnapshot(dir))
        return Kind::Snapshot;
    // A folder of snapshots: look at a bounded number of children, so a drop of a huge folder
    // (a home directory) answers at once.
    const QStringList children = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    int looked = 0;
    for (const QString& child : children) {
        if (++looked > 200)
            break;
        if (isSnapshot(QDir(dir.filePath(child))))
            return Kind::SnapshotFolder;
    }
    return Kind::Unknown;
}

QString DroppedPath::explain(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
    if (info.isFile())
        return tr("%1 is not a backup downloaded with velero backup download (a .tar.gz).")
            .arg(QDir::toNativeSeparators(path));
    return tr("%1 holds neither a backup store (a backups/ folder) nor config snapshots (manifest.json).")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace aks
