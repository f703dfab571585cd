#pragma once

#include "jobs/JobContext.h"
#include "store/BackupStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace aks {

// Checks a backup is restorable as far as storage can tell: velero-backup.json readable and
// Completed, the tarball a complete gzip/tar stream of valid JSON objects, every object of the
// resource list in the tarball, every other artifact readable. Returns one line per problem;
// an empty list means the backup is whole. Only a cancel or an unusable store is an Error.
class BackupVerifier {
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    static Result<QStringList> verify(BackupStore& store, const QString& backup, const JobContext& ctx);
};

} // namespace aks
