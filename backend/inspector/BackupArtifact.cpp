#include "BackupArtifact.h"

namespace aks {
namespace {
struct Entry {
    BackupArtifact artifact;
    const char* suffix; // appended to the backup name; Metadata is a fixed name
    const char* id;
};

constexpr Entry kEntries[] = {
    {BackupArtifact::Metadata, "", "velero-backup"},
    {BackupArtifact::Tarball, ".tar.gz", "tarball"},
    {BackupArtifact::Logs, "-logs.gz", "logs"},
    {BackupArtifact::ResourceList, "-resource-list.json.gz", "resource-list"},
    {BackupArtifact::VolumeSnapshots, "-volumesnapshots.json.gz", "volumesnapshots"},
    {BackupArtifact::PodVolumeBackups, "-podvolumebackups.json.gz", "podvolumebackups"},
    {BackupArtifact::CsiVolumeSnapshots, "-csi-volumesnapshots.json.gz", "csi-volumesnapshots"},
    {BackupArtifact::CsiVolumeSnapshotContents, "-csi-volumesnapshotcontents.json.gz",
     "csi-volumesnapshotcontents"},
    {BackupArtifact::CsiVolumeSnapshotClasses, "-csi-volumesnapshotclasses.json.gz",
     "csi-volumesnapshotclasses"},
    {BackupArtifact::ItemOperations, "-itemoperations.json.gz", "itemoperations"},
    {BackupArtifact::Results, "-results.gz", "results"},
    {BackupArtifact::VolumeInfo, "-volumeinfo.json.gz", "volumeinfo"},
};

const Entry& entryOf(BackupArtifact a) {
    for (const Entry& e : kEntries)
        if (e.artifact == a)
            return e;
    return kEntries[0];
}
} // namespace

QList<BackupArtifact> BackupArtifacts::all() {
    QList<BackupArtifact> out;
    for (const Entry& e : kEntries)
        out.append(e.artifact);
    return out;
}

QString BackupArtifacts::fileName(const QString& backup, BackupArtifact artifact) {
    if (artifact == BackupArtifact::Metadata)
        return QStringLiteral("velero-backup.json");
    return backup + QLatin1String(entryOf(artifact).suffix);
}

QString BackupArtifacts::key(const QString& backup, BackupArtifact artifact) {
    return QStringLiteral("backups/") + backup + QLatin1Char('/') + fileName(backup, artifact);
}

QString BackupArtifacts::id(BackupArtifact artifact) {
    return QString::fromLatin1(entryOf(artifact).id);
}

QString BackupArtifacts::label(BackupArtifact artifact) {
    switch (artifact) {
    case BackupArtifact::Metadata:
        return tr("Backup object");
    case BackupArtifact::Tarball:
        return tr("Resources tarball");
    case BackupArtifact::Logs:
        return tr("Log");
    case BackupArtifact::ResourceList:
        return tr("Resource list");
    case BackupArtifact::VolumeSnapshots:
        return tr("Volume snapshots");
    case BackupArtifact::PodVolumeBackups:
        return tr("Pod volume backups");
    case BackupArtifact::CsiVolumeSnapshots:
        return tr("CSI snapshots");
    case BackupArtifact::CsiVolumeSnapshotContents:
        return tr("CSI snapshot contents");
    case BackupArtifact::CsiVolumeSnapshotClasses:
        return tr("CSI snapshot classes");
    case BackupArtifact::ItemOperations:
        return tr("Item operations");
    case BackupArtifact::Results:
        return tr("Results");
    case BackupArtifact::VolumeInfo:
        return tr("Volume info");
    }
    return {};
}

bool BackupArtifacts::fromFileName(const QString& backup, const QString& fileName, BackupArtifact* out) {
    for (const Entry& e : kEntries)
        if (fileName == BackupArtifacts::fileName(backup, e.artifact)) {
            *out = e.artifact;
            return true;
        }
    return false;
}

} // namespace aks
