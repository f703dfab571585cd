#pragma once

#include "BackupInfo.h"
#include "store/BackupStore.h"

#include <QCoreApplication>

namespace aks {

// The backups a store holds (backups/<name>/...), newest first, each with its velero-backup.json
// read and its artifacts listed. A downloaded tarball shows as one backup without metadata.
class BackupCatalog {
    Q_DECLARE_TR_FUNCTIONS(BackupCatalog)

public:
    static Result<QList<BackupInfo>> list(BackupStore& store, const CancelToken& cancel);
    static Result<BackupInfo> find(BackupStore& store, const QString& backup, const CancelToken& cancel);
};

} // namespace aks
