#include "BackupDetails.h"

#include "ArtifactReader.h"
#include "BackupCatalog.h"

namespace aks {

Result<BackupDetails> BackupDetails::load(BackupStore& store, const QString& backup,
                                          const CancelToken& cancel) {
    auto info = BackupCatalog::find(store, backup, cancel);
    if (!info)
        return info.error();
    BackupDetails d;
    d.info = std::move(*info);
    if (!d.info.metadataProblem.isEmpty())
        d.problems << d.info.metadataProblem;
    ArtifactReader reader(store, backup);
    struct Target {
        BackupArtifact artifact;
        nlohmann::json* json;
    };
    const Target targets[] = {{BackupArtifact::ResourceList, &d.resourceList},
                              {BackupArtifact::VolumeSnapshots, &d.volumeSnapshots},
                              {BackupArtifact::PodVolumeBackups, &d.podVolumeBackups},
                              {BackupArtifact::CsiVolumeSnapshots, &d.csiVolumeSnapshots},
                              {BackupArtifact::CsiVolumeSnapshotContents, &d.csiVolumeSnapshotContents},
                              {BackupArtifact::CsiVolumeSnapshotClasses, &d.csiVolumeSnapshotClasses},
                              {BackupArtifact::ItemOperations, &d.itemOperations},
                              {BackupArtifact::Results, &d.results},
                              {BackupArtifact::VolumeInfo, &d.volumeInfo}};
    for (const Target& t : targets) {
        if (!d.info.has(t.artifact))
            continue;
        auto j = reader.readJson(t.artifact, cancel);
        if (!j) {
            if (j.error().kind == Error::Kind::Cancelled)
                return j.error();
            d.problems << j.error().message;
            continue;
        }
        if (j->has_value())
            *t.json = std::move(j->value());
    }
    if (d.info.has(BackupArtifact::Logs)) {
        auto log = reader.readBytes(BackupArtifact::Logs, cancel);
        if (!log) {
            if (log.error().kind == Error::Kind::Cancelled)
                return log.error();
            d.problems << log.error().message;
        } else if (log->has_value()) {
            d.log = LogEntry::parseAll(log->value());
            d.hasLog = true;
        }
    }
    return d;
}

nlohmann::json BackupDetails::resultRows() const {
    nlohmann::json rows = nlohmann::json::array();
    if (!results.is_object())
        return rows;
    for (const char* type : {"errors", "warnings"}) {
        if (!results.contains(type) || !results[type].is_object())
            continue;
        const nlohmann::json& r = results[type];
        const std::string label = std::string(type) == "errors" ? "error" : "warning";
        for (const char* scope : {"velero", "cluster"})
            if (r.contains(scope) && r[scope].is_array())
                for (const auto& msg : r[scope])
                    rows.push_back({{"type", label}, {"scope", scope}, {"message", msg}});
        if (r.contains("namespaces") && r["namespaces"].is_object())
            for (auto it = r["namespaces"].begin(); it != r["namespaces"].end(); ++it)
                if (it.value().is_array())
                    for (const auto& msg : it.value())
                        rows.push_back({{"type", label}, {"scope", it.key()}, {"message", msg}});
    }
    return rows;
}

} // namespace aks
