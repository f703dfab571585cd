// The workload-cluster side of the simulated module: load balancer and autoscaler objects, clusters,
// node pools and credentials. Every documented shape parameter is stored and printed back.
#include "SimArgs.h"
#include "SimCerts.h"
#include "SimCmdlets.h"
#include "SimConfig.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

namespace aks::sim {
namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

void requireInstalled(const nlohmann::json& st, const QString& cmdlet) {
    if (!st.value("installed", false))
        fail(QStringLiteral("AksHciNotInstalled,") + cmdlet,
             QStringLiteral("AksHci is not installed. Run Install-AksHci first."));
}

void checkClusterName(const QString& name) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9-]{2,31}")));
    if (!re.match(name).hasMatch())
        fail(QStringLiteral("InvalidClusterName,New-AksHciCluster"),
             QStringLiteral("'%1' is not a valid cluster name. Names must be lowercase letters, numbers and "
                            "hyphens, start with a letter and be 3-32 characters long.")
                 .arg(name));
}

void checkMaxPods(const SimArgs& a, const char* param, const QString& cmdlet) {
    if (has(a, param) && intArg(a, param, 110) <= 50)
        fail(QStringLiteral("InvalidMaxPodCount,") + cmdlet,
             QStringLiteral("The maximum number of pods per node must be greater than 50."));
}

nlohmann::json* findCluster(nlohmann::json& state, const QString& name) {
    for (auto& c : state["clusters"])
        if (QString::fromStdString(c.value("Name", "")) == name)
            return &c;
    return nullptr;
}

const nlohmann::json* findProfile(const nlohmann::json& state, const QString& name) {
    if (!state.contains("autoScalerProfiles") || !state["autoScalerProfiles"].is_array())
        return nullptr;
    for (const auto& p : state["autoScalerProfiles"])
        if (QString::fromStdString(p.value("Name", "")) == name)
            return &p;
    return nullptr;
}

QString osName(const QString& given) {
    return given.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0 ? QStringLiteral("Windows")
                                                                             : QStringLiteral("Linux");
}

// A node pool under an autoscaler takes its bounds from the cluster's profile.
nlohmann::json pool(const QString& name, const QString& os, int count, const QString& vmSize,
                    const nlohmann::json& taints, int maxPods, const nlohmann::json* profile) {
    const auto settings =
        profile ? profile->value("ProfileSettings", nlohmann::json::object()) : nlohmann::json();
    const auto bound = [&](const char* key) {
        return profile ? jsonText(settings.value(key, nlohmann::json("0"))).toInt() : 0;
    };
    return {{"Name", s(name)},
            {"OsType", s(os)},
            {"NodeCount", count},
            {"VmSize", s(vmSize)},
            {"MaxPodCount", maxPods},
            {"Taints", taints},
            {"AutoScalerEnabled", profile != nullptr},
            {"MinCount", bound("min-node-count")},
            {"MaxCount", bound("max-node-count")}};
}

