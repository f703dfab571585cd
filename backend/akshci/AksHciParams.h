#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace aks {

// Parameters of the day-two and restore cmdlets, named after the documented parameters
// (backend/akshci/akshci-cmdlets.json). Empty strings and unset optionals are left out of the call,
// so the cmdlet's own default applies. Every value is validated and passed as a literal.

// New-AksHciNetworkSetting (the management cluster's vnet) and New-AksHciClusterNetwork (a workload
// cluster's): the same four parameter sets, DHCP or static IP, with or without a VLAN.
struct NetworkSettingParams {
    QString name;        // -name
    QString vSwitchName; // -vswitchName (an External switch)
    QString k8sNodeIpPoolStart;
    QString k8sNodeIpPoolEnd;
    QString vipPoolStart;
    QString vipPoolEnd;
    QString ipAddressPrefix; // e.g. 172.16.0.0/16; static IP only
    QString gateway;
    QStringList dnsServers;
    std::optional<int> vlanId;
};

// New-AksHciProxySetting, passed to Set-AksHciConfig -proxySettings.
struct ProxySettingParams {
    QString name;
    QString http;
    QString https;
    QString noProxy;
    QString user;     // with password: -credential
    QString password; // secret: registered with the Redactor, sent over stdin only
    QString certFile;
};

// Set-AksHciConfig; the vnet and the proxy are built in the same script.
struct AksHciConfigParams {
    QString imageDir;
    QString workingDir;
    QString cloudConfigLocation;
    std::optional<NetworkSettingParams> vnet;
    QString nodeConfigLocation;
    QString controlPlaneVmSize;
    QString sshPublicKey;
    QString macPoolStart;
    QString macPoolEnd;
    std::optional<ProxySettingParams> proxy;
    QString cloudServiceCidr;
    QString version;
    std::optional<int> nodeAgentPort;
    std::optional<int> nodeAgentAuthorizerPort;
    std::optional<int> cloudAgentPort;
    std::optional<int> cloudAgentAuthorizerPort;
    QString clusterRoleName;
    QString cloudLocation;
    QString stagingShare;
    std::optional<int> concurrentDownloads;
    bool skipHostLimitChecks = false;
    bool skipRemotingChecks = false;
    bool skipValidationChecks = false;
    bool insecure = false;
    bool skipUpdates = false;
    bool forceDnsReplication = false;
};

// Set-AksHciRegistration
struct RegistrationParams {
    QString subscriptionId;
    QString resourceGroupName;
    QString tenantId;
    QString region;
    QString environmentName;
    QString servicePrincipalId;     // with servicePrincipalSecret: -credential
    QString servicePrincipalSecret; // secret
};

// New-AksHciCluster; the load balancer and the vnet are built in the same script.
struct NewClusterParams {
    QString name;
    QString kubernetesVersion;
    std::optional<int> controlPlaneNodeCount;
    QString controlPlaneVmSize;
    QString loadBalancerVmSize;
    QString loadBalancerSku; // HAProxy or none: New-AksHciLoadBalancerSetting -loadBalancerSku
    QString nodePoolName;
    std::optional<int> nodeCount;
    QString osType; // linux or windows
    QString nodeVmSize;
    QStringList taints; // of the first pool
    std::optional<int> nodeMaxPodCount;
    std::optional<NetworkSettingParams> vnet; // New-AksHciClusterNetwork
    QString primaryNetworkPlugin;             // flannel or calico
    bool enableAdAuth = false;
    bool enableMonitoring = false;
    std::optional<bool> enableAutoScaler;
    std::optional<bool> enableAzureRBAC;
    QString autoScalerProfileName;
};

// New-AksHciAutoScalerProfile: a deployment-wide profile, with its settings as the module prints them
// (min-node-count, max-node-count, scan-interval...).
struct AutoScalerProfileParams {
    QString name;
    std::vector<std::pair<QString, QString>> settings;
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
    bool disableAutoScaler = false;
};

} // namespace aks
