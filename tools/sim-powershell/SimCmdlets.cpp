#include "SimCmdlets.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

namespace aks::sim {
namespace {

struct CmdletError {
    QString message;
};

[[noreturn]] void fail(const QString& message) {
    throw CmdletError{message};
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

int delayMs() {
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("AKS_SIM_DELAY_MS", &ok);
    return ok ? std::max(0, ms) : 1000;
}

QString str(const nlohmann::json& v) {
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("True") : QStringLiteral("False");
    return {};
}

QString arg(const QHash<QString, nlohmann::json>& a, const char* name, const QString& fallback = {}) {
    const auto it = a.find(QString::fromLatin1(name).toLower());
    return it == a.end() ? fallback : str(*it);
}

int intArg(const QHash<QString, nlohmann::json>& a, const char* name, int fallback) {
    const auto it = a.find(QString::fromLatin1(name).toLower());
    if (it == a.end())
        return fallback;
    if (it->is_number_integer())
        return it->get<int>();
    bool ok = false;
    const int n = str(*it).toInt(&ok);
    if (!ok)
        fail(QStringLiteral(
                 "Cannot bind parameter '%1'. Cannot convert value \"%2\" to type \"System.Int32\".")
                 .arg(QString::fromLatin1(name), str(*it)));
    return n;
}

bool has(const QHash<QString, nlohmann::json>& a, const char* name) {
    return a.contains(QString::fromLatin1(name).toLower());
}

std::string s(const QString& q) {
    return q.toStdString();
}

void checkClusterName(const QString& name) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9-]{2,31}")));
    if (!re.match(name).hasMatch())
        fail(QStringLiteral("'%1' is not a valid cluster name. Names must be lowercase letters, numbers and "
                            "hyphens, start with a letter and be 3-32 characters long.")
                 .arg(name));
}

nlohmann::json* findCluster(nlohmann::json& state, const QString& name) {
    for (auto& c : state["clusters"])
        if (QString::fromStdString(c.value("Name", "")) == name)
            return &c;
    return nullptr;
}

} // namespace

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
    o["AutoScalerProfile"] = c.value("AutoScalerEnabled", false)
                                 ? nlohmann::json(c.value("AutoScalerProfileName", ""))
                                 : nlohmann::json();
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
    o["CreationTime"] = "/Date(" + std::to_string(c.value("CreatedMs", qint64(0))) + ")/";
    o["Name"] = c.value("Name", "");
    const nlohmann::json extra = c.value("Extra", nlohmann::json::object());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o[it.key()] = it.value();
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

SimCmdlets::SimCmdlets(SimState& state, const SimFaults& faults) : m_state(state), m_faults(faults) {}

nlohmann::json SimCmdlets::resolve(const nlohmann::json& v) const {
    if (v.is_object() && v.contains("$var")) {
        const QString name = QString::fromStdString(v["$var"].get<std::string>()).toLower();
        const auto it = m_vars.find(name);
        if (it == m_vars.end())
            return nlohmann::json();
        return *it;
    }
    if (v.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : v)
            out.push_back(resolve(e));
        return out;
    }
    return v;
}

void SimCmdlets::mutate(const std::function<bool(nlohmann::json&)>& fn) {
    QString error;
    if (!m_state.update(fn, &error))
        fail(error);
}

SimCmdlets::Outcome SimCmdlets::run(const Script& script) {
    Outcome out;
    runBlock(script, out);
    return out;
}

