#pragma once

// Writes backup stores in Velero's exact layout (see docs: velero-format.md sections 1-3) into a
// local folder, for tests, benchmarks and the demo environment. Everything is deterministic: the
// same specs give the same bytes.
//
// Typical use:
//   aks::storegen::ObjectFactory factory(42, QStringLiteral("shop-prod"));
//   aks::storegen::BackupSpec b;
//   b.name = QStringLiteral("daily-20261118020000");
//   b.scheduleName = QStringLiteral("daily");
//   b.objects = factory.makeNamespace(QStringLiteral("shop"), 3);
//   aks::Status st = aks::storegen::writeBackup(storeDir, b); // storeDir/backups/<name>/...

#include "ObjectFactory.h"
#include "core/Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace aks::storegen {

class TarGzWriter;

// The optional artifacts beside velero-backup.json and <backup>.tar.gz.
enum class Artifact {
    Logs,                      // <backup>-logs.gz
    ResourceList,              // <backup>-resource-list.json.gz
    VolumeSnapshots,           // <backup>-volumesnapshots.json.gz
    PodVolumeBackups,          // <backup>-podvolumebackups.json.gz
    CsiVolumeSnapshots,        // <backup>-csi-volumesnapshots.json.gz
    CsiVolumeSnapshotContents, // <backup>-csi-volumesnapshotcontents.json.gz
    CsiVolumeSnapshotClasses,  // <backup>-csi-volumesnapshotclasses.json.gz
    ItemOperations,            // <backup>-itemoperations.json.gz
    Results,                   // <backup>-results.gz
    VolumeInfo,                // <backup>-volumeinfo.json.gz
};

// The file name Velero gives an artifact of backup `backup`, e.g. "daily-1-logs.gz".
QString artifactFileName(const QString& backup, Artifact artifact);
// Every optional artifact, in the order above.
QList<Artifact> allArtifacts();

// How the backup's volumes were protected; decides which volume artifacts have entries.
enum class VolumeMode {
    FileSystem,     // restic/kopia pod volume backups (AKS hybrid's way): podvolumebackups entries
    NativeSnapshot, // volumesnapshots entries
    Csi,            // CSI VolumeSnapshots, contents and classes
};

struct BackupSpec {
    QString name;
    QString phase = QStringLiteral("Completed");
    // Defaults when invalid: start 2026-11-18T02:00:00Z, completion start + 1 s per 100 objects
    // (at least 30 s), expiration start + ttl. Written as RFC 3339 UTC, to the second.
    QDateTime start;
    QDateTime completion;
    QDateTime expiration;
    QString ttl = QStringLiteral("720h0m0s");
    QString scheduleName;                                // the velero.io/schedule-name label when set
    QString storageLocation = QStringLiteral("default"); // spec.storageLocation and its label
    QString veleroVersion = QStringLiteral("v1.13.2");
    QString kubernetesVersion = QStringLiteral("v1.28.5");
    QStringList includedNamespaces = {QStringLiteral("*")};
    int errors = 0;   // status.errors; as many error lines in the log and messages in results
    int warnings = 0; // status.warnings; likewise
    QString failureReason;
    QStringList validationErrors;
    VolumeMode volumeMode = VolumeMode::FileSystem;
    // Format "1" (Velero before 1.4): metadata/version is "1", no -preferredversion copies.
    bool legacyFormat = false;
    // Velero 1.17+ stops uploading the three CSI files; older versions write them.
    bool writeCsiArtifacts = true;
    // Only velero-backup.json, as when the tarball upload failed.
    bool neverFinishedUploading = false;
    QSet<Artifact> missingArtifacts; // left out entirely
    std::vector<KubeObject> objects;
    // Called after the objects were written, before the tarball is closed (hostile fixtures).
    std::function<Status(TarGzWriter&)> extraTarEntries;
};

// The Backup object as Velero stores it in velero-backup.json (and prints with `-o json`), with
// the defaults of `spec` filled in.
nlohmann::json backupObject(const BackupSpec& spec);

// Writes storeRoot/backups/<name>/ with every artifact. Creates folders as needed; replaces
// files of the same name.
Status writeBackup(const QString& storeRoot, const BackupSpec& spec);

struct RestoreSpec {
    QString name;
    QString backupName;
    QDateTime start; // default 2026-11-19T09:00:00Z
    QDateTime completion;
    int errors = 0;
    int warnings = 0;
    std::vector<KubeObject> objects; // what was restored: resource list and log lines
};

// Writes storeRoot/restores/<name>/restore-<name>-logs.gz, -results.gz and -resource-list.json.gz.
Status writeRestore(const QString& storeRoot, const RestoreSpec& spec);

// Velero's RFC 3339 form, "2026-11-18T02:00:00Z".
QString veleroTimestamp(const QDateTime& t);

} // namespace aks::storegen
