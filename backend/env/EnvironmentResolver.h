#pragma once

#include "EnvironmentConfig.h"
#include "ToolSettings.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <optional>

namespace aks {

// Options given on the command line; they win over the environment variables, which win over the
// demo environment's simulators, which win over the saved settings.
struct EnvironmentOverrides {
    bool demo = false;
    std::optional<QString> powershell;
    std::optional<QString> velero;
    std::optional<QString> kubectl;
    std::optional<QString> powershellMode;
    std::optional<QString> longTimeout; // seconds, --long-timeout (else AKS_RECOVERY_LONG_TIMEOUT)
};

class EnvironmentResolver {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentResolver)
public:
    static Result<EnvironmentConfig>
    resolve(const EnvironmentOverrides& overrides, const ToolSettings& settings,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
};

} // namespace aks
