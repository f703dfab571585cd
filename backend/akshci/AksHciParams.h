#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace aks {

// Parameters of the day-two and restore cmdlets. Empty strings and unset optionals are left out of
// the call, so the cmdlet's own default applies. Every value is validated and passed as a literal.

// New-AksHciNetworkSetting: the management cluster's virtual network.
struct NetworkSettingParams {
    QString name;        // -name
    QString vSwitchName; // -vSwitchName (an External switch)
    QString k8sNodeIpPoolStart;
    QString k8sNodeIpPoolEnd;
    QString vipPoolStart;
    QString vipPoolEnd;
    QString ipAddressPrefix; // e.g. 172.16.0.0/16
    QString gateway;
    QStringList dnsServers;
    std::optional<int> vlanId;
};

// Set-AksHciConfig; the vnet is created with New-AksHciNetworkSetting in the same script.
struct AksHciConfigParams {
    QString imageDir;
    QString workingDir;
    QString cloudConfigLocation;
    std::optional<NetworkSettingParams> vnet;
    QString cloudServiceCidr;
    QString controlPlaneVmSize;
    QString loadBalancerVmSize;
    QString kvaPodCidr; // -kvaPodCIDR: the management cluster's pod network
    QString version;
    QString proxyServerHttp;
    QString proxyServerHttps;
    QString proxyServerNoProxy;
    QString proxyUser;     // with proxyPassword: -proxyCredential
    QString proxyPassword; // secret: registered with the Redactor, sent over stdin only
    bool skipHostLimitChecks = false;
};

// Set-AksHciRegistration
struct RegistrationParams {
    QString subscriptionId;
    QString resourceGroupName;
    QString tenantId;
    QString servicePrincipalId;     // with servicePrincipalSecret: -credential
    QString servicePrincipalSecret; // secret
};

// New-AksHciCluster
struct NewClusterParams {
    QString name;
    QString kubernetesVersion;
    std::optional<int> controlPlaneNodeCount;
    QString controlPlaneVmSize;
    QString loadBalancerVmSize;
    std::optional<int> loadBalancerCount; // -count on newer releases' load balancer setting
    QString nodePoolName;
    std::optional<int> nodeCount;
    QString osType; // Linux or Windows
    QString nodeVmSize;
    bool enableAutoScaler = false;
};

// New-AksHciNodePool
struct NewNodePoolParams {
    QString clusterName;
    QString name;
    std::optional<int> count;
    QString osType;
    QString vmSize;
    std::optional<int> maxPodCount;
    QStringList taints;
};

} // namespace aks
