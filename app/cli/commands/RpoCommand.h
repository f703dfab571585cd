#pragma once

#include "cli/CliCommand.h"

namespace aks {

// `aks-recovery rpo [--max-age 24h] [--cluster NAME]... [--kubeconfig FILE] [--json]`: exits 1 when
// any cluster has no Completed backup within its RPO, for a scheduled task that alerts.
class RpoCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(RpoCommand)
public:
    QString name() const override { return QStringLiteral("rpo"); }
    QString summary() const override {
        return tr("check every cluster's newest Completed backup against the RPO (exit 1 when breached)");
    }
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace aks
