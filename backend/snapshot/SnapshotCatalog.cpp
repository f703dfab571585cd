#include "SnapshotCatalog.h"

#include "SnapshotReader.h"
#include "env/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>

namespace aks {

SnapshotInfo SnapshotCatalog::inspect(const QString& folder) {
    SnapshotInfo info;
    info.folder = QFileInfo(folder).absoluteFilePath();
    info.name = QFileInfo(folder).fileName();
    auto manifest = SnapshotReader::verify(folder);
    if (!manifest) {
        info.error = manifest.error().message;
        // What the name says, so a broken snapshot still sorts and shows its time.
        static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("(.*)-(\\d{8}T\\d{6}Z)")));
        if (const auto m = re.match(info.name); m.hasMatch()) {
            info.deployment = m.captured(1);
            info.createdUtc = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            info.createdUtc.setTimeZone(QTimeZone::utc());
        }
        return info;
    }
    info.verified = true;
    info.deployment = manifest->deployment;
    info.createdUtc = manifest->createdUtc;
    info.host = manifest->host;
    info.clusters = manifest->clusters;
    info.encrypted = manifest->encrypted;
    return info;
}

Result<SnapshotInfo> SnapshotCatalog::check(const QString& folder) {
    const QFileInfo fi(folder);
    const QString shown = QDir::toNativeSeparators(folder);
    if (folder.trimmed().isEmpty())
        return Error::make(Error::Kind::BadInput, tr("Choose the configuration snapshot's folder."));
    if (!fi.exists())
        return Error::make(Error::Kind::NotFound, tr("The folder %1 does not exist.").arg(shown));
    if (!fi.isDir())
        return Error::make(Error::Kind::BadInput, tr("%1 is a file, not a snapshot folder.").arg(shown));
    if (!fi.isReadable() || !fi.isExecutable())
        return Error::make(Error::Kind::PermissionDenied,
                           tr("The folder %1 cannot be read with your permissions.").arg(shown));
    if (!SnapshotReader::looksLikeSnapshot(folder))
        return Error::make(Error::Kind::BadInput,
                           tr("%1 is not a configuration snapshot: it has no manifest. Choose the folder a "
                              "snapshot export wrote (Snapshots page).")
                               .arg(shown));
    auto manifest = SnapshotReader::verify(folder);
    if (!manifest)
        return manifest.error();
    return inspect(folder);
}

QString SnapshotCatalog::defaultFolder() {
    const QString saved = QSettings().value(folderSettingKey()).toString();
    return saved.isEmpty() ? QDir(AppPaths::dataDir()).filePath(QStringLiteral("snapshots")) : saved;
}

QList<SnapshotInfo> SnapshotCatalog::list(const QString& dir, const CancelToken& cancel) {
    static const QRegularExpression nameShape(QStringLiteral("-\\d{8}T\\d{6}Z$"));
    QList<SnapshotInfo> out;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& e : entries) {
        if (cancel.isCancelled())
            break;
        if (!SnapshotReader::looksLikeSnapshot(e.absoluteFilePath()) &&
            !nameShape.match(e.fileName()).hasMatch())
            continue;
        out.append(inspect(e.absoluteFilePath()));
    }
    std::stable_sort(out.begin(), out.end(), [](const SnapshotInfo& a, const SnapshotInfo& b) {
        return a.createdUtc > b.createdUtc;
    });
    return out;
}

} // namespace aks
