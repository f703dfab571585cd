#include "DemoSeed.h"

#include "SimConfig.h"

#include <QDateTime>

#include <string>

namespace aks::sim {
namespace {

nlohmann::json pool(const char* name, const char* os, int count, const char* size,
                    nlohmann::json taints = nlohmann::json::array(), bool autoscale = false, int min = 0,
                    int max = 0) {
    return {{"Name", name},
            {"OsType", os},
            {"NodeCount", count},
            {"VmSize", size},
            {"MaxPodCount", 110},
            {"Taints", taints},
            {"AutoScalerEnabled", autoscale},
            {"MinCount", min},
            {"MaxCount", max}};
}

nlohmann::json config() {
    nlohmann::json moc = {
        {"catalog", "aks-hci-stable-catalogs-ext"},
        {"ring", "stable"},
        {"deploymentType", "MultiNode"},
        {"cloudServiceCidr", "172.16.10.10/16"},
        {"cloudLocation", "MocLocation"},
        {"cloudAgentPort", 55000},
        {"nodeAgentPort", 45000},
        {"clusterRoleName", "ca-3b8e1c2a-aks-demo"},
        {"vnetName", "aks-demo-vnet"},
        {"vswitchName", "extSwitch"},
        {"vnetType", "Static"},
        {"ipaddressprefix", "172.16.0.0/16"},
        {"gateway", "172.16.0.1"},
        {"dnsservers", {"172.16.0.1", "172.16.0.2"}},
        {"vlanid", 9},
        {"k8snodeippoolstart", "172.16.10.1"},
        {"k8snodeippoolend", "172.16.10.255"},
        {"vnetvippoolstart", "172.16.255.0"},
        {"vnetvippoolend", "172.16.255.254"},
        {"macPoolStart", ""},
        {"macPoolEnd", ""},
        {"imageDir", "C:\\ClusterStorage\\Volume1\\Images"},
        {"workingDir", "C:\\ClusterStorage\\Volume1\\ImageStore"},
        {"cloudConfigLocation", "C:\\ClusterStorage\\Volume1\\Config"},
        {"nodeConfigLocation", "C:\\ProgramData\\wssdagent"},
        {"stagingShare", ""},
        {"proxyServerHTTP", "http://proxy.contoso.local:3128"},
        {"proxyServerHTTPS", "http://proxy.contoso.local:3128"},
        {"proxyServerNoProxy",
         "localhost,127.0.0.1,.svc,10.96.0.0/12,10.244.0.0/16,172.16.0.0/16,.contoso.local"},
        {"proxyServerUsername", "svc-aksproxy"},
        {"proxyServerPassword", "Pr0xy!Demo-Secret-2024"},
        {"proxyServerCertFile", ""},
        {"proxySettingsName", "contoso-proxy"},
        {"sshPrivateKey", "C:\\ClusterStorage\\Volume1\\Config\\.ssh\\akshci_rsa"},
        {"sshPublicKey", "C:\\ClusterStorage\\Volume1\\Config\\.ssh\\akshci_rsa.pub"},
        {"insecure", "False"},
        {"skipHostLimitChecks", false},
        {"version", "1.0.24.11029"},
        {"moduleVersion", "1.2.16"},
        {"caCertRotationThreshold", 90},
        {"commands", nlohmann::json::array({"Set-AksHciConfig", "Install-AksHci"})}};
    nlohmann::json aks = {{"manifestCache", "C:\\ClusterStorage\\Volume1\\Config\\aks-hci-manifest.json"},
                          {"enableDiagnosticData", true},
                          {"installationPackageDir", "C:\\ClusterStorage\\Volume1\\Images\\1.0.24.11029"},
                          {"workingDir", "C:\\ClusterStorage\\Volume1\\ImageStore"},
                          {"version", "1.0.24.11029"},
                          {"moduleVersion", "1.2.16"},
                          {"skipUpdates", false},
                          {"enablePreview", false},
                          {"latestVersionsCache", nlohmann::json::object({{"1.0.24.11029", "2024-05-14"}})}};
    nlohmann::json kva = {
        {"catalog", "aks-hci-stable-catalogs-ext"},
        {"ring", "stable"},
        {"kvaName", "aks-demo"},
        {"kvaK8sVersion", "v1.26.6"},
        {"kvaPodCidr", "10.200.0.0/16"},
        {"controlplaneVmSize", "Standard_A4_v2"},
        {"loadBalancerVmSize", "Standard_K8S3_v1"},
        {"vlanid", 9},
        {"vnetvippoolstart", "172.16.255.0"},
        {"vnetvippoolend", "172.16.255.254"},
        {"identity", "ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNklrUkZUVTh0UzFaQkxVbEVSVTVVU1ZSWkluMC5leUp6ZFdJaU9"
                     "pSmhhM010WkdWdGJ5MXJkbUVpZlEuU0lNVUxBVEVELVNJR05BVFVSRS1ERU1PLU9OTFk="},
        {"version", "1.0.24.11029"},
        {"certificateValidityFactor", 1},
        {"containerRegistry", nlohmann::json::object({{"server", "ecpacr.azurecr.io"}})}};
    return {{"MOC", moc}, {"AksHci", aks}, {"Kva", kva}};
}

} // namespace

nlohmann::json demoState(int extraClusters) {
    const qint64 created = QDateTime::currentMSecsSinceEpoch() - 45LL * 24 * 3600 * 1000;
    nlohmann::json clusters = nlohmann::json::array();
    clusters.push_back(
        {{"Name", "shop-prod"},
         {"KubernetesVersion", "v1.26.6"},
         {"ControlPlaneNodeCount", 3},
         {"ControlPlaneVmSize", "Standard_A4_v2"},
         {"LoadBalancer", {{"VMSize", "Standard_K8S3_v1"}, {"Count", 1}, {"Sku", "HAProxy"}}},
         {"AutoScalerEnabled", false},
         {"ImageName", "Linux_k8s_1-26-6"},
         {"CreatedMs", created},
         {"ReadyAtMs", 0},
         {"NodePoolDetails",
          {pool("shop-prod-linux", "Linux", 3, "Standard_K8S3_v1"),
           pool("shop-prod-batch", "Linux", 2, "Standard_D4s_v3", {"workload=batch:NoSchedule"})}}});
    // An older-release shape: flat LoadBalancerVmSize, real node counts on the cluster.
    clusters.push_back({{"Name", "payments"},
                        {"KubernetesVersion", "v1.25.11"},
                        {"ControlPlaneNodeCount", 1},
                        {"ControlPlaneVmSize", "Standard_A4_v2"},
                        {"LoadBalancer", {{"VMSize", "Standard_A2_v2"}, {"Count", 1}, {"Sku", "HAProxy"}}},
                        {"AutoScalerEnabled", false},
                        {"LegacyShape", true},
                        {"CreatedMs", created + 3600LL * 1000},
                        // Near expiry, so the Health page has something to show: its kubeconfig client
                        // certificate ends in 5 days.
                        {"CertNotAfterMs", QDateTime::currentMSecsSinceEpoch() + 5LL * 24 * 3600 * 1000},
                        {"ReadyAtMs", 0},
                        {"NodePoolDetails",
                         {pool("payments-linux", "Linux", 2, "Standard_K8S3_v1"),
                          pool("payments-win", "Windows", 1, "Standard_D4s_v3")}}});
    clusters.push_back(
        {{"Name", "analytics"},
         {"KubernetesVersion", "v1.27.3"},
         {"ControlPlaneNodeCount", 1},
         {"ControlPlaneVmSize", "Standard_D4s_v3"},
         // One load balancer: New-AksHciCluster documents no count, so a rebuild could not make two.
         {"LoadBalancer", {{"VMSize", "Standard_A4_v2"}, {"Count", 1}, {"Sku", "HAProxy"}}},
         {"AutoScalerEnabled", true},
         {"AutoScalerProfileName", "analytics-autoscaler"},
         {"ImageName", "Linux_k8s_1-27-3"},
         {"CreatedMs", created + 7200LL * 1000},
         {"ReadyAtMs", 0},
         {"NodePoolDetails",
          // Autoscaled 2-8: the bounds come from its profile (analytics-autoscaler, below), so a rebuild
          // replays them with New-AksHciAutoScalerProfile, not as per-pool parameters.
          {pool("analytics-linux", "Linux", 4, "Standard_D8s_v3", nlohmann::json::array(), true, 2, 8)}}});
    for (int i = 1; i <= extraClusters; ++i) {
        const std::string name = "bench-" +
                                 std::string(i < 10    ? "00"
                                             : i < 100 ? "0"
                                                       : "") +
                                 std::to_string(i);
        clusters.push_back(
            {{"Name", name},
             {"KubernetesVersion", "v1.26.6"},
             {"ControlPlaneNodeCount", 1 + 2 * (i % 2)},
             {"ControlPlaneVmSize", "Standard_A4_v2"},
             {"LoadBalancer", {{"VMSize", "Standard_K8S3_v1"}, {"Count", 1}, {"Sku", "HAProxy"}}},
             {"AutoScalerEnabled", false},
             {"CreatedMs", created},
             {"ReadyAtMs", 0},
             {"NodePoolDetails", {pool((name + "-linux").c_str(), "Linux", 1 + i % 4, "Standard_K8S3_v1")}}});
    }
    return {{"installed", true},
            {"deploymentName", "aks-demo"},
            {"version", "1.0.24.11029"},
            {"config", config()},
            {"registration",
             {{"subscriptionId", "3f2a9c1e-5b7d-4e8a-9c0f-1d2e3f4a5b6c"},
              {"resourceGroupName", "rg-aks-demo"},
              {"tenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47"},
              {"region", "westeurope"},
              {"servicePrincipalId", "9b1c7e54-aks-demo-registration"}}},
            // The default profile Install-AksHci makes, and the one analytics scales with (2-8 nodes).
            {"autoScalerProfiles",
             {defaultAutoScalerProfile(),
              {{"Name", "analytics-autoscaler"},
               {"ProfileSettings",
                {{"min-node-count", "2"}, {"max-node-count", "8"}, {"scan-interval", "20s"}}}}}},
            {"clusters", clusters}};
}

} // namespace aks::sim
