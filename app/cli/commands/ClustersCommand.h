#pragma once

#include "cli/CliCommand.h"

namespace aks {

// `aks-recovery clusters [--json]`: every workload cluster with its node pools, as the Clusters page
// shows them (Get-AksHciCluster, Get-AksHciNodePool).
class ClustersCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ClustersCommand)
public:
    QString name() const override { return QStringLiteral("clusters"); }
    QString summary() const override { return tr("list the workload clusters and their node pools"); }
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace aks
