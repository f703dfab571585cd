#pragma once

#include "cli/CliCommand.h"

namespace aks {

// `aks-recovery config [--json]`: the management cluster's configuration (Get-AksHciConfig),
// grouped as the Clusters page shows it; --json prints the whole object with secrets masked.
class ConfigCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)
public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override { return tr("show the management cluster's configuration"); }
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace aks
