#include "BackupCatalog.h"
#include "core/BoundedJson.h"

#include "ArtifactReader.h"

#include <QMap>

#include <algorithm>

namespace aks {
namespace {
constexpr qint64 kMaxMetadata = qint64(16) << 20;

Status readMetadata(BackupStore& store, BackupInfo& info, const CancelToken& cancel) {
    auto raw = store.read(BackupArtifacts::key(info.name, BackupArtifact::Metadata), kMaxMetadata, cancel);
    if (!raw) {
        if (raw.error().kind == Error::Kind::Cancelled)
            return raw.error();
        info.metadataProblem = raw.error().message;
        return {};
    }
    nlohmann::json j = parseBoundedJson(*raw);
    if (j.is_discarded() || !j.is_object()) {
        info.metadataProblem =
            BackupCatalog::tr("Backup %1, artifact velero-backup.json: not valid JSON").arg(info.name);
        return {};
    }
    info.hasMetadata = true;
    info.readBackupObject(j);
    return {};
}
} // namespace

Result<QList<BackupInfo>> BackupCatalog::list(BackupStore& store, const CancelToken& cancel) {
    auto objects = store.list(QStringLiteral("backups/"), cancel);
    if (!objects)
        return objects.error();
    QMap<QString, BackupInfo> byName;
    for (const StoreObject& o : *objects) {
        const QStringList parts = o.key.split(QLatin1Char('/'));
        if (parts.size() != 3 || parts[1].isEmpty())
            continue;
        BackupInfo& info = byName[parts[1]];
        info.name = parts[1];
        BackupArtifact a;
        if (BackupArtifacts::fromFileName(info.name, parts[2], &a))
            info.artifacts.append(a);
    }
    QList<BackupInfo> out;
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        BackupInfo& info = it.value();
        std::sort(info.artifacts.begin(), info.artifacts.end());
        info.hasTarball = info.has(BackupArtifact::Tarball);
        if (info.has(BackupArtifact::Metadata))
            if (Status st = readMetadata(store, info, cancel); !st)
                return st.error();
        out.append(info);
    }
    // Newest first; backups without a start time (lone tarballs, damaged metadata) last, by name.
    std::stable_sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        if (a.startTimestamp != b.startTimestamp)
            return a.startTimestamp > b.startTimestamp;
        return a.name < b.name;
    });
    return out;
}

Result<BackupInfo> BackupCatalog::find(BackupStore& store, const QString& backup, const CancelToken& cancel) {
    if (backup.isEmpty() || backup.contains(QLatin1Char('/')) || backup == QLatin1String(".."))
        return Error::make(Error::Kind::BadInput, tr("\"%1\" is not a valid backup name.").arg(backup));
    auto objects = store.list(QStringLiteral("backups/") + backup + QLatin1Char('/'), cancel);
    if (!objects)
        return objects.error();
    BackupInfo info;
    info.name = backup;
    for (const StoreObject& o : *objects) {
        BackupArtifact a;
        if (BackupArtifacts::fromFileName(backup, o.key.section(QLatin1Char('/'), -1), &a) &&
            o.key == BackupArtifacts::key(backup, a))
            info.artifacts.append(a);
    }
    if (info.artifacts.isEmpty())
        return Error::make(Error::Kind::NotFound,
                           tr("There is no backup named %1 in %2.").arg(backup, store.displayName()));
    std::sort(info.artifacts.begin(), info.artifacts.end());
    info.hasTarball = info.has(BackupArtifact::Tarball);
    if (info.has(BackupArtifact::Metadata))
        if (Status st = readMetadata(store, info, cancel); !st)
            return st.error();
    return info;
}

} // namespace aks
