// The management side of the simulated module: network and proxy objects, configuration,
// registration, install and uninstall, with the state rules of a real host.
#include "SimArgs.h"
#include "SimCmdlets.h"
#include "SimConfig.h"

#include <QDir>
#include <QRandomGenerator>
#include <QThread>

namespace aks::sim {

nlohmann::json SimCmdlets::initializeNode(const Args&) {
    host(QStringLiteral("Checking whether this node meets the requirements to install AKS hybrid..."));
    host(QStringLiteral("The node is ready."));
    return {};
}

nlohmann::json SimCmdlets::getConfig(const Args&) {
    const auto st = m_state.read();
    if (st["config"].is_null())
        fail(QStringLiteral("AksHciNotConfigured,Get-AksHciConfig"),
             QStringLiteral("AksHci is not configured. Run Set-AksHciConfig first."));
    nlohmann::json config = st["config"];
    const char* state = st.value("installed", false) ? "Installed" : "NotInstalled";
    for (const char* module : {"MOC", "AksHci", "Kva"})
        if (config.contains(module))
            config[module]["installState"] = state;
    return config;
}

nlohmann::json SimCmdlets::getRegistration(const Args&) {
    // Not registered: no output, as the module prints nothing.
    return m_state.read().value("registration", nlohmann::json());
}

nlohmann::json SimCmdlets::getVersion(const Args&) {
    const auto st = m_state.read();
    if (!st.value("installed", false))
        fail(QStringLiteral("AksHciNotInstalled,Get-AksHciVersion"),
             QStringLiteral("AksHci is not installed. Run Install-AksHci first."));
    return st.value("version", "1.0.24.11029");
}

nlohmann::json SimCmdlets::getKubernetesVersions(const Args&) {
    nlohmann::json list = nlohmann::json::array();
    for (const char* v : {"v1.25.11", "v1.26.6", "v1.27.3"})
        for (const char* os : {"Linux", "Windows"})
            list.push_back({{"OrchestratorType", "Kubernetes"},
                            {"OrchestratorVersion", v},
                            {"OS", os},
                            {"IsPreview", false}});
    return list;
}

nlohmann::json SimCmdlets::newNetworkSetting(const Args& a) {
    return {{"$type", "VirtualNetwork"},
            {"Name", s(arg(a, "name"))},
            {"VswitchName", s(arg(a, "vswitchName"))},
            {"IpAddressPrefix", s(arg(a, "ipAddressPrefix"))},
            {"Gateway", s(arg(a, "gateway"))},
            {"DnsServers", listArg(a, "dnsServers")},
            {"MacPoolName", "MocMacPool"},
            {"Vlanid", intArg(a, "vlanID", 0)},
            {"VipPoolStart", s(arg(a, "vipPoolStart"))},
            {"VipPoolEnd", s(arg(a, "vipPoolEnd"))},
            {"K8snodeIpPoolStart", s(arg(a, "k8sNodeIpPoolStart"))},
            {"K8snodeIpPoolEnd", s(arg(a, "k8sNodeIpPoolEnd"))}};
}

nlohmann::json SimCmdlets::newProxySetting(const Args& a) {
    const nlohmann::json cred = a.value(QStringLiteral("credential"));
    if (!cred.is_null() && !(cred.is_object() && cred.value("$credential", false)))
        fail(QStringLiteral("ParameterArgumentTransformationError,New-AksHciProxySetting"),
             QStringLiteral("Cannot process argument transformation on parameter 'credential'. A command "
                            "that prompts the user failed because the host program or the command type does "
                            "not support user interaction."));
    return {
        {"$type", "ProxySettings"},    {"Name", s(arg(a, "name"))},       {"HTTP", s(arg(a, "http"))},
        {"HTTPS", s(arg(a, "https"))}, {"NoProxy", s(arg(a, "noProxy"))}, {"CertFile", s(arg(a, "certFile"))},
        {"Credential", cred}};
}

nlohmann::json SimCmdlets::getProxySetting(const Args&) {
    const auto st = m_state.read();
    if (st["config"].is_null())
        return {};
    return proxyOutput(st["config"].value("MOC", nlohmann::json::object()));
}

nlohmann::json SimCmdlets::setConfig(const Args& a) {
    const nlohmann::json vnet = objectArg(a, "vnet", "VirtualNetwork", QStringLiteral("Set-AksHciConfig"));
    const nlohmann::json proxy =
        objectArg(a, "proxySettings", "ProxySettings", QStringLiteral("Set-AksHciConfig"));
    host(QStringLiteral("Validating the configuration..."));
    mutate([&](nlohmann::json& st) {
        if (st.value("installed", false))
            fail(QStringLiteral("AksHciAlreadyInstalled,Set-AksHciConfig"),
                 QStringLiteral("AksHci is already installed. Run Uninstall-AksHci first."));
        // Running Set-AksHciConfig again resets the configuration: nothing of an earlier one survives.
        nlohmann::json config = baseConfig(QString::fromStdString(st.value("deploymentName", "aks-demo")),
                                           QRandomGenerator::global()->generate());
        applyConfigArgs(config, a);
        applyVnet(config, vnet);
        if (proxy.is_object())
            applyProxy(config, proxy);
        st["config"] = config;
        return true;
    });
    verbose(QStringLiteral("Configuration saved to the cloud config location."));
    host(QStringLiteral("Configuration saved. Run Set-AksHciRegistration, then Install-AksHci."));
    return {};
}

nlohmann::json SimCmdlets::setRegistration(const Args& a) {
    const nlohmann::json cred = a.value(QStringLiteral("credential"));
    mutate([&](nlohmann::json& st) {
        nlohmann::json r = {{"subscriptionId", s(arg(a, "subscriptionId"))},
                            {"resourceGroupName", s(arg(a, "resourceGroupName"))}};
        for (const char* optional : {"tenantId", "region", "environmentName", "accountId"})
            if (has(a, optional))
                r[optional] = s(arg(a, optional));
        if (cred.is_object())
            r["servicePrincipalId"] = cred.value("UserName", "");
        if (isOn(a, "useDeviceAuthentication"))
            r["useDeviceAuthentication"] = true;
        st["registration"] = r;
        return true;
    });
    host(QStringLiteral("Registered with subscription %1, resource group %2.")
             .arg(arg(a, "subscriptionId"), arg(a, "resourceGroupName")));
    return {};
}

nlohmann::json SimCmdlets::install(const Args&) {
    mutate([&](nlohmann::json& st) {
        if (st["config"].is_null())
            fail(QStringLiteral("AksHciNotConfigured,Install-AksHci"),
                 QStringLiteral("AksHci is not configured. Run Set-AksHciConfig before Install-AksHci."));
        if (st["registration"].is_null())
            fail(QStringLiteral("AksHciNotRegistered,Install-AksHci"),
                 QStringLiteral("AksHci is not registered with Azure. Run Set-AksHciRegistration before "
                                "Install-AksHci."));
        if (st.value("installed", false))
            fail(QStringLiteral("AksHciAlreadyInstalled,Install-AksHci"),
                 QStringLiteral("AksHci is already installed."));
        st["installed"] = true;
        // A fresh install issues fresh certificates and tokens.
        st.erase("managementCertsNotAfterMs");
        st["clusters"] = nlohmann::json::array();
        st["autoScalerProfiles"] = nlohmann::json::array({defaultAutoScalerProfile()});
        return true;
    });
    host(QStringLiteral("Installing the AKS hybrid host (management cluster)..."));
    warning(QStringLiteral("Installation can take an hour or more; do not close this session."));
    verbose(QStringLiteral("Deploying cloud agent, node agents and the management cluster."));
    QThread::msleep(ulong(simDelayMs()));
    host(QStringLiteral("AKS hybrid is installed."));
    return {};
}

void SimCmdlets::removeClusterData(const QString& name) const {
    const QDir root(m_state.stateDir());
    for (const char* area : {"kube", "velero"}) {
        QDir d(root.filePath(QString::fromLatin1(area)));
        if (name.isEmpty())
            d.removeRecursively();
        else
            QDir(d.filePath(name)).removeRecursively();
    }
}

nlohmann::json SimCmdlets::uninstall(const Args& a) {
    const bool keepConfig = isOn(a, "skipConfigCleanup");
    warning(QStringLiteral("Uninstall-AksHci removes the management cluster and every workload cluster."));
    mutate([&](nlohmann::json& st) {
        st["installed"] = false;
        st["clusters"] = nlohmann::json::array();
        st["autoScalerProfiles"] = nlohmann::json::array();
        if (!keepConfig) {
            st["config"] = nullptr;
            st["registration"] = nullptr;
        }
        return true;
    });
    // The kubectl and velero state belonged to the clusters that are gone; backup storage stays.
    removeClusterData({});
    host(keepConfig
             ? QStringLiteral("AKS hybrid is uninstalled; the configuration was kept.")
             : QStringLiteral("AKS hybrid is uninstalled; configuration and registration were removed."));
    return {};
}

} // namespace aks::sim
