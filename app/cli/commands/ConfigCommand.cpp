#include "ConfigCommand.h"

#include "akshci/AksHciClient.h"
#include "akshci/ConfigSecrets.h"

#include <QCommandLineParser>

namespace aks {

int ConfigCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Print the whole configuration as JSON (secrets masked).")});
    if (auto done = parseOptions(p, args, ctx, false))
        return *done;
    AksHciClient client(ctx.environment);
    auto config = client.getConfig(ctx.cancel);
    if (!config) {
        ctx.err << config.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QString::fromStdString(ConfigSecrets::redacted(config->raw()).dump(2)) << Qt::endl;
        return ExitOk;
    }
    const AksHciConfig& c = *config;
    const auto section = [&](const QString& title, std::initializer_list<std::pair<QString, QString>> rows) {
        ctx.out << title << Qt::endl;
        for (const auto& [label, value] : rows)
            if (!value.isEmpty())
                ctx.out << QStringLiteral("  %1 %2").arg(label + QLatin1Char(':'), -24).arg(value)
                        << Qt::endl;
    };
    section(tr("Deployment"), {{tr("Name"), c.deploymentName()}, {tr("Install state"), c.installState()}});
    section(
        tr("Networking"),
        {{tr("Virtual network"), c.vnetName()},
         {tr("Virtual switch"), c.vSwitchName()},
         {tr("IP address prefix"), c.ipAddressPrefix()},
         {tr("Node IP pool"), c.k8sNodeIpPoolStart().isEmpty()
                                  ? QString()
                                  : c.k8sNodeIpPoolStart() + QStringLiteral(" - ") + c.k8sNodeIpPoolEnd()},
         {tr("VIP pool"),
          c.vipPoolStart().isEmpty() ? QString() : c.vipPoolStart() + QStringLiteral(" - ") + c.vipPoolEnd()},
         {tr("Gateway"), c.gateway()},
         {tr("DNS servers"), c.dnsServers().join(QStringLiteral(", "))},
         {tr("VLAN ID"), c.vlanId()},
         {tr("Cloud service CIDR"), c.cloudServiceCidr()},
         {tr("HTTP proxy"), c.proxyServerHttp()},
         {tr("HTTPS proxy"), c.proxyServerHttps()},
         {tr("No proxy"), c.proxyServerNoProxy()}});
    section(tr("Storage"), {{tr("Image folder"), c.imageDir()},
                            {tr("Working folder"), c.workingDir()},
                            {tr("Cloud config location"), c.cloudConfigLocation()}});
    section(tr("Control plane"), {{tr("VM size"), c.controlPlaneVmSize()}});
    section(tr("Load balancer"), {{tr("VM size"), c.loadBalancerVmSize()}});
    section(tr("Versions"), {{tr("AKS hybrid"), c.version()}, {tr("Kubernetes"), c.kubernetesVersion()}});
    return ExitOk;
}

} // namespace aks
