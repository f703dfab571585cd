#pragma once

#include "ObjectRecord.h"

#include <QList>

#include <nlohmann/json.hpp>

namespace aks {

// The resource list cross-checked against the tarball: one row {kind, name, status} per object,
// status "ok" (in both), "missing" (listed, not in the tarball) or "unlisted" (in the tarball only).
nlohmann::json checkResourceList(const nlohmann::json& resourceList, const QList<ObjectRecord>& tarball);

} // namespace aks
