#include "VeleroBsl.h"

#include "VeleroJson.h"

namespace aks {

Result<VeleroBsl> VeleroBsl::fromJson(const nlohmann::json& o) {
    using J = VeleroJson;
    VeleroBsl l;
    l.name = J::string(o, "/metadata/name");
    if (!o.is_object() || l.name.isEmpty())
        return Error::make(Error::Kind::BadOutput,
                           tr("A BackupStorageLocation in velero's output has no name."));
    l.provider = J::string(o, "/spec/provider");
    l.bucket = J::string(o, "/spec/objectStorage/bucket");
    l.prefix = J::string(o, "/spec/objectStorage/prefix");
    l.config = J::stringMap(o, "/spec/config");
    l.isDefault = J::boolean(o, "/spec/default");
    const QString mode = J::string(o, "/spec/accessMode");
    if (!mode.isEmpty())
        l.accessMode = mode;
    l.phase = J::string(o, "/status/phase");
    l.message = J::string(o, "/status/message");
    l.lastValidationTime = J::time(o, "/status/lastValidationTime");
    l.lastSyncedTime = J::time(o, "/status/lastSyncedTime");
    l.raw = o;
    return l;
}

} // namespace aks
