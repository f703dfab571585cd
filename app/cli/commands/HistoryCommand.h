#pragma once

#include "cli/CliCommand.h"

namespace aks {

// `aks-recovery history --cluster NAME [--kubeconfig FILE] [--json]`: one cluster's Velero
// backups, newest first, with its schedules, locations and RPO status.
class HistoryCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override { return tr("list a workload cluster's Velero backups"); }
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace aks
