#pragma once

#include "Snapshot.h"
#include "core/Result.h"
#include "jobs/CancelToken.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace aks {

// Writes a snapshot as a new folder `<deployment>-<yyyyMMddTHHmmssZ>` under an output folder.
// Every file goes into a hidden temporary folder beside it through QSaveFile, manifest.json last,
// and the folder is renamed into place at the end: a crash or a full disk leaves either the
// complete snapshot or none. An existing snapshot is never overwritten.
class SnapshotWriter {
    Q_DECLARE_TR_FUNCTIONS(SnapshotWriter)
public:
    struct Options {
        // Secrets are redacted unless they are kept, which needs a passphrase to encrypt them.
        bool keepSecrets = false;
        QByteArray passphrase;
        int kdfIterations = 600000;
        // Test hook: fail on purpose before step N (0-based: each data file, then the manifest,
        // then the final rename), as a crash or a full disk would.
        int failBeforeStep = -1;
        // Test hook: sleep this long before each step, so a test can kill the process mid-write.
        int stepDelayMs = 0;
    };

    static QString folderName(const Snapshot& snapshot);
    // Returns the path of the new snapshot folder.
    static Result<QString> write(const Snapshot& snapshot, const QString& outDir, const Options& options,
                                 const CancelToken& cancel = {});
    // How many steps write() takes for this snapshot (for the test hook).
    static int stepCount(const Snapshot& snapshot);
};

} // namespace aks