bool SimCmdlets::runBlock(const Script& script, Outcome& out) {
    for (const Statement& st : script.statements) {
        nlohmann::json result;
        if (st.cmdlet.isEmpty()) {
            result = st.value;
        } else {
            Args args;
            nlohmann::json record = {{"cmdlet", s(st.cmdlet)}, {"params", nlohmann::json::object()}};
            for (const Argument& a : st.args) {
                args.insert(a.name.toLower(),
                            a.value.is_object() && a.value.contains("$block") ? a.value : resolve(a.value));
                // Values as received; credentials stay references ({"$var": ...}), so no password lands here.
                record["params"][s(a.name.isEmpty() ? QStringLiteral("_positional") : a.name)] = a.value;
            }
            m_state.recordCall(record);
            out.cmdlet = st.cmdlet;
            const SimFaults::Kind fault = m_faults.forCmdlet(st.cmdlet);
            if (fault == SimFaults::Kind::Hang)
                for (;;)
                    QThread::sleep(3600);
            if (fault != SimFaults::Kind::None) {
                out.fault = fault;
                out.ok = false;
                out.error = QStringLiteral("%1 : The simulated host failed on purpose (fault %2).")
                                .arg(st.cmdlet)
                                .arg(int(fault));
                return false;
            }
            try {
                result = invoke(st.cmdlet, args, script, out);
            } catch (const CmdletError& e) {
                out.ok = false;
                out.error = e.message;
                return false;
            }
            if (!out.ok)
                return false;
        }
        if (!st.assignTo.isEmpty())
            m_vars.insert(st.assignTo.toLower(), result);
        else if (!result.is_null())
            for (const auto& e :
                 result.is_array() && !st.cmdlet.isEmpty() ? result : nlohmann::json::array({result}))
                out.output.push_back(e);
    }
    return true;
}