nlohmann::json clusterOutput(const nlohmann::json& c, qint64 now) {
    const bool pending = now < c.value("ReadyAtMs", qint64(0));
    nlohmann::json pools = nlohmann::json::array();
    int linux = 0, windows = 0;
    for (const auto& p : c.value("NodePoolDetails", nlohmann::json::array())) {
        pools.push_back(p.value("Name", ""));
        (p.value("OsType", "Linux") == "Windows" ? windows : linux) += p.value("NodeCount", 0);
    }
    const bool legacy = c.value("LegacyShape", false);
    nlohmann::json o;
    o["Status"] = {{"ProvisioningState", pending ? "ClusterPending" : "Deployed"},
                   {"Details", pending ? "Waiting for the control plane to be ready" : ""}};
    o["ProvisioningState"] = pending ? "ClusterPending" : "provisioned";
    o["KubernetesVersion"] = c.value("KubernetesVersion", "v1.26.6");
    o["PackageVersion"] = c.value("KubernetesVersion", "v1.26.6") + "-kvapkg.0";
    // One pool prints as a plain string, several as an array.
    o["NodePools"] = pools.size() == 1 ? pools[0] : pools;
    // Clusters made with the node-pool parameter set report 0 here; the pools hold the counts.
    o["WindowsNodeCount"] = legacy ? windows : 0;
    o["LinuxNodeCount"] = legacy ? linux : 0;
    o["ControlPlaneNodeCount"] = c.value("ControlPlaneNodeCount", 1);
    o["ControlPlaneVmSize"] = c.value("ControlPlaneVmSize", "Standard_A4_v2");
    o["AutoScalerEnabled"] = c.value("AutoScalerEnabled", false);
    o["AutoScalerProfileName"] =
        c.value("AutoScalerEnabled", false) ? c.value("AutoScalerProfileName", "") : "";
    const auto lb = c.value("LoadBalancer", nlohmann::json::object());
    if (legacy) {
        o["LoadBalancerVmSize"] = lb.value("VMSize", "Standard_A4_v2");
    } else {
        o["LoadBalancer"] = {{"VMSize", lb.value("VMSize", "Standard_A4_v2")},
                             {"Count", lb.value("Count", 1)},
                             {"Sku", lb.value("Sku", "HAProxy")}};
        o["Windows2022NodeCount"] = 0;
        o["ImageName"] = c.value("ImageName", "Linux_k8s_1-26-6");
    }
    o["VnetName"] = c.value("VnetName", "");
    o["PrimaryNetworkPlugin"] = c.value("PrimaryNetworkPlugin", "calico");
    o["AdAuthEnabled"] = c.value("AdAuthEnabled", false);
    o["AzureRBACEnabled"] = c.value("AzureRBACEnabled", false);
    o["MonitoringEnabled"] = c.value("MonitoringEnabled", false);
    o["CreationTime"] = "/Date(" + std::to_string(c.value("CreatedMs", qint64(0))) + ")/";
    o["Name"] = c.value("Name", "");
    return o;
}

nlohmann::json nodePoolOutput(const nlohmann::json& c, const nlohmann::json& p, qint64 now) {
    const bool pending = now < c.value("ReadyAtMs", qint64(0));
    nlohmann::json o;
    o["ClusterName"] = c.value("Name", "");
    o["NodePoolName"] = p.value("Name", "");
    o["Version"] = c.value("KubernetesVersion", "v1.26.6");
    // Windows PowerShell prints the OsType enum as its number.
    o["OsType"] = p.value("OsType", "Linux") == "Windows" ? 1 : 0;
    o["NodeCount"] = p.value("NodeCount", 1);
    o["VmSize"] = p.value("VmSize", "Standard_K8S3_v1");
    o["Phase"] = pending ? "Pending" : "Deployed";
    o["MaxPodCount"] = p.value("MaxPodCount", 110);
    o["Taints"] = p.value("Taints", nlohmann::json::array());
    o["AutoScalerEnabled"] = p.value("AutoScalerEnabled", false) ? "True" : "False";
    o["MinCount"] = p.value("MinCount", 0);
    o["MaxCount"] = p.value("MaxCount", 0);
    return o;
}

} // namespace

nlohmann::json SimCmdlets::getClusters(const Args& a) {
    const auto st = m_state.read();
    requireInstalled(st, QStringLiteral("Get-AksHciCluster"));
    const qint64 now = nowMs();
    if (has(a, "name")) {
        const QString name = arg(a, "name");
        for (const auto& c : st["clusters"])
            if (QString::fromStdString(c.value("Name", "")) == name)
                return clusterOutput(c, now);
        fail(QStringLiteral("ClusterNotFound,Get-AksHciCluster"),
             QStringLiteral("A workload cluster with the name '%1' was not found.").arg(name));
    }
    nlohmann::json list = nlohmann::json::array();
    for (const auto& c : st["clusters"])
        list.push_back(clusterOutput(c, now));
    return list;
}

nlohmann::json SimCmdlets::getNodePools(const Args& a) {
    const auto st = m_state.read();
    const QString name = arg(a, "clusterName");
    for (const auto& c : st["clusters"])
        if (QString::fromStdString(c.value("Name", "")) == name) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& p : c.value("NodePoolDetails", nlohmann::json::array()))
                if (!has(a, "name") || QString::fromStdString(p.value("Name", "")) == arg(a, "name"))
                    list.push_back(nodePoolOutput(c, p, nowMs()));
            return list;
        }
    fail(QStringLiteral("ClusterNotFound,Get-AksHciNodePool"),
         QStringLiteral("A workload cluster with the name '%1' was not found.").arg(name));
}

