#include "BackupInspector.h"

#include "ArtifactReader.h"
#include "BackupCatalog.h"

#include <QSet>

namespace aks {

Result<BackupInspection> BackupInspector::inspect(BackupStore& store, const QString& backup,
                                                  const TarballScanner::ObjectHandler& onObject,
                                                  const JobContext& ctx) {
    auto info = BackupCatalog::find(store, backup, ctx.cancelToken());
    if (!info)
        return info.error();
    if (!info->metadataProblem.isEmpty())
        return Error::make(Error::Kind::Corrupt, info->metadataProblem);
    if (!info->hasTarball)
        return Error::make(Error::Kind::NotFound,
                           tr("Backup %1, artifact %2: missing. The backup never finished uploading (or its "
                              "tarball was deleted); it cannot be restored.")
                               .arg(backup, BackupArtifacts::fileName(backup, BackupArtifact::Tarball)));
    BackupInspection result;
    result.info = std::move(*info);

    ArtifactReader reader(store, backup);
    struct Count {
        BackupArtifact artifact;
        std::optional<int>* target;
    };
    const Count counts[] = {{BackupArtifact::VolumeSnapshots, &result.volumeSnapshots},
                            {BackupArtifact::PodVolumeBackups, &result.podVolumeBackups},
                            {BackupArtifact::CsiVolumeSnapshots, &result.csiVolumeSnapshots}};
    for (const Count& c : counts) {
        auto n = reader.countEntries(c.artifact, ctx.cancelToken());
        if (!n)
            return n.error();
        *c.target = *n;
    }

    QSet<QString> namespaces;
    QString lastNs;
    TarballScanner scanner(store, backup, BackupArtifacts::key(backup, BackupArtifact::Tarball));
    auto scan = scanner.scan(
        [&](const ObjectRecord& o, QByteArrayView json) -> Status {
            // Velero restores the later of two entries of one path: the earlier object is gone.
            if (!o.replacedGroupVersionKind.isEmpty()) {
                auto replaced = result.resources.find(o.replacedGroupVersionKind);
                if (replaced != result.resources.end() && --*replaced <= 0)
                    result.resources.erase(replaced);
            }
            ++result.resources[o.groupVersionKind()];
            if (!o.ns.isEmpty() && o.ns != lastNs) {
                namespaces.insert(o.ns);
                lastNs = o.ns;
            }
            return onObject ? onObject(o, json) : Status();
        },
        ctx);
    if (!scan)
        return scan.error();
    result.scan = *scan;
    result.namespaces = static_cast<int>(namespaces.size());
    return result;
}

Result<QString> BackupInspector::soleBackup(BackupStore& store, const CancelToken& cancel) {
    auto list = BackupCatalog::list(store, cancel);
    if (!list)
        return list.error();
    if (list->size() == 1)
        return list->front().name;
    if (list->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("%1 holds no backups.").arg(store.displayName()));
    return Error::make(
        Error::Kind::BadInput,
        tr("%1 holds %2 backups: name one with --backup NAME.").arg(store.displayName()).arg(list->size()));
}

} // namespace aks
