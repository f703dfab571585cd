#include "NodePool.h"

#include "powershell/PsJson.h"

namespace aks {
namespace {
// Windows PowerShell prints unconverted enums as numbers.
QString osTypeText(const nlohmann::json& raw) {
    const auto* v = PsJson::find(raw, QStringLiteral("OsType"));
    // Compared as a double: get<int>() of a float beyond int's range is undefined behaviour (found
    // with fuzz_akshci_json).
    if (v && v->is_number())
        return v->get<double>() == 1 ? QStringLiteral("Windows") : QStringLiteral("Linux");
    return PsJson::text(raw, QStringLiteral("OsType"));
}
} // namespace

Result<NodePool> NodePool::fromJson(const nlohmann::json& raw) {
    if (!raw.is_object())
        return Error::make(Error::Kind::BadOutput,
                           tr("Get-AksHciNodePool printed something that is not a node pool."));
    NodePool p;
    p.raw = raw;
    p.clusterName = PsJson::text(raw, QStringLiteral("ClusterName"));
    p.name = PsJson::text(raw, QStringLiteral("NodePoolName"));
    if (p.name.isEmpty())
        p.name = PsJson::text(raw, QStringLiteral("Name"));
    if (p.name.isEmpty())
        return Error::make(Error::Kind::BadOutput,
                           tr("Get-AksHciNodePool printed a node pool without a name."));
    p.version = PsJson::text(raw, QStringLiteral("Version"));
    p.osType = osTypeText(raw);
    p.nodeCount = PsJson::integer(raw, QStringLiteral("NodeCount"));
    p.vmSize = PsJson::text(raw, QStringLiteral("VmSize"));
    p.phase = PsJson::text(raw, QStringLiteral("Phase"));
    p.maxPods = PsJson::integer(raw, QStringLiteral("MaxPodCount"));
    p.taints = PsJson::list(raw, QStringLiteral("Taints"));
    p.autoScalerEnabled = PsJson::boolean(raw, QStringLiteral("AutoScalerEnabled"));
    p.minCount = PsJson::integer(raw, QStringLiteral("MinCount"));
    p.maxCount = PsJson::integer(raw, QStringLiteral("MaxCount"));
    return p;
}

Result<QList<NodePool>> NodePool::listFromJson(const nlohmann::json& raw) {
    QList<NodePool> out;
    for (const auto& e : PsJson::asArray(raw)) {
        auto p = fromJson(e);
        if (!p)
            return p.error();
        out << std::move(p).value();
    }
    return out;
}

} // namespace aks