nlohmann::json SimCmdlets::getCredential(const Args& a) {
    const QString name = arg(a, "name");
    const auto st = m_state.read();
    requireInstalled(st, QStringLiteral("Get-AksHciCredential"));
    bool found = false;
    for (const auto& c : st["clusters"])
        found = found || QString::fromStdString(c.value("Name", "")) == name;
    if (!found)
        fail(QStringLiteral("ClusterNotFound,Get-AksHciCredential"),
             QStringLiteral("A workload cluster with the name '%1' was not found.").arg(name));
    const QString path =
        arg(a, "configPath", QDir(m_state.stateDir()).filePath(QStringLiteral("kube/config")));
    if (QFileInfo::exists(path))
        warning(QStringLiteral("Overwriting the existing kubeconfig %1.").arg(path));
    const QString deployment = QString::fromStdString(st.value("deploymentName", "aks-demo"));
    const QString server = QStringLiteral("https://%1.%2.local:6443").arg(name, deployment);
    qint64 notAfter = 0;
    for (const auto& c : st["clusters"])
        if (QString::fromStdString(c.value("Name", "")) == name)
            notAfter = clientCertNotAfterMs(c);
    const SimKubeCerts certs = makeKubeCerts(name, notAfter);
    if (certs.clientPem.isEmpty())
        fail(QStringLiteral("CertificateNotIssued,Get-AksHciCredential"),
             QStringLiteral("Could not issue the client certificate of '%1'.").arg(name));
    const auto b64 = [](const QByteArray& pem) { return QString::fromLatin1(pem.toBase64()); };
    const QString yaml =
        QStringLiteral("apiVersion: v1\n"
                       "kind: Config\n"
                       "clusters:\n"
                       "- cluster:\n"
                       "    certificate-authority-data: %1\n"
                       "    server: %2\n"
                       "  name: %3\n"
                       "contexts:\n"
                       "- context:\n"
                       "    cluster: %3\n"
                       "    user: %3-admin\n"
                       "  name: %3\n"
                       "current-context: %3\n"
                       "preferences: {}\n"
                       "users:\n"
                       "- name: %3-admin\n"
                       "  user:\n"
                       "    client-certificate-data: %4\n"
                       "    client-key-data: %5\n")
            .arg(b64(certs.caPem), server, name, b64(certs.clientPem), b64(certs.clientKeyPem));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(yaml.toUtf8()) < 0 || !f.commit())
        fail(QStringLiteral("KubeconfigNotWritten,Get-AksHciCredential"),
             QStringLiteral("Could not write the kubeconfig to %1.").arg(path));
    return {};
}

nlohmann::json SimCmdlets::newLoadBalancerSetting(const Args& a) {
    return {{"$type", "LoadBalancerSetting"},
            {"Name", s(arg(a, "name"))},
            {"LoadBalancerSku", s(arg(a, "loadBalancerSku"))}};
}

nlohmann::json SimCmdlets::newAutoScalerProfile(const Args& a) {
    const QString name = arg(a, "name");
    const nlohmann::json config = a.value(QStringLiteral("autoscalerprofileconfig"));
    if (!config.is_object())
        fail(QStringLiteral("ParameterArgumentTransformationError,New-AksHciAutoScalerProfile"),
             QStringLiteral("Cannot process argument transformation on parameter 'autoScalerProfileConfig'. "
                            "Cannot convert the \"%1\" value of type \"System.String\" to type "
                            "\"System.Collections.Hashtable\".")
                 .arg(jsonText(config)));
    nlohmann::json settings = nlohmann::json::object();
    for (auto it = config.begin(); it != config.end(); ++it)
        settings[it.key()] = s(jsonText(it.value()));
    mutate([&](nlohmann::json& st) {
        requireInstalled(st, QStringLiteral("New-AksHciAutoScalerProfile"));
        if (findProfile(st, name))
            fail(QStringLiteral("AutoScalerProfileExists,New-AksHciAutoScalerProfile"),
                 QStringLiteral("An autoscaler profile with the name '%1' already exists.").arg(name));
        st["autoScalerProfiles"].push_back({{"Name", s(name)}, {"ProfileSettings", settings}});
        return true;
    });
    return {};
}

