#include "SimNodes.h"

#include "VeleroSemVer.h"

namespace aks::sim {
namespace {

bool pinnedToLinux(const nlohmann::json& install, const char* kind) {
    const auto sel = install.value("nodeSelector", nlohmann::json::object());
    return sel.is_object() && sel.contains(kind) && sel.at(kind).is_object() &&
           sel.at(kind).value("kubernetes.io/os", std::string()) == "linux";
}

} // namespace

SimNodes::SimNodes(const SimEnv& env) {
    const auto state = SimEnv::readJson(env.stateDir + QStringLiteral("/akshci/state.json"));
    nlohmann::json cluster = nlohmann::json::object();
    if (state && state->contains("clusters") && (*state)["clusters"].is_array())
        for (const auto& c : (*state)["clusters"])
            if (c.is_object() && c.value("Name", std::string()) == stdStr(env.cluster))
                cluster = c;
    const std::string name = stdStr(env.cluster);
    const int controlPlanes = cluster.value("ControlPlaneNodeCount", 1);
    for (int i = 0; i < controlPlanes; ++i)
        m_nodes.push_back({name + "-control-plane-" + std::to_string(i), "linux", true, true});
    const auto pools = cluster.value("NodePoolDetails", nlohmann::json::array());
    if (!pools.is_array() || pools.empty())
        m_nodes.push_back({name + "-linux-0", "linux", false, true});
    else
        for (const auto& p : pools) {
            if (!p.is_object())
                continue;
            const std::string os = p.value("OsType", std::string("Linux")) == "Windows" ? "windows" : "linux";
            for (int i = 0; i < p.value("NodeCount", 0); ++i)
                m_nodes.push_back(
                    {name + "-" + p.value("Name", std::string("pool")) + "-" + std::to_string(i), os, false,
                     true});
        }
    if (SimEnv::fault(QStringLiteral("node-not-ready"), "AKS_SIM_KUBECTL_FAULT"))
        for (auto it = m_nodes.rbegin(); it != m_nodes.rend(); ++it)
            if (!it->controlPlane && it->os == "linux") {
                it->ready = false;
                break;
            }
}

nlohmann::json SimNodes::nodes() const {
    nlohmann::json out = nlohmann::json::array();
    for (const Node& n : m_nodes) {
        nlohmann::json labels = {{"kubernetes.io/os", n.os}, {"kubernetes.io/hostname", n.name}};
        if (n.controlPlane)
            labels["node-role.kubernetes.io/control-plane"] = "";
        out.push_back({{"apiVersion", "v1"},
                       {"kind", "Node"},
                       {"metadata", {{"name", n.name}, {"labels", labels}}},
                       {"status",
                        {{"conditions",
                          {{{"type", "Ready"},
                            {"status", n.ready ? "True" : "False"},
                            {"reason", n.ready ? "KubeletReady" : "KubeletNotReady"}}}},
                         {"nodeInfo", {{"operatingSystem", n.os}}}}}});
    }
    return out;
}

nlohmann::json SimNodes::deployments(const nlohmann::json& install) const {
    const bool pinned = pinnedToLinux(install, "deployment");
    bool windowsWorker = false;
    bool linuxReady = false;
    for (const Node& n : m_nodes) {
        windowsWorker = windowsWorker || (!n.controlPlane && n.os == "windows");
        linuxReady = linuxReady || (!n.controlPlane && n.os == "linux" && n.ready);
    }
    const int available = linuxReady && (pinned || !windowsWorker) ? 1 : 0;
    nlohmann::json spec = {{"replicas", 1}, {"template", {{"spec", nlohmann::json::object()}}}};
    if (pinned)
        spec["template"]["spec"]["nodeSelector"] = {{"kubernetes.io/os", "linux"}};
    return nlohmann::json::array(
        {{{"apiVersion", "apps/v1"},
          {"kind", "Deployment"},
          {"metadata",
           {{"name", "velero"}, {"namespace", install.value("namespace", std::string("velero"))}}},
          {"spec", spec},
          {"status",
           {{"replicas", 1},
            {"updatedReplicas", 1},
            {"readyReplicas", available},
            {"availableReplicas", available}}}}});
}

nlohmann::json SimNodes::daemonSets(const nlohmann::json& install) const {
    const std::string agent = install.value("fsBackup", std::string("none"));
    if (agent == "none")
        return nlohmann::json::array();
    const auto version = VeleroSemVer::parse(QString::fromStdString(install.value("version", std::string())));
    const bool restic = version && *version < VeleroSemVer{1, 10, 0};
    const bool pinned = pinnedToLinux(install, "daemonset");
    int desired = 0, available = 0;
    for (const Node& n : m_nodes) {
        // The control plane's NoSchedule taint is not tolerated by the node agent.
        if (n.controlPlane || (pinned && n.os != "linux"))
            continue;
        ++desired;
        if (n.os == "linux" && n.ready)
            ++available;
    }
    nlohmann::json spec = {{"template", {{"spec", nlohmann::json::object()}}}};
    if (pinned)
        spec["template"]["spec"]["nodeSelector"] = {{"kubernetes.io/os", "linux"}};
    return nlohmann::json::array({{{"apiVersion", "apps/v1"},
                                   {"kind", "DaemonSet"},
                                   {"metadata",
                                    {{"name", restic ? "restic" : "node-agent"},
                                     {"namespace", install.value("namespace", std::string("velero"))}}},
                                   {"spec", spec},
                                   {"status",
                                    {{"desiredNumberScheduled", desired},
                                     {"currentNumberScheduled", desired},
                                     {"updatedNumberScheduled", desired},
                                     {"numberReady", available},
                                     {"numberAvailable", available}}}}});
}

} // namespace aks::sim
