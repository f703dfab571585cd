#pragma once

#include "SimArgs.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace aks::sim {

// The configuration Get-AksHciConfig prints ({MOC, AksHci, Kva}) as Set-AksHciConfig builds it: the
// module's own defaults and derived values, then every documented input given.
nlohmann::json baseConfig(const QString& deploymentName, quint32 seed);
// Every Set-AksHciConfig parameter given, under its documented name (vnet and proxySettings apart).
void applyConfigArgs(nlohmann::json& config, const SimArgs& a);
void applyVnet(nlohmann::json& config, const nlohmann::json& vnet);
void applyProxy(nlohmann::json& config, const nlohmann::json& proxy);
// Get-AksHciProxySetting's detail form, from the MOC table.
nlohmann::json proxyOutput(const nlohmann::json& moc);
// The profile Install-AksHci creates (min-node-count 0, max-node-count 1).
nlohmann::json defaultAutoScalerProfile();
// AKS_SIM_DELAY_MS: how long Install-AksHci and New-AksHciCluster take (default 1000).
int simDelayMs();

} // namespace aks::sim