nlohmann::json SimCmdlets::invoke(const QString& cmdlet, const Args& a, const Script& script, Outcome& out) {
    static const QHash<QString, QStringList> known = {
        {QStringLiteral("get-akshciconfig"), {}},
        {QStringLiteral("get-akshcicluster"), {QStringLiteral("name")}},
        {QStringLiteral("get-akshcinodepool"), {QStringLiteral("clustername"), QStringLiteral("name")}},
        {QStringLiteral("get-akshciversion"), {}},
        {QStringLiteral("get-akshcikubernetesversion"), {}},
        {QStringLiteral("get-akshcicredential"),
         {QStringLiteral("name"), QStringLiteral("configpath"), QStringLiteral("confirm")}},
        {QStringLiteral("new-akshcinetworksetting"),
         {QStringLiteral("name"), QStringLiteral("vswitchname"), QStringLiteral("k8snodeippoolstart"),
          QStringLiteral("k8snodeippoolend"), QStringLiteral("vippoolstart"), QStringLiteral("vippoolend"),
          QStringLiteral("ipaddressprefix"), QStringLiteral("gateway"), QStringLiteral("dnsservers"),
          QStringLiteral("vlanid")}},
        {QStringLiteral("new-akshciloadbalancersetting"),
         {QStringLiteral("name"), QStringLiteral("loadbalancersku"), QStringLiteral("vmsize"),
          QStringLiteral("loadbalancercount")}},
        {QStringLiteral("set-akshciconfig"),
         {QStringLiteral("imagedir"), QStringLiteral("workingdir"), QStringLiteral("cloudconfiglocation"),
          QStringLiteral("vnet"), QStringLiteral("cloudservicecidr"), QStringLiteral("controlplanevmsize"),
          QStringLiteral("loadbalancervmsize"), QStringLiteral("kvapodcidr"), QStringLiteral("version"),
          QStringLiteral("proxyserverhttp"), QStringLiteral("proxyserverhttps"),
          QStringLiteral("proxyservernoproxy"), QStringLiteral("proxycredential"),
          QStringLiteral("skiphostlimitchecks")}},
        {QStringLiteral("set-akshciregistration"),
         {QStringLiteral("subscriptionid"), QStringLiteral("resourcegroupname"), QStringLiteral("tenantid"),
          QStringLiteral("credential")}},
        {QStringLiteral("install-akshci"), {}},
        {QStringLiteral("uninstall-akshci"),
         {QStringLiteral("skipconfigcleanup"), QStringLiteral("confirm")}},
        {QStringLiteral("new-akshcicluster"),
         {QStringLiteral("name"), QStringLiteral("kubernetesversion"),
          QStringLiteral("controlplanenodecount"), QStringLiteral("controlplanevmsize"),
          QStringLiteral("loadbalancervmsize"), QStringLiteral("loadbalancersettings"),
          QStringLiteral("nodepoolname"), QStringLiteral("nodecount"), QStringLiteral("ostype"),
          QStringLiteral("nodevmsize"), QStringLiteral("enableautoscaler")}},
        {QStringLiteral("new-akshcinodepool"),
         {QStringLiteral("clustername"), QStringLiteral("name"), QStringLiteral("count"),
          QStringLiteral("ostype"), QStringLiteral("vmsize"), QStringLiteral("maxpodcount"),
          QStringLiteral("taints")}},
        {QStringLiteral("remove-akshcicluster"), {QStringLiteral("name"), QStringLiteral("confirm")}},
        {QStringLiteral("import-module"), {QString(), QStringLiteral("force")}},
        {QStringLiteral("invoke-command"),
         {QStringLiteral("computername"), QStringLiteral("authentication"), QStringLiteral("credential"),
          QStringLiteral("scriptblock")}},
    };
    const QString lc = cmdlet.toLower();
    const auto it = known.find(lc);
    if (it == known.end())
        fail(QStringLiteral(
                 "The term '%1' is not recognized as the name of a cmdlet, function, script file, or "
                 "operable program.")
                 .arg(cmdlet));
    for (auto k = a.begin(); k != a.end(); ++k)
        if (!it->contains(k.key()))
            fail(k.key().isEmpty()
                     ? QStringLiteral("%1 : A positional parameter cannot be found that accepts "
                                      "the given argument.")
                           .arg(cmdlet)
                     : QStringLiteral("%1 : A parameter cannot be found that matches parameter "
                                      "name '%2'.")
                           .arg(cmdlet, k.key()));

    if (lc == QLatin1String("import-module"))
        return {};
    if (lc == QLatin1String("invoke-command")) {
        const auto block = a.value(QStringLiteral("scriptblock"));
        if (!block.is_object() || !block.contains("$block"))
            fail(QStringLiteral("Invoke-Command : -ScriptBlock is required."));
        if (!runBlock(script.blocks.at(block["$block"].get<size_t>()), out))
            return {};
        nlohmann::json collected = out.output;
        out.output = nlohmann::json::array();
        return collected.empty() ? nlohmann::json() : collected;
    }
    if (lc == QLatin1String("get-akshciconfig"))
        return getConfig();
    if (lc == QLatin1String("get-akshcicluster"))
        return getClusters(a);
    if (lc == QLatin1String("get-akshcinodepool"))
        return getNodePools(a);
    if (lc == QLatin1String("get-akshciversion")) {
        const auto st = m_state.read();
        if (!st.value("installed", false))
            fail(QStringLiteral("AksHci is not installed. Run Install-AksHci first."));
        return st.value("version", "1.0.24.11029");
    }
    if (lc == QLatin1String("get-akshcikubernetesversion")) {
        nlohmann::json list = nlohmann::json::array();
        for (const char* v : {"v1.25.11", "v1.26.6", "v1.27.3"})
            for (const char* os : {"Linux", "Windows"})
                list.push_back({{"OrchestratorType", "Kubernetes"},
                                {"OrchestratorVersion", v},
                                {"OS", os},
                                {"IsPreview", false}});
        return list;
    }
    if (lc == QLatin1String("get-akshcicredential"))
        return getCredential(a);
    if (lc == QLatin1String("new-akshcinetworksetting"))
        return newNetworkSetting(a);
    if (lc == QLatin1String("new-akshciloadbalancersetting"))
        return newLoadBalancerSetting(a);
    if (lc == QLatin1String("set-akshciconfig"))
        return setConfig(a);
    if (lc == QLatin1String("set-akshciregistration"))
        return setRegistration(a);
    if (lc == QLatin1String("install-akshci"))
        return install();
    if (lc == QLatin1String("uninstall-akshci"))
        return uninstall(a);
    if (lc == QLatin1String("new-akshcicluster"))
        return newCluster(a);
    if (lc == QLatin1String("new-akshcinodepool"))
        return newNodePool(a);
    return removeCluster(a);
}

nlohmann::json SimCmdlets::getConfig() {
    const auto st = m_state.read();
    if (st["config"].is_null())
        fail(QStringLiteral("AksHci is not configured. Run Set-AksHciConfig first."));
    nlohmann::json config = st["config"];
    const char* state = st.value("installed", false) ? "Installed" : "NotInstalled";
    for (const char* module : {"MOC", "AksHci", "Kva"})
        if (config.contains(module))
            config[module]["installState"] = state;
    return config;
}

