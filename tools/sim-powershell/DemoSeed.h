#pragma once

#include <nlohmann/json.hpp>

namespace aks::sim {

// The demo deployment "aks-demo": a management cluster with a realistic Get-AksHciConfig (static IP
// vnet, VIP pool, proxy with credentials, KVA identity token) and the workload clusters shop-prod,
// payments and analytics; extraClusters adds bench-001... for load tests.
nlohmann::json demoState(int extraClusters);

} // namespace aks::sim
