#pragma once

#include "core/Result.h"
#include "jobs/CancelToken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace aks {

// One snapshot folder as a list shows it, with the outcome of checking its checksums.
struct SnapshotInfo {
    QString folder;
    QString name;
    QString deployment;
    QDateTime createdUtc;
    QString host;
    QStringList clusters;
    bool encrypted = false;
    bool verified = false;
    QString error; // why it failed verification
};

// The snapshots in a folder: every visible subfolder that has a manifest or a snapshot's name;
// hidden partial folders of an export in progress (or killed) are not snapshots.
class SnapshotCatalog {
    Q_DECLARE_TR_FUNCTIONS(SnapshotCatalog)
public:
    static SnapshotInfo inspect(const QString& folder);
    // A folder chosen as the snapshot to rebuild from, checked where it is chosen: it must exist, be
    // a snapshot (have a manifest) and read back with every checksum right. NotFound, BadInput
    // (not a snapshot), PermissionDenied or Corrupt, with the folder named.
    static Result<SnapshotInfo> check(const QString& folder);
    // Where snapshots are kept: the Snapshots page's folder (settings), else dataDir/snapshots.
    static QString defaultFolder();
    static QString folderSettingKey() { return QStringLiteral("snapshots/folder"); }
    // Newest first.
    static QList<SnapshotInfo> list(const QString& dir, const CancelToken& cancel = {});
};

} // namespace aks