nlohmann::json SimCmdlets::getAutoScalerProfile(const Args& a) {
    const auto st = m_state.read();
    requireInstalled(st, QStringLiteral("Get-AksHciAutoScalerProfile"));
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : st.value("autoScalerProfiles", nlohmann::json::array())) {
        if (has(a, "name") && QString::fromStdString(p.value("Name", "")) != arg(a, "name"))
            continue;
        nlohmann::json clusters = nlohmann::json::array();
        for (const auto& c : st["clusters"])
            if (c.value("AutoScalerEnabled", false) &&
                c.value("AutoScalerProfileName", "") == p.value("Name", ""))
                clusters.push_back(c.value("Name", ""));
        nlohmann::json o = p;
        o["Clusters"] = clusters;
        list.push_back(o);
    }
    if (has(a, "name") && list.empty())
        fail(QStringLiteral("AutoScalerProfileNotFound,Get-AksHciAutoScalerProfile"),
             QStringLiteral("An autoscaler profile with the name '%1' was not found.").arg(arg(a, "name")));
    return list;
}

nlohmann::json SimCmdlets::newCluster(const Args& a) {
    const QString name = arg(a, "name");
    checkClusterName(name);
    checkMaxPods(a, "nodeMaxPodCount", QStringLiteral("New-AksHciCluster"));
    const QString cmdlet = QStringLiteral("New-AksHciCluster");
    const nlohmann::json lbSettings = objectArg(a, "loadBalancerSettings", "LoadBalancerSetting", cmdlet);
    const nlohmann::json vnet = objectArg(a, "vnet", "VirtualNetwork", cmdlet);
    const bool autoscale = isOn(a, "enableAutoScaler");
    const QString profileName =
        arg(a, "autoScalerProfileName", QStringLiteral("akshci-autoscaler-profile-default"));
    const qint64 now = nowMs();
    const int delay = simDelayMs();
    const bool drift = m_faults.forCmdlet(cmdlet) == SimFaults::Kind::Drift;
    host(QStringLiteral("Creating workload cluster '%1'...").arg(name));
    mutate([&](nlohmann::json& st) {
        requireInstalled(st, cmdlet);
        if (findCluster(st, name))
            fail(QStringLiteral("ClusterExists,New-AksHciCluster"),
                 QStringLiteral("A workload cluster with the name '%1' already exists.").arg(name));
        const nlohmann::json* profile = nullptr;
        if (autoscale && !(profile = findProfile(st, profileName)))
            fail(QStringLiteral("AutoScalerProfileNotFound,New-AksHciCluster"),
                 QStringLiteral("An autoscaler profile with the name '%1' was not found.").arg(profileName));
        nlohmann::json pools = nlohmann::json::array();
        // -name alone: a one-node Linux pool and an empty Windows pool (the documented default).
        const bool poolParams = has(a, "nodePoolName") || has(a, "nodeCount") || has(a, "osType") ||
                                has(a, "nodeVmSize") || has(a, "taints") || has(a, "nodeMaxPodCount");
        const QString vmSize = arg(a, "nodeVmSize", QStringLiteral("Standard_K8S3_v1"));
        if (poolParams) {
            const QString os = osName(arg(a, "osType"));
            pools.push_back(pool(arg(a, "nodePoolName", name + u'-' + os.toLower()), os,
                                 intArg(a, "nodeCount", 1), vmSize, listArg(a, "taints"),
                                 intArg(a, "nodeMaxPodCount", 110), profile));
        } else {
            pools.push_back(pool(name + QStringLiteral("-linux"), QStringLiteral("Linux"), 1, vmSize,
                                 nlohmann::json::array(), 110, profile));
            pools.push_back(pool(name + QStringLiteral("-windows"), QStringLiteral("Windows"), 0, vmSize,
                                 nlohmann::json::array(), 110, profile));
        }
        const std::string version = s(arg(a, "kubernetesVersion", QStringLiteral("v1.26.6")));
        st["clusters"].push_back(
            {{"Name", s(name)},
             {"KubernetesVersion", version},
             {"ControlPlaneNodeCount", intArg(a, "controlPlaneNodeCount", 1)},
             {"ControlPlaneVmSize",
              drift ? "Standard_A2_v2" : s(arg(a, "controlPlaneVmSize", QStringLiteral("Standard_A4_v2")))},
             {"LoadBalancer",
              {{"VMSize", s(arg(a, "loadBalancerVmSize", QStringLiteral("Standard_A4_v2")))},
               {"Count", 1},
               {"Sku", lbSettings.is_object() ? lbSettings.value("LoadBalancerSku", "HAProxy") : "HAProxy"}}},
             {"VnetName", vnet.is_object() ? vnet.value("Name", "") : ""},
             {"PrimaryNetworkPlugin", s(arg(a, "primaryNetworkPlugin", QStringLiteral("calico")).toLower())},
             {"AdAuthEnabled", isOn(a, "enableAdAuth")},
             {"AzureRBACEnabled", isOn(a, "enableAzureRBAC")},
             {"MonitoringEnabled", isOn(a, "enableMonitoring")},
             {"AutoScalerEnabled", autoscale},
             {"AutoScalerProfileName", autoscale ? s(profileName) : ""},
             {"ImageName",
              "Linux_k8s_" + QString::fromStdString(version).mid(1).replace(u'.', u'-').toStdString()},
             {"CreatedMs", now},
             {"ReadyAtMs", now + delay},
             {"NodePoolDetails", pools}});
        return true;
    });
    // The real cmdlet returns once the cluster is up; meanwhile others see it pending.
    QThread::msleep(ulong(delay));
    host(QStringLiteral("Workload cluster '%1' is ready.").arg(name));
    return {};
}

