#pragma once

#include "cli/CliCommand.h"

namespace aks {

// `aks-recovery env`: which environment and tools the other commands would use, and whether each
// tool can be found; for checking a scheduled task's set-up.
class EnvCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(EnvCommand)
public:
    QString name() const override { return QStringLiteral("env"); }
    QString summary() const override {
        return tr("show the environment and tools in use, and check they exist");
    }
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace aks
