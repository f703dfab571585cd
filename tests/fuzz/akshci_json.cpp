// What the AksHci module prints through ConvertTo-Json: Get-AksHciConfig, Get-AksHciCluster and
// Get-AksHciNodePool, read as AksHciClient reads them.
#include "FuzzSupport.h"
#include "akshci/AksHciConfig.h"
#include "akshci/ConfigSecrets.h"
#include "akshci/NodePool.h"
#include "akshci/WorkloadCluster.h"
#include "core/BoundedJson.h"
#include "core/Redactor.h"

#include <cstddef>
#include <cstdint>

namespace {
void readConfig(const aks::AksHciConfig& c) {
    for (const QString& s : {c.vnetName(),
                             c.vSwitchName(),
                             c.vnetType(),
                             c.ipAddressPrefix(),
                             c.k8sNodeIpPoolStart(),
                             c.k8sNodeIpPoolEnd(),
                             c.vipPoolStart(),
                             c.vipPoolEnd(),
                             c.gateway(),
                             c.vlanId(),
                             c.cloudServiceCidr(),
                             c.proxyServerHttp(),
                             c.proxyServerHttps(),
                             c.proxyServerNoProxy(),
                             c.imageDir(),
                             c.workingDir(),
                             c.cloudConfigLocation(),
                             c.controlPlaneVmSize(),
                             c.loadBalancerVmSize(),
                             c.version(),
                             c.kubernetesVersion(),
                             c.installState(),
                             c.deploymentName()})
        (void)s;
    (void)c.dnsServers();
    // Config modules are objects, present or not.
    if (!c.moc().is_object() || !c.akshci().is_object() || !c.kva().is_object())
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    // As AksHciClient::call: trimmed; nothing printed is null; otherwise it must be JSON.
    const QByteArray body = aksfuzz::bytes(data, size).toByteArray().trimmed();
    nlohmann::json j;
    if (!body.isEmpty()) {
        j = aks::parseBoundedJson(body); // as AksHciClient::call
        if (j.is_discarded())
            return 0;
    }

    if (const auto config = aks::AksHciConfig::fromJson(j))
        readConfig(*config);
    if (const auto clusters = aks::WorkloadCluster::listFromJson(j)) {
        for (const aks::WorkloadCluster& c : *clusters) {
            if (c.name.isEmpty())
                __builtin_trap();
            (void)c.isReady();
        }
    }
    if (const auto pools = aks::NodePool::listFromJson(j))
        for (const aks::NodePool& p : *pools)
            if (p.name.isEmpty())
                __builtin_trap();

    // Masking secrets before an export: doing it twice changes nothing more.
    const nlohmann::json masked = aks::ConfigSecrets::redacted(j);
    if (aks::ConfigSecrets::redacted(masked) != masked)
        __builtin_trap();
    // Secrets registered by one input must not pile up over the run.
    aks::Redactor::clearRegisteredSecrets();
    return 0;
}