nlohmann::json SimCmdlets::getClusters(const Args& a) {
    const auto st = m_state.read();
    if (!st.value("installed", false))
        fail(QStringLiteral("AksHci is not installed. Run Install-AksHci first."));
    const qint64 now = nowMs();
    if (has(a, "name")) {
        const QString name = arg(a, "name");
        for (const auto& c : st["clusters"])
            if (QString::fromStdString(c.value("Name", "")) == name)
                return clusterOutput(c, now);
        fail(QStringLiteral("A workload cluster with the name '%1' was not found.").arg(name));
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
    fail(QStringLiteral("A workload cluster with the name '%1' was not found.").arg(name));
}

nlohmann::json SimCmdlets::getCredential(const Args& a) {
    const QString name = arg(a, "name");
    const auto st = m_state.read();
    if (!st.value("installed", false))
        fail(QStringLiteral("AksHci is not installed. Run Install-AksHci first."));
    bool found = false;
    for (const auto& c : st["clusters"])
        found = found || QString::fromStdString(c.value("Name", "")) == name;
    if (!found)
        fail(QStringLiteral("A workload cluster with the name '%1' was not found.").arg(name));
    // Without -Confirm:$false the real cmdlet prompts before overwriting; a hidden session hangs there.
    const auto confirm = a.value(QStringLiteral("confirm"), nlohmann::json(true));
    QString path = arg(a, "configPath", QDir(m_state.stateDir()).filePath(QStringLiteral("kube/config")));
    if (QFileInfo::exists(path) && !(confirm.is_boolean() && !confirm.get<bool>()))
        fail(QStringLiteral(
                 "Get-AksHciCredential : Confirmation required to overwrite %1 in a non-interactive "
                 "session.")
                 .arg(path));
    const QString deployment = QString::fromStdString(st.value("deploymentName", "aks-demo"));
    const QString server = QStringLiteral("https://%1.%2.local:6443").arg(name, deployment);
    const QByteArray ca = QByteArrayLiteral("simulated-ca-for-") + name.toUtf8();
    const QString yaml = QStringLiteral("apiVersion: v1\n"
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
                                        "    token: simulated-token-%3\n")
                             .arg(QString::fromLatin1(ca.toBase64()), server, name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        fail(QStringLiteral("Could not write the kubeconfig to %1.").arg(path));
    f.write(yaml.toUtf8());
    if (!f.commit())
        fail(QStringLiteral("Could not write the kubeconfig to %1.").arg(path));
    return {};
}

nlohmann::json SimCmdlets::newNetworkSetting(const Args& a) {
    if (!has(a, "name") || !has(a, "vSwitchName"))
        fail(
            QStringLiteral("New-AksHciNetworkSetting : Cannot process command because of one or more missing "
                           "mandatory parameters: name vSwitchName."));
    nlohmann::json dns = a.value(QStringLiteral("dnsservers"), nlohmann::json::array());
    if (dns.is_string())
        dns = nlohmann::json::array({dns});
    return {{"Name", s(arg(a, "name"))},
            {"VswitchName", s(arg(a, "vSwitchName"))},
            {"IpAddressPrefix", s(arg(a, "ipAddressPrefix"))},
            {"Gateway", s(arg(a, "gateway"))},
            {"DnsServers", dns},
            {"MacPoolName", "MocMacPool"},
            {"Vlanid", intArg(a, "vlanId", 0)},
            {"VipPoolStart", s(arg(a, "vipPoolStart"))},
            {"VipPoolEnd", s(arg(a, "vipPoolEnd"))},
            {"K8snodeIpPoolStart", s(arg(a, "k8sNodeIpPoolStart"))},
            {"K8snodeIpPoolEnd", s(arg(a, "k8sNodeIpPoolEnd"))}};
}

nlohmann::json SimCmdlets::newLoadBalancerSetting(const Args& a) {
    return {{"Name", s(arg(a, "name"))},
            {"LoadBalancerSku", s(arg(a, "loadBalancerSku", QStringLiteral("HAProxy")))},
            {"VmSize", s(arg(a, "vmSize", QStringLiteral("Standard_A4_v2")))},
            {"LoadBalancerCount", intArg(a, "loadBalancerCount", 1)}};
}

nlohmann::json SimCmdlets::setConfig(const Args& a) {
    const auto vnet = a.value(QStringLiteral("vnet"));
    const auto cred = a.value(QStringLiteral("proxycredential"));
    mutate([&](nlohmann::json& st) {
        if (st.value("installed", false))
            fail(QStringLiteral(
                "Set-AksHciConfig : AksHci is already installed. Run Uninstall-AksHci first."));
        nlohmann::json moc = st["config"].is_object() ? st["config"].value("MOC", nlohmann::json::object())
                                                      : nlohmann::json::object();
        nlohmann::json kva = st["config"].is_object() ? st["config"].value("Kva", nlohmann::json::object())
                                                      : nlohmann::json::object();
        nlohmann::json aks = st["config"].is_object() ? st["config"].value("AksHci", nlohmann::json::object())
                                                      : nlohmann::json::object();
        const auto set = [&](nlohmann::json& m, const char* key, const char* param) {
            if (has(a, param))
                m[key] = s(arg(a, param));
        };
        set(moc, "imageDir", "imageDir");
        set(moc, "workingDir", "workingDir");
        set(aks, "workingDir", "workingDir");
        set(moc, "cloudConfigLocation", "cloudConfigLocation");
        set(moc, "cloudServiceCidr", "cloudServiceCidr");
        set(kva, "controlplaneVmSize", "controlPlaneVmSize");
        set(kva, "loadBalancerVmSize", "loadBalancerVmSize");
        set(kva, "kvaPodCidr", "kvaPodCIDR");
        set(aks, "version", "version");
        set(moc, "proxyServerHTTP", "proxyServerHttp");
        set(moc, "proxyServerHTTPS", "proxyServerHttps");
        set(moc, "proxyServerNoProxy", "proxyServerNoProxy");
        if (cred.is_object()) {
            moc["proxyServerUsername"] = cred.value("UserName", "");
            moc["proxyServerPassword"] = cred.value("Password", "");
        }
        if (vnet.is_object()) {
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
            kva["vnetvippoolstart"] = moc["vnetvippoolstart"];
            kva["vnetvippoolend"] = moc["vnetvippoolend"];
            kva["vlanid"] = moc["vlanid"];
        }
        kva["kvaName"] = st.value("deploymentName", "aks-demo");
        st["config"] = {{"MOC", moc}, {"AksHci", aks}, {"Kva", kva}};
        return true;
    });
    return {};
}

nlohmann::json SimCmdlets::setRegistration(const Args& a) {
    const auto cred = a.value(QStringLiteral("credential"));
    mutate([&](nlohmann::json& st) {
        st["registration"] = {{"subscriptionId", s(arg(a, "subscriptionId"))},
                              {"resourceGroupName", s(arg(a, "resourceGroupName"))},
                              {"tenantId", s(arg(a, "tenantId"))},
                              {"servicePrincipalId", cred.is_object() ? cred.value("UserName", "") : ""}};
        return true;
    });
    return {};
}

nlohmann::json SimCmdlets::install() {
    mutate([&](nlohmann::json& st) {
        if (st["config"].is_null())
            fail(QStringLiteral("Install-AksHci : AksHci is not configured. Run Set-AksHciConfig first."));
        if (st.value("installed", false))
            fail(QStringLiteral("Install-AksHci : AksHci is already installed."));
        st["installed"] = true;
        st["clusters"] = nlohmann::json::array();
        return true;
    });
    QThread::msleep(ulong(delayMs()));
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
    const bool keepConfig =
        has(a, "SkipConfigCleanup") && a.value(QStringLiteral("skipconfigcleanup")) == true;
    mutate([&](nlohmann::json& st) {
        st["installed"] = false;
        st["clusters"] = nlohmann::json::array();
        if (!keepConfig) {
            st["config"] = nullptr;
            st["registration"] = nullptr;
        }
        return true;
    });
    // The kubectl and velero state belonged to the clusters that are gone; backup storage stays.
    removeClusterData({});
    return {};
}

nlohmann::json SimCmdlets::newCluster(const Args& a) {
    const QString name = arg(a, "name");
    checkClusterName(name);
    const auto lbSettings = a.value(QStringLiteral("loadbalancersettings"));
    const qint64 now = nowMs();
    const int delay = delayMs();
    mutate([&](nlohmann::json& st) {
        if (!st.value("installed", false))
            fail(QStringLiteral("New-AksHciCluster : AksHci is not installed. Run Install-AksHci first."));
        if (findCluster(st, name))
            fail(QStringLiteral("New-AksHciCluster : A workload cluster with the name '%1' already exists.")
                     .arg(name));
        const QString os = arg(a, "osType", QStringLiteral("Linux"));
        nlohmann::json pool = {
            {"Name", s(arg(a, "nodePoolName", name + QStringLiteral("-") + os.toLower()))},
            {"OsType", os.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0 ? "Windows" : "Linux"},
            {"NodeCount", intArg(a, "nodeCount", 1)},
            {"VmSize", s(arg(a, "nodeVmSize", QStringLiteral("Standard_K8S3_v1")))},
            {"MaxPodCount", 110},
            {"Taints", nlohmann::json::array()},
            {"AutoScalerEnabled", has(a, "enableAutoScaler")}};
        nlohmann::json lb = {{"VMSize", s(arg(a, "loadBalancerVmSize", QStringLiteral("Standard_A4_v2")))},
                             {"Count", 1},
                             {"Sku", "HAProxy"}};
        if (lbSettings.is_object())
            lb = {{"VMSize", lbSettings.value("VmSize", "Standard_A4_v2")},
                  {"Count", lbSettings.value("LoadBalancerCount", 1)},
                  {"Sku", lbSettings.value("LoadBalancerSku", "HAProxy")}};
        st["clusters"].push_back(
            {{"Name", s(name)},
             {"KubernetesVersion", s(arg(a, "kubernetesVersion", QStringLiteral("v1.26.6")))},
             {"ControlPlaneNodeCount", intArg(a, "controlPlaneNodeCount", 1)},
             {"ControlPlaneVmSize", s(arg(a, "controlPlaneVmSize", QStringLiteral("Standard_A4_v2")))},
             {"LoadBalancer", lb},
             {"AutoScalerEnabled", has(a, "enableAutoScaler")},
             {"AutoScalerProfileName", has(a, "enableAutoScaler") ? "akshci-autoscaler-profile-default" : ""},
             {"CreatedMs", now},
             {"ReadyAtMs", now + delay},
             {"NodePoolDetails", nlohmann::json::array({pool})}});
        return true;
    });
    // The real cmdlet returns once the cluster is up; meanwhile others see it pending.
    QThread::msleep(ulong(delay));
    return {};
}

nlohmann::json SimCmdlets::newNodePool(const Args& a) {
    const QString cluster = arg(a, "clusterName");
    const QString name = arg(a, "name");
    mutate([&](nlohmann::json& st) {
        nlohmann::json* c = findCluster(st, cluster);
        if (!c)
            fail(QStringLiteral("New-AksHciNodePool : A workload cluster with the name '%1' was not found.")
                     .arg(cluster));
        for (const auto& p : (*c)["NodePoolDetails"])
            if (QString::fromStdString(p.value("Name", "")) == name)
                fail(QStringLiteral("New-AksHciNodePool : A node pool with the name '%1' already exists.")
                         .arg(name));
        nlohmann::json taints = a.value(QStringLiteral("taints"), nlohmann::json::array());
        if (taints.is_string())
            taints = nlohmann::json::array({taints});
        const QString os = arg(a, "osType", QStringLiteral("Linux"));
        (*c)["NodePoolDetails"].push_back(
            {{"Name", s(name)},
             {"OsType", os.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0 ? "Windows" : "Linux"},
             {"NodeCount", intArg(a, "count", 1)},
             {"VmSize", s(arg(a, "vmSize", QStringLiteral("Standard_K8S3_v1")))},
             {"MaxPodCount", intArg(a, "maxPodCount", 110)},
             {"Taints", taints},
             {"AutoScalerEnabled", false}});
        return true;
    });
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
        fail(QStringLiteral("Remove-AksHciCluster : A workload cluster with the name '%1' was not found.")
                 .arg(name));
    });
    removeClusterData(name);
    return {};
}

} // namespace aks::sim
