#include "BackupMadeBy.h"

#include <nlohmann/json.hpp>

namespace aks {

BackupMadeBy BackupMadeBy::fromBackup(const nlohmann::json& backup, const QList<BackupArtifact>& artifacts) {
    BackupMadeBy out;
    const auto raise = [&out](VeleroSemVer v, QString why) {
        if (v > out.atLeast) {
            out.atLeast = v;
            out.evidence = std::move(why);
        }
    };
    const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json& spec = backup.is_object() && backup.contains("spec") ? backup.at("spec") : empty;
    const nlohmann::json& status =
        backup.is_object() && backup.contains("status") ? backup.at("status") : empty;
    if (status.is_object() && status.value("formatVersion", std::string()) == "1.1.0")
        raise({1, 4, 0}, tr("its tarball format 1.1.0 is written since velero 1.4"));
    // --default-volumes-to-restic became --default-volumes-to-fs-backup in 1.10, and the field with it.
    if (spec.is_object() && spec.contains("defaultVolumesToFsBackup"))
        raise({1, 10, 0}, tr("spec.defaultVolumesToFsBackup is written since velero 1.10"));
    if (artifacts.contains(BackupArtifact::ItemOperations))
        raise({1, 11, 0}, tr("the item operations file is written since velero 1.11"));
    if (artifacts.contains(BackupArtifact::VolumeInfo))
        raise({1, 13, 0}, tr("the volume information file is written since velero 1.13"));
    if (status.is_object()) {
        const std::string phase = status.value("phase", std::string());
        if (phase == "Queued" || phase == "ReadyToStart")
            raise({1, 18, 0}, tr("its phase %1 exists since velero 1.18").arg(QString::fromStdString(phase)));
    }
    return out;
}

} // namespace aks
