#pragma once

#include "BackupInfo.h"
#include "LogEntry.h"
#include "store/BackupStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace aks {

// Every small artifact of one backup, read and parsed, for the inspector's tabs. Absent artifacts
// are null JSON (and listed in `absent`); damaged ones are listed in `problems` and left null, so
// one bad file does not hide the others.
struct BackupDetails {
    Q_DECLARE_TR_FUNCTIONS(BackupDetails)

public:
    BackupInfo info;
    nlohmann::json resourceList;
    nlohmann::json volumeSnapshots;
    nlohmann::json podVolumeBackups;
    nlohmann::json csiVolumeSnapshots;
    nlohmann::json csiVolumeSnapshotContents;
    nlohmann::json csiVolumeSnapshotClasses;
    nlohmann::json itemOperations;
    nlohmann::json results;
    nlohmann::json volumeInfo;
    QList<LogEntry> log;
    bool hasLog = false;
    QStringList problems;

    static Result<BackupDetails> load(BackupStore& store, const QString& backup, const CancelToken& cancel);

    // results.gz flattened to rows {type: "error"|"warning", scope: "velero"|"cluster"|<namespace>,
    // message}, for a table.
    nlohmann::json resultRows() const;
};

} // namespace aks
