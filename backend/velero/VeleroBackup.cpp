#include "VeleroBackup.h"

#include "VeleroJson.h"

namespace aks {

QDateTime VeleroBackup::pointInTime() const {
    // The data is captured from the start on: that is the recovery point.
    if (started.isValid())
        return started;
    if (created.isValid())
        return created;
    return completed;
}

Result<VeleroBackup> VeleroBackup::fromJson(const nlohmann::json& o) {
    using J = VeleroJson;
    VeleroBackup b;
    b.name = J::string(o, "/metadata/name");
    if (!o.is_object() || b.name.isEmpty())
        return Error::make(Error::Kind::BadOutput, tr("A Backup in velero's output has no name."));
    b.veleroNamespace = J::string(o, "/metadata/namespace");
    b.uid = J::string(o, "/metadata/uid");
    b.phase = J::string(o, "/status/phase");
    b.storageLocation = J::string(o, "/spec/storageLocation");
    if (b.storageLocation.isEmpty())
        b.storageLocation = J::string(o, "/metadata/labels/velero.io~1storage-location");
    b.scheduleName = J::string(o, "/metadata/labels/velero.io~1schedule-name");
    b.includedNamespaces = J::strings(o, "/spec/includedNamespaces");
    b.excludedNamespaces = J::strings(o, "/spec/excludedNamespaces");
    b.ttl = J::string(o, "/spec/ttl");
    b.ttlSeconds = qMax<qint64>(0, J::goDurationSeconds(b.ttl));
    b.created = J::time(o, "/metadata/creationTimestamp");
    b.started = J::time(o, "/status/startTimestamp");
    b.completed = J::time(o, "/status/completionTimestamp");
    b.expiration = J::time(o, "/status/expiration");
    b.errors = int(J::integer(o, "/status/errors"));
    b.warnings = int(J::integer(o, "/status/warnings"));
    b.totalItems = int(J::integer(o, "/status/progress/totalItems"));
    b.itemsBackedUp = int(J::integer(o, "/status/progress/itemsBackedUp"));
    b.failureReason = J::string(o, "/status/failureReason");
    b.validationErrors = J::strings(o, "/status/validationErrors");
    b.raw = o;
    return b;
}

} // namespace aks
