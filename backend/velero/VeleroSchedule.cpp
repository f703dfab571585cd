#include "VeleroSchedule.h"

#include "VeleroJson.h"

namespace aks {

Result<VeleroSchedule> VeleroSchedule::fromJson(const nlohmann::json& o) {
    using J = VeleroJson;
    VeleroSchedule s;
    s.name = J::string(o, "/metadata/name");
    if (!o.is_object() || s.name.isEmpty())
        return Error::make(Error::Kind::BadOutput, tr("A Schedule in velero's output has no name."));
    s.cron = J::string(o, "/spec/schedule");
    s.phase = J::string(o, "/status/phase");
    s.paused = J::boolean(o, "/spec/paused");
    s.ttl = J::string(o, "/spec/template/ttl");
    s.ttlSeconds = qMax<qint64>(0, J::goDurationSeconds(s.ttl));
    s.includedNamespaces = J::strings(o, "/spec/template/includedNamespaces");
    s.storageLocation = J::string(o, "/spec/template/storageLocation");
    s.created = J::time(o, "/metadata/creationTimestamp");
    s.lastBackup = J::time(o, "/status/lastBackup");
    s.validationErrors = J::strings(o, "/status/validationErrors");
    s.raw = o;
    return s;
}

} // namespace aks
