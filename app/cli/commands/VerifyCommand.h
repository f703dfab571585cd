#pragma once

#include "cli/CliCommand.h"

namespace aks {

// `aks-recovery verify --store STORE --backup NAME`: exit 0 when the backup is whole as far as its
// storage can tell, exit 1 with one line per problem when it is not.
class VerifyCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return tr("check a backup in storage is whole and restorable"); }
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace aks
