#pragma once

#include "BackupArtifact.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace aks {

// One backup as its store shows it: what velero-backup.json says and which artifacts are there.
// Timestamps are kept verbatim, exactly as Velero wrote them.
struct BackupInfo {
    QString name;
    bool hasMetadata = false; // velero-backup.json present and readable
    bool hasTarball = false;
    QString metadataProblem; // why velero-backup.json could not be used, if it is there but bad

    QString phase;
    QString startTimestamp;
    QString completionTimestamp;
    QString expiration;
    std::optional<qint64> itemsBackedUp;
    std::optional<qint64> totalItems;
    int errors = 0;
    int warnings = 0;
    QString storageLocation;
    QString scheduleName;
    QString formatVersion;
    QString failureReason;
    QList<BackupArtifact> artifacts; // present in the store
    nlohmann::json object;           // the whole Backup object, null without metadata

    // velero-backup.json with no tarball beside it: never restore it.
    bool neverFinishedUploading() const { return hasMetadata && !hasTarball; }
    bool has(BackupArtifact a) const { return artifacts.contains(a); }

    // Fills the fields from a Backup object.
    void readBackupObject(const nlohmann::json& backup);
};

} // namespace aks
