#include "BackupInspection.h"

namespace aks {
namespace {
nlohmann::json textOrNull(bool known, const QString& v) {
    return known && !v.isEmpty() ? nlohmann::json(v.toStdString()) : nlohmann::json();
}

nlohmann::json countOrNull(const std::optional<int>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json();
}
} // namespace

nlohmann::json BackupInspection::toJson() const {
    const bool known = info.hasMetadata;
    nlohmann::json j;
    j["name"] = info.name.toStdString();
    j["phase"] = textOrNull(known, info.phase);
    j["startTimestamp"] = textOrNull(known, info.startTimestamp);
    j["completionTimestamp"] = textOrNull(known, info.completionTimestamp);
    j["expiration"] = textOrNull(known, info.expiration);
    j["items"] = known && info.itemsBackedUp ? nlohmann::json(*info.itemsBackedUp) : nlohmann::json();
    j["errors"] = known ? nlohmann::json(info.errors) : nlohmann::json();
    j["warnings"] = known ? nlohmann::json(info.warnings) : nlohmann::json();
    j["storageLocation"] = textOrNull(known, info.storageLocation);
    j["schedule"] = textOrNull(known, info.scheduleName);
    j["formatVersion"] = scan.formatVersion.toStdString();
    nlohmann::json res = nlohmann::json::object();
    for (auto it = resources.cbegin(); it != resources.cend(); ++it)
        res[it.key().toStdString()] = it.value();
    j["resources"] = res;
    j["objects"] = scan.objects;
    j["namespaces"] = namespaces;
    j["volumeSnapshots"] = countOrNull(volumeSnapshots);
    j["podVolumeBackups"] = countOrNull(podVolumeBackups);
    j["csiVolumeSnapshots"] = countOrNull(csiVolumeSnapshots);
    nlohmann::json artifacts = nlohmann::json::array();
    for (BackupArtifact a : info.artifacts)
        artifacts.push_back(BackupArtifacts::id(a).toStdString());
    j["artifacts"] = artifacts;
    return j;
}

} // namespace aks
