#include "BackupInfo.h"

namespace aks {
namespace {
QString text(const nlohmann::json& j, const char* key) {
    if (!j.is_object())
        return {};
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

std::optional<qint64> number(const nlohmann::json& j, const char* key) {
    if (!j.is_object())
        return std::nullopt;
    auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<qint64>();
}
} // namespace

void BackupInfo::readBackupObject(const nlohmann::json& backup) {
    object = backup;
    static const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json& meta =
        backup.is_object() && backup.contains("metadata") ? backup["metadata"] : empty;
    const nlohmann::json& spec = backup.is_object() && backup.contains("spec") ? backup["spec"] : empty;
    const nlohmann::json& status = backup.is_object() && backup.contains("status") ? backup["status"] : empty;
    phase = text(status, "phase");
    startTimestamp = text(status, "startTimestamp");
    completionTimestamp = text(status, "completionTimestamp");
    expiration = text(status, "expiration");
    formatVersion = text(status, "formatVersion");
    failureReason = text(status, "failureReason");
    errors = static_cast<int>(number(status, "errors").value_or(0));
    warnings = static_cast<int>(number(status, "warnings").value_or(0));
    if (status.is_object() && status.contains("progress")) {
        itemsBackedUp = number(status["progress"], "itemsBackedUp");
        totalItems = number(status["progress"], "totalItems");
    }
    storageLocation = text(spec, "storageLocation");
    if (meta.is_object() && meta.contains("labels")) {
        if (storageLocation.isEmpty())
            storageLocation = text(meta["labels"], "velero.io/storage-location");
        scheduleName = text(meta["labels"], "velero.io/schedule-name");
    }
}

} // namespace aks
