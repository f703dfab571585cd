#pragma once

#include <QCoreApplication>
#include <QString>

namespace aks {

// What a path dropped on the window (or given on the command line) is, by looking at it: a backup
// downloaded with `velero backup download`, a folder that holds a backup store, one config snapshot,
// or a folder of config snapshots.
class DroppedPath {
    Q_DECLARE_TR_FUNCTIONS(DroppedPath)

public:
    enum class Kind { BackupTarball, BackupStore, Snapshot, SnapshotFolder, Unknown };

    static Kind classify(const QString& path);
    // Why an Unknown path cannot be opened, for the status bar.
    static QString explain(const QString& path);
};

} // namespace aks
