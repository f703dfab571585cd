#include "VeleroRestore.h"

#include "VeleroJson.h"

namespace aks {

bool VeleroRestore::isFinished() const {
    return phase == QLatin1String("Completed") || phase == QLatin1String("PartiallyFailed") ||
           phase == QLatin1String("Failed") || phase == QLatin1String("FailedValidation");
}

int VeleroRestore::percent() const {
    if (isFinished())
        return 100;
    if (totalItems <= 0)
        return -1;
    return qBound(0, int(qint64(itemsRestored) * 100 / totalItems), 100);
}

Result<VeleroRestore> VeleroRestore::fromJson(const nlohmann::json& o) {
    using J = VeleroJson;
    VeleroRestore r;
    r.name = J::string(o, "/metadata/name");
    if (!o.is_object() || r.name.isEmpty())
        return Error::make(Error::Kind::BadOutput, tr("A Restore in velero's output has no name."));
    r.backupName = J::string(o, "/spec/backupName");
    r.scheduleName = J::string(o, "/spec/scheduleName");
    r.phase = J::string(o, "/status/phase");
    r.includedNamespaces = J::strings(o, "/spec/includedNamespaces");
    r.excludedNamespaces = J::strings(o, "/spec/excludedNamespaces");
    r.includedResources = J::strings(o, "/spec/includedResources");
    r.excludedResources = J::strings(o, "/spec/excludedResources");
    r.namespaceMapping = J::stringMap(o, "/spec/namespaceMapping");
    r.existingResourcePolicy = J::string(o, "/spec/existingResourcePolicy");
    r.created = J::time(o, "/metadata/creationTimestamp");
    r.started = J::time(o, "/status/startTimestamp");
    r.completed = J::time(o, "/status/completionTimestamp");
    r.errors = int(J::integer(o, "/status/errors"));
    r.warnings = int(J::integer(o, "/status/warnings"));
    r.totalItems = int(J::integer(o, "/status/progress/totalItems"));
    r.itemsRestored = int(J::integer(o, "/status/progress/itemsRestored"));
    r.failureReason = J::string(o, "/status/failureReason");
    r.validationErrors = J::strings(o, "/status/validationErrors");
    r.raw = o;
    return r;
}

} // namespace aks
