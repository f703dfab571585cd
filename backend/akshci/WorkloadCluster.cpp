#include "WorkloadCluster.h"

#include "ConfigSecrets.h"
#include "powershell/PsJson.h"

namespace aks {

bool WorkloadCluster::isReady() const {
    const QString s = provisioningState.isEmpty() ? status : provisioningState;
    return s.compare(QLatin1String("Deployed"), Qt::CaseInsensitive) == 0 ||
           s.compare(QLatin1String("provisioned"), Qt::CaseInsensitive) == 0 ||
           s.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0;
}

Result<WorkloadCluster> WorkloadCluster::fromJson(const nlohmann::json& raw) {
    if (!raw.is_object())
        return Error::make(Error::Kind::BadOutput,
                           tr("Get-AksHciCluster printed something that is not a cluster object."));
    WorkloadCluster c;
    c.raw = raw;
    ConfigSecrets::registerAll(raw);
    c.name = PsJson::text(raw, QStringLiteral("Name"));
    if (c.name.isEmpty())
        return Error::make(Error::Kind::BadOutput, tr("Get-AksHciCluster printed a cluster without a name."));
    c.kubernetesVersion = PsJson::text(raw, QStringLiteral("KubernetesVersion"));
    c.packageVersion = PsJson::text(raw, QStringLiteral("PackageVersion"));
    c.controlPlaneNodeCount = PsJson::integer(raw, QStringLiteral("ControlPlaneNodeCount"));
    c.controlPlaneVmSize = PsJson::text(raw, QStringLiteral("ControlPlaneVmSize"));
    c.loadBalancerVmSize = PsJson::text(raw, QStringLiteral("LoadBalancerVmSize"));
    if (const auto* lb = PsJson::find(raw, QStringLiteral("LoadBalancer")); lb && lb->is_object()) {
        if (c.loadBalancerVmSize.isEmpty())
            c.loadBalancerVmSize = PsJson::text(*lb, QStringLiteral("VMSize"));
        c.loadBalancerCount = PsJson::integer(*lb, QStringLiteral("Count"));
        c.loadBalancerSku = PsJson::text(*lb, QStringLiteral("Sku"));
    }
    if (c.loadBalancerCount == 0 && !c.loadBalancerVmSize.isEmpty())
        c.loadBalancerCount = 1;
    for (const QString& p : PsJson::list(raw, QStringLiteral("NodePools")))
        for (const QString& part : p.split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.nodePoolNames << part.trimmed();
    c.linuxNodeCount = PsJson::integer(raw, QStringLiteral("LinuxNodeCount"));
    c.windowsNodeCount = PsJson::integer(raw, QStringLiteral("WindowsNodeCount"));
    c.autoScalerEnabled = PsJson::boolean(raw, QStringLiteral("AutoScalerEnabled"));
    c.autoScalerProfileName = PsJson::text(raw, QStringLiteral("AutoScalerProfileName"));
    if (c.autoScalerProfileName.isEmpty()) {
        const auto* prof = PsJson::find(raw, QStringLiteral("AutoScalerProfile"));
        if (prof && prof->is_object())
            c.autoScalerProfileName = PsJson::text(*prof, QStringLiteral("Name"));
        else if (prof)
            c.autoScalerProfileName = PsJson::toText(*prof);
    }
    c.provisioningState = PsJson::text(raw, QStringLiteral("ProvisioningState"));
    if (const auto* st = PsJson::find(raw, QStringLiteral("Status")); st && st->is_object()) {
        c.status = PsJson::text(*st, QStringLiteral("Phase"));
        if (c.status.isEmpty())
            c.status = PsJson::text(*st, QStringLiteral("ProvisioningState"));
        const auto* details = PsJson::find(*st, QStringLiteral("Details"));
        c.statusDetails = details && !details->is_string() && !details->is_null()
                              ? QString::fromStdString(details->dump())
                              : (details ? PsJson::toText(*details) : QString());
    } else if (st) {
        c.status = PsJson::toText(*st);
    }
    if (c.status.isEmpty())
        c.status = c.provisioningState;
    if (c.provisioningState.isEmpty())
        c.provisioningState = c.status;
    c.imageName = PsJson::text(raw, QStringLiteral("ImageName"));
    c.created = PsJson::date(raw, QStringLiteral("CreationTime"));
    return c;
}

Result<QList<WorkloadCluster>> WorkloadCluster::listFromJson(const nlohmann::json& raw) {
    QList<WorkloadCluster> out;
    for (const auto& e : PsJson::asArray(raw)) {
        auto c = fromJson(e);
        if (!c)
            return c.error();
        out << std::move(c).value();
    }
    return out;
}

} // namespace aks
