#include "SimConfig.h"

#include "akshci/CmdletTable.h"

namespace aks::sim {

nlohmann::json baseConfig(const QString& deploymentName, quint32 seed) {
    const std::string role = "ca-" + QString::number(seed, 16).rightJustified(8, u'0').toStdString() + "-" +
                             deploymentName.toStdString();
    nlohmann::json moc = {{"catalog", "aks-hci-stable-catalogs-ext"},
                          {"ring", "stable"},
                          {"deploymentType", "MultiNode"},
                          {"cloudServiceCidr", ""},
                          {"cloudLocation", "MocLocation"},
                          {"cloudAgentPort", 55000},
                          {"cloudAgentAuthorizerPort", 65000},
                          {"nodeAgentPort", 45000},
                          {"nodeAgentAuthorizerPort", 45001},
                          {"clusterRoleName", role},
                          {"macPoolStart", ""},
                          {"macPoolEnd", ""},
                          {"nodeConfigLocation", "C:\\ProgramData\\wssdagent"},
                          {"stagingShare", ""},
                          {"proxyServerHTTP", ""},
                          {"proxyServerHTTPS", ""},
                          {"proxyServerNoProxy", ""},
                          {"proxyServerUsername", ""},
                          {"proxyServerPassword", ""},
                          {"proxyServerCertFile", ""},
                          {"insecure", "False"},
                          {"skipHostLimitChecks", false},
                          {"concurrentDownloads", 1},
                          {"version", "1.0.24.11029"},
                          {"moduleVersion", "1.2.16"},
                          {"caCertRotationThreshold", 90},
                          {"commands", nlohmann::json::array({"Set-AksHciConfig"})}};
    nlohmann::json aks = {{"enableDiagnosticData", true},
                          {"version", "1.0.24.11029"},
                          {"moduleVersion", "1.2.16"},
                          {"skipUpdates", false},
                          {"enablePreview", false}};
    nlohmann::json kva = {
        {"catalog", "aks-hci-stable-catalogs-ext"},
        {"ring", "stable"},
        {"kvaName", deploymentName.toStdString()},
        {"kvaK8sVersion", "v1.26.6"},
        {"kvaPodCidr", "10.200.0.0/16"},
        {"controlplaneVmSize", "Standard_A4_v2"},
        {"loadBalancerVmSize", "Standard_K8S3_v1"},
        {"identity",
         QByteArray("simulated-kva-identity-" + QByteArray::number(seed, 16)).toBase64().toStdString()},
        {"version", "1.0.24.11029"},
        {"certificateValidityFactor", 1}};
    return {{"MOC", moc}, {"AksHci", aks}, {"Kva", kva}};
}

void applyConfigArgs(nlohmann::json& config, const SimArgs& a) {
    const CmdletSpec* spec = CmdletTable::akshci().find(QStringLiteral("Set-AksHciConfig"));
    for (const QString& name : spec->parameterNames()) {
        const auto it = a.find(name.toLower());
        if (it == a.end() || name == QLatin1String("vnet") || name == QLatin1String("proxySettings"))
            continue;
        const std::string key = name.toStdString();
        if (name == QLatin1String("controlPlaneVmSize")) {
            config["Kva"]["controlplaneVmSize"] = *it;
        } else if (name == QLatin1String("version")) {
            for (const char* module : {"MOC", "AksHci", "Kva"})
                config[module]["version"] = *it;
        } else {
            config["MOC"][key] = *it;
            if (name == QLatin1String("workingDir") || name == QLatin1String("imageDir"))
                config["AksHci"][key] = *it;
        }
    }
}

void applyVnet(nlohmann::json& config, const nlohmann::json& vnet) {
    if (!vnet.is_object())
        return;
    nlohmann::json& moc = config["MOC"];
    moc["vnetName"] = vnet.value("Name", "");
    moc["vswitchName"] = vnet.value("VswitchName", "");
    moc["ipaddressprefix"] = vnet.value("IpAddressPrefix", "");
    moc["gateway"] = vnet.value("Gateway", "");
    moc["dnsservers"] = vnet.value("DnsServers", nlohmann::json::array());
    moc["k8snodeippoolstart"] = vnet.value("K8snodeIpPoolStart", "");
    moc["k8snodeippoolend"] = vnet.value("K8snodeIpPoolEnd", "");
    moc["vnetvippoolstart"] = vnet.value("VipPoolStart", "");
    moc["vnetvippoolend"] = vnet.value("VipPoolEnd", "");
    moc["vlanid"] = vnet.value("Vlanid", 0);
    moc["vnetType"] = moc["k8snodeippoolstart"] == "" ? "DHCP" : "Static";
    nlohmann::json& kva = config["Kva"];
    kva["vnetvippoolstart"] = moc["vnetvippoolstart"];
    kva["vnetvippoolend"] = moc["vnetvippoolend"];
    kva["vlanid"] = moc["vlanid"];
}

void applyProxy(nlohmann::json& config, const nlohmann::json& proxy) {
    nlohmann::json& moc = config["MOC"];
    moc["proxyServerHTTP"] = proxy.value("HTTP", "");
    moc["proxyServerHTTPS"] = proxy.value("HTTPS", "");
    moc["proxyServerNoProxy"] = proxy.value("NoProxy", "");
    moc["proxyServerCertFile"] = proxy.value("CertFile", "");
    const nlohmann::json cred = proxy.value("Credential", nlohmann::json());
    moc["proxyServerUsername"] = cred.is_object() ? cred.value("UserName", "") : "";
    moc["proxyServerPassword"] = cred.is_object() ? cred.value("Password", "") : "";
    moc["proxySettingsName"] = proxy.value("Name", "");
}

nlohmann::json proxyOutput(const nlohmann::json& moc) {
    const std::string http = moc.value("proxyServerHTTP", "");
    if (http.empty())
        return {};
    nlohmann::json bypass = nlohmann::json::array();
    for (const QString& e :
         QString::fromStdString(moc.value("proxyServerNoProxy", "")).split(u',', Qt::SkipEmptyParts))
        bypass.push_back(e.trimmed().toStdString());
    const std::string user = moc.value("proxyServerUsername", "");
    return {{"name", moc.value("proxySettingsName", "")},
            {"proxyServerHTTP", http},
            {"proxyServerHTTPS", moc.value("proxyServerHTTPS", "")},
            {"proxyServerBypass", bypass},
            // ConvertTo-Json prints a PSCredential's SecureString as its type name.
            {"proxyServerCredential",
             user.empty() ? nlohmann::json()
                          : nlohmann::json{{"UserName", user}, {"Password", "System.Security.SecureString"}}},
            {"proxyServerCertFile", moc.value("proxyServerCertFile", "")}};
}

nlohmann::json defaultAutoScalerProfile() {
    return {
        {"Name", "akshci-autoscaler-profile-default"},
        {"ProfileSettings", {{"min-node-count", "0"}, {"max-node-count", "1"}, {"scan-interval", "10s"}}}};
}

int simDelayMs() {
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("AKS_SIM_DELAY_MS", &ok);
    return ok ? std::max(0, ms) : 1000;
}

} // namespace aks::sim
