#pragma once

#include "TarballScanner.h"
#include "jobs/JobContext.h"
#include "store/BackupStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace aks {

// Checks a backup is restorable as far as storage can tell: velero-backup.json readable and
// Completed, the tarball a complete gzip/tar stream of valid JSON objects that Velero reads as it
// is written (no entry skipped, renamed by path cleaning or replaced by a later one), the resource
// list and the objects Velero would restore the same both ways, every other artifact readable. Returns one
// line per problem; an empty list means the backup is whole. Only a cancel or an unusable store is an Error.
class BackupVerifier {
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    // A PartiallyFailed backup passes only when accepted (the restore plan's explicit override).
    static Result<QStringList> verify(BackupStore& store, const QString& backup, const JobContext& ctx,
                                      bool acceptPartiallyFailed = false);
    // One line per entry Velero reads differently from how it is written.
    static QStringList anomalyProblems(const QString& backup, const QString& tarballFile,
                                       const TarballScan& scan);
};

} // namespace aks
