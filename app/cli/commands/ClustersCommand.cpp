#include "ClustersCommand.h"

#include "akshci/AksHciClient.h"
#include "akshci/ConfigSecrets.h"

#include <QCommandLineParser>

namespace aks {
namespace {

nlohmann::json toJson(const WorkloadCluster& c) {
    nlohmann::json pools = nlohmann::json::array();
    for (const NodePool& p : c.nodePools)
        pools.push_back({{"name", p.name.toStdString()},
                         {"osType", p.osType.toStdString()},
                         {"nodeCount", p.nodeCount},
                         {"vmSize", p.vmSize.toStdString()},
                         {"version", p.version.toStdString()},
                         {"phase", p.phase.toStdString()},
                         {"autoScalerEnabled", p.autoScalerEnabled},
                         {"minCount", p.minCount},
                         {"maxCount", p.maxCount},
                         {"taints",
                          [&] {
                              nlohmann::json t = nlohmann::json::array();
                              for (const QString& s : p.taints)
                                  t.push_back(s.toStdString());
                              return t;
                          }()},
                         {"raw", ConfigSecrets::redacted(p.raw)}});
    return {{"name", c.name.toStdString()},
            {"kubernetesVersion", c.kubernetesVersion.toStdString()},
            {"controlPlaneNodeCount", c.controlPlaneNodeCount},
            {"controlPlaneVmSize", c.controlPlaneVmSize.toStdString()},
            {"loadBalancerCount", c.loadBalancerCount},
            {"loadBalancerVmSize", c.loadBalancerVmSize.toStdString()},
            {"status", c.status.toStdString()},
            {"provisioningState", c.provisioningState.toStdString()},
            {"autoScalerEnabled", c.autoScalerEnabled},
            {"nodePools", pools},
            {"raw", ConfigSecrets::redacted(c.raw)}};
}

} // namespace

int ClustersCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = parseOptions(p, args, ctx, false))
        return *done;
    AksHciClient client(ctx.environment);
    auto clusters = client.getClustersWithNodePools(ctx.cancel);
    if (!clusters) {
        ctx.err << clusters.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const WorkloadCluster& c : *clusters)
            out.push_back(toJson(c));
        ctx.out << QString::fromStdString(out.dump(2)) << Qt::endl;
        return ExitOk;
    }
    if (clusters->isEmpty()) {
        ctx.out << tr("No workload clusters.") << Qt::endl;
        return ExitOk;
    }
    const QString row = QStringLiteral("%1 %2 %3 %4 %5 %6");
    ctx.out << row.arg(tr("NAME"), -24)
                   .arg(tr("KUBERNETES"), -11)
                   .arg(tr("CONTROL PLANE"), -22)
                   .arg(tr("LOAD BALANCER"), -22)
                   .arg(tr("NODES"), -6)
                   .arg(tr("STATUS"))
            << Qt::endl;
    for (const WorkloadCluster& c : *clusters) {
        int nodes = 0;
        for (const NodePool& np : c.nodePools)
            nodes += np.nodeCount;
        ctx.out << row.arg(c.name, -24)
                       .arg(c.kubernetesVersion, -11)
                       .arg(QStringLiteral("%1 x %2").arg(c.controlPlaneNodeCount).arg(c.controlPlaneVmSize),
                            -22)
                       .arg(QStringLiteral("%1 x %2").arg(c.loadBalancerCount).arg(c.loadBalancerVmSize), -22)
                       .arg(QString::number(nodes), -6)
                       .arg(c.status)
                << Qt::endl;
        for (const NodePool& np : c.nodePools)
            ctx.out << QStringLiteral("  %1 %2 %3 x %4 %5")
                           .arg(np.name, -22)
                           .arg(np.osType, -8)
                           .arg(np.nodeCount)
                           .arg(np.vmSize, -18)
                           .arg(np.phase)
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace aks
