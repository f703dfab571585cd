#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace aks {

// Which settings of Get-AksHciConfig / Get-AksHciCluster hold credentials (proxy password, the KVA
// identity token, service principal secrets), so they are registered with the Redactor when read
// and masked before anything is shown or exported.
class ConfigSecrets {
public:
    static bool isSecretKey(const QString& key);
    // Registers every secret value found (any depth) with the Redactor.
    static void registerAll(const nlohmann::json& value);
    // A copy with every secret value replaced by Redactor::kMask.
    static nlohmann::json redacted(const nlohmann::json& value);
};

} // namespace aks
