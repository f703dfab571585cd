#pragma once

#include "cli/CliCommand.h"

namespace aks {

// `aks-recovery inspect --store STORE --backup NAME [--json | --list | --show KIND NS/NAME |
// --logs [--level L]]`, or `inspect FILE.tar.gz ...` for a downloaded backup.
class InspectCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override { return tr("show what a backup holds, straight from its storage"); }
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace aks
