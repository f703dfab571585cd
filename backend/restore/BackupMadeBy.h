#pragma once

#include "inspector/BackupArtifact.h"
#include "velero/VeleroSemVer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace aks {

// Velero writes no version of its own into a backup (only the source cluster's Kubernetes version),
// but what it writes changed with its releases: the oldest release that writes everything a backup
// holds is a floor for the release that made it (velero-format.md, velero-cli.md).
struct BackupMadeBy {
    Q_DECLARE_TR_FUNCTIONS(BackupMadeBy)
public:
    VeleroSemVer atLeast; // 0.0.0 when nothing in the backup tells
    QString evidence;     // what in the backup says so, for the admin

    bool known() const { return atLeast > VeleroSemVer{}; }
    static BackupMadeBy fromBackup(const nlohmann::json& backupObject,
                                   const QList<BackupArtifact>& artifacts);
};

} // namespace aks
