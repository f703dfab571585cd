#pragma once

#include "cli/CliCommand.h"

namespace aks {

// `aks-recovery backups --store STORE [--json]`: every backup a store holds, newest first.
class BackupsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BackupsCommand)

public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override { return tr("list the backups in a backup store"); }
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace aks
