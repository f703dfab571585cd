#pragma once

#include "ClusterHistory.h"
#include "RpoStatus.h"

#include <nlohmann/json.hpp>

namespace aks {

// The JSON the history and rpo commands print: stable keys, RFC 3339 UTC times.
class HistoryJson {
public:
    static nlohmann::json backup(const VeleroBackup& b);
    static nlohmann::json rpo(const RpoStatus& s);
    static nlohmann::json cluster(const ClusterHistory& h, const RpoStatus& s);
};

} // namespace aks
