#pragma once

#include "BackupInspection.h"

#include <QCoreApplication>

namespace aks {

// Builds a BackupInspection: reads velero-backup.json and the volume artifacts, and streams the
// tarball once. An optional handler also sees every object (listing, the GUI's resource tree).
class BackupInspector {
    Q_DECLARE_TR_FUNCTIONS(BackupInspector)

public:
    static Result<BackupInspection> inspect(BackupStore& store, const QString& backup,
                                            const TarballScanner::ObjectHandler& onObject,
                                            const JobContext& ctx);
    // The one backup a store holds when it is a lone tarball, or an error asking for --backup.
    static Result<QString> soleBackup(BackupStore& store, const CancelToken& cancel);
};

} // namespace aks
