#include "SimKube.h"

#include "SimEnv.h"

namespace aks::sim {
namespace {
QString pluralOf(const QString& resource) {
    return resource.section(QLatin1Char('.'), 0, 0);
}
} // namespace

SimKube::SimKube(QString kubeDir) : m_file(kubeDir + QStringLiteral("/objects.json")) {
    auto j = SimEnv::readJson(m_file);
    m_state = j && j->is_object() ? *j : nlohmann::json::object();
    if (!m_state.contains("namespaces") || !m_state["namespaces"].is_array())
        m_state["namespaces"] = nlohmann::json::array();
    if (!m_state.contains("objects") || !m_state["objects"].is_array())
        m_state["objects"] = nlohmann::json::array();
}

QStringList SimKube::systemNamespaces() {
    return {QStringLiteral("default"), QStringLiteral("kube-node-lease"), QStringLiteral("kube-public"),
            QStringLiteral("kube-system")};
}

QStringList SimKube::namespaces(bool veleroInstalled) const {
    QStringList out = systemNamespaces();
    if (veleroInstalled)
        out.append(QStringLiteral("velero"));
    for (const auto& n : m_state["namespaces"])
        if (n.is_string() && !out.contains(QString::fromStdString(n.get<std::string>())))
            out.append(QString::fromStdString(n.get<std::string>()));
    out.sort();
    return out;
}

std::vector<nlohmann::json> SimKube::objects(const QString& plural, const QString& ns) const {
    std::vector<nlohmann::json> out;
    for (const auto& o : m_state["objects"]) {
        if (pluralOf(QString::fromStdString(o.value("resource", std::string()))) != plural)
            continue;
        if (!ns.isEmpty() && QString::fromStdString(o.value("namespace", std::string())) != ns)
            continue;
        out.push_back(o["object"]);
    }
    return out;
}

nlohmann::json SimKube::storageClasses() const {
    if (m_state.contains("storageClasses") && m_state["storageClasses"].is_array())
        return m_state["storageClasses"];
    return nlohmann::json::array(
        {{{"apiVersion", "storage.k8s.io/v1"},
          {"kind", "StorageClass"},
          {"metadata",
           {{"name", "default"}, {"annotations", {{"storageclass.kubernetes.io/is-default-class", "true"}}}}},
          {"provisioner", "disk.csi.akshci.com"},
          {"reclaimPolicy", "Delete"},
          {"volumeBindingMode", "Immediate"}}});
}

nlohmann::json SimKube::csiDrivers() const {
    if (m_state.contains("csiDrivers") && m_state["csiDrivers"].is_array())
        return m_state["csiDrivers"];
    return nlohmann::json::array({{{"apiVersion", "storage.k8s.io/v1"},
                                   {"kind", "CSIDriver"},
                                   {"metadata", {{"name", "disk.csi.akshci.com"}}},
                                   {"spec", {{"attachRequired", true}}}}});
}

bool SimKube::contains(const storegen::KubeObject& o) const {
    for (const auto& e : m_state["objects"])
        if (e.value("resource", std::string()) == stdStr(o.resource) &&
            e.value("namespace", std::string()) == stdStr(o.ns) &&
            e.value("name", std::string()) == stdStr(o.name))
            return true;
    return false;
}

void SimKube::put(const storegen::KubeObject& o) {
    nlohmann::json object = o.json;
    if (!o.ns.isEmpty()) {
        object["metadata"]["namespace"] = stdStr(o.ns);
        addNamespace(o.ns);
    }
    const QString plural = pluralOf(o.resource);
    if (plural == QLatin1String("deployments") || plural == QLatin1String("statefulsets") ||
        plural == QLatin1String("replicasets")) {
        const int replicas = object["spec"].value("replicas", 1);
        object["status"] = {
            {"replicas", replicas}, {"readyReplicas", replicas}, {"availableReplicas", replicas}};
    } else if (plural == QLatin1String("persistentvolumeclaims")) {
        object["status"]["phase"] = "Bound";
    }
    auto& list = m_state["objects"];
    for (auto& e : list)
        if (e.value("resource", std::string()) == stdStr(o.resource) &&
            e.value("namespace", std::string()) == stdStr(o.ns) &&
            e.value("name", std::string()) == stdStr(o.name)) {
            e["object"] = std::move(object);
            return;
        }
    list.push_back({{"resource", stdStr(o.resource)},
                    {"namespace", stdStr(o.ns)},
                    {"name", stdStr(o.name)},
                    {"object", object}});
}

void SimKube::addNamespace(const QString& ns) {
    for (const auto& n : m_state["namespaces"])
        if (n == stdStr(ns))
            return;
    m_state["namespaces"].push_back(stdStr(ns));
}

bool SimKube::save() const {
    return SimEnv::writeJson(m_file, m_state);
}

} // namespace aks::sim
