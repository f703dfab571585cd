#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace aks {

// Every file Velero writes for one backup under backups/<name>/.
enum class BackupArtifact {
    Metadata, // velero-backup.json
    Tarball,  // <name>.tar.gz
    Logs,
    ResourceList,
    VolumeSnapshots,
    PodVolumeBackups,
    CsiVolumeSnapshots,
    CsiVolumeSnapshotContents,
    CsiVolumeSnapshotClasses,
    ItemOperations,
    Results,
    VolumeInfo,
};

class BackupArtifacts {
    Q_DECLARE_TR_FUNCTIONS(BackupArtifacts)

public:
    static QList<BackupArtifact> all();
    // "daily-1-logs.gz"
    static QString fileName(const QString& backup, BackupArtifact artifact);
    // "backups/daily-1/daily-1-logs.gz"
    static QString key(const QString& backup, BackupArtifact artifact);
    // A short translated label for the UI: "Log", "Resource list"...
    static QString label(BackupArtifact artifact);
    // A stable identifier for JSON output: "logs", "resource-list"...
    static QString id(BackupArtifact artifact);
    // Which artifact a file name in backups/<backup>/ is, if any.
    static bool fromFileName(const QString& backup, const QString& fileName, BackupArtifact* out);
};

} // namespace aks