nlohmann::json SimCmdlets::newNodePool(const Args& a) {
    const QString cluster = arg(a, "clusterName");
    const QString name = arg(a, "name");
    checkMaxPods(a, "maxPodCount", QStringLiteral("New-AksHciNodePool"));
    mutate([&](nlohmann::json& st) {
        nlohmann::json* c = findCluster(st, cluster);
        if (!c)
            fail(QStringLiteral("ClusterNotFound,New-AksHciNodePool"),
                 QStringLiteral("A workload cluster with the name '%1' was not found.").arg(cluster));
        for (const auto& p : (*c)["NodePoolDetails"])
            if (QString::fromStdString(p.value("Name", "")) == name)
                fail(QStringLiteral("NodePoolExists,New-AksHciNodePool"),
                     QStringLiteral("A node pool with the name '%1' already exists.").arg(name));
        // A pool follows its cluster's autoscaler unless -disableAutoScaler.
        const nlohmann::json* profile = nullptr;
        if (c->value("AutoScalerEnabled", false) && !isOn(a, "disableAutoScaler"))
            profile = findProfile(st, QString::fromStdString(c->value("AutoScalerProfileName", "")));
        (*c)["NodePoolDetails"].push_back(pool(name, osName(arg(a, "osType")), intArg(a, "count", 1),
                                               arg(a, "vmSize", QStringLiteral("Standard_K8S3_v1")),
                                               listArg(a, "taints"), intArg(a, "maxPodCount", 110), profile));
        return true;
    });
    host(QStringLiteral("Node pool '%1' added to '%2'.").arg(name, cluster));
    return {};
}

nlohmann::json SimCmdlets::removeCluster(const Args& a) {
    const QString name = arg(a, "name");
    mutate([&](nlohmann::json& st) {
        auto& list = st["clusters"];
        for (auto it = list.begin(); it != list.end(); ++it)
            if (QString::fromStdString(it->value("Name", "")) == name) {
                list.erase(it);
                return true;
            }
        fail(QStringLiteral("ClusterNotFound,Remove-AksHciCluster"),
             QStringLiteral("A workload cluster with the name '%1' was not found.").arg(name));
    });
    removeClusterData(name);
    return {};
}

} // namespace aks::sim
