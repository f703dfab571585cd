#pragma once

#include "BackupInfo.h"
#include "TarballScanner.h"

#include <QMap>

#include <optional>

namespace aks {

// What `inspect` reports for one backup: the Backup object's fields and what the tarball and the
// volume artifacts hold. Optional counts are null when the artifact is absent (a lone tarball).
struct BackupInspection {
    BackupInfo info;
    TarballScan scan;
    QMap<QString, qint64> resources; // "<apiVersion>/<Kind>" -> objects in the tarball, each once
    int namespaces = 0;              // namespaces with objects
    std::optional<int> volumeSnapshots;
    std::optional<int> podVolumeBackups;
    std::optional<int> csiVolumeSnapshots;

    // The JSON object `aks-recovery inspect --json` prints.
    nlohmann::json toJson() const;
};

} // namespace aks
