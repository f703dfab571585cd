#include "ObjectFactory.h"

#include <QDateTime>

namespace aks::storegen {
namespace {
std::string s(const QString& v) {
    return v.toStdString();
}

const char* const kAppNames[] = {"web",    "api",  "worker", "cache",   "gateway", "orders",  "billing",
                                 "search", "auth", "notify", "reports", "ingest",  "catalog", "cart"};
} // namespace

QString KubeObject::tarPath(const QString& versionFolder) const {
    QString p = QStringLiteral("resources/") + resource + QLatin1Char('/');
    if (!versionFolder.isEmpty())
        p += versionFolder + QLatin1Char('/');
    if (ns.isEmpty())
        p += QStringLiteral("cluster/");
    else
        p += QStringLiteral("namespaces/") + ns + QLatin1Char('/');
    return p + name + QStringLiteral(".json");
}

QString KubeObject::groupVersionKind() const {
    return apiVersion + QLatin1Char('/') + kind;
}

QString KubeObject::namespacedName() const {
    return ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
}

QString KubeObject::version() const {
    return apiVersion.section(QLatin1Char('/'), -1);
}

ObjectFactory::ObjectFactory(quint32 seed, QString clusterName)
    : m_state(seed ? seed : 0x9e3779b9u), m_cluster(std::move(clusterName)) {}

quint32 ObjectFactory::next() {
    // xorshift32: tiny, deterministic across platforms and Qt versions.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state;
}

QString ObjectFactory::hex(int chars) {
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(chars);
    for (int i = 0; i < chars; ++i)
        out += QLatin1Char(digits[next() & 0xf]);
    return out;
}

QString ObjectFactory::uid() {
    return hex(8) + QLatin1Char('-') + hex(4) + QLatin1Char('-') + hex(4) + QLatin1Char('-') + hex(4) +
           QLatin1Char('-') + hex(12);
}

nlohmann::json ObjectFactory::meta(const QString& ns, const QString& name, const nlohmann::json& labels) {
    const QDateTime created = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).addSecs(next() % 2000000);
    nlohmann::json m = {{"name", s(name)},
                        {"uid", s(uid())},
                        {"resourceVersion", std::to_string(++m_resourceVersion)},
                        {"creationTimestamp", s(created.toString(Qt::ISODate))}};
    if (!ns.isEmpty())
        m["namespace"] = s(ns);
    if (!labels.is_null() && !labels.empty())
        m["labels"] = labels;
    return m;
}

KubeObject ObjectFactory::make(const char* apiVersion, const char* kind, const char* resource,
                               const QString& ns, const QString& name, nlohmann::json body) {
    KubeObject o;
    o.apiVersion = QString::fromLatin1(apiVersion);
    o.kind = QString::fromLatin1(kind);
    o.resource = QString::fromLatin1(resource);
    o.ns = ns;
    o.name = name;
    nlohmann::json j = {{"apiVersion", apiVersion}, {"kind", kind}};
    for (auto it = body.begin(); it != body.end(); ++it)
        j[it.key()] = it.value();
    o.json = std::move(j);
    return o;
}

int ObjectFactory::objectsPerNamespace(int apps) {
    return 3 + 7 * apps + 2 * ((apps + 1) / 2);
}

std::vector<KubeObject> ObjectFactory::makeNamespace(const QString& ns, int apps) {
    std::vector<KubeObject> out;
    out.reserve(static_cast<size_t>(objectsPerNamespace(apps)));
    const nlohmann::json nsLabels = {{"kubernetes.io/metadata.name", s(ns)},
                                     {"team", s(ns.section(QLatin1Char('-'), 0, 0))}};
    out.push_back(make("v1", "Namespace", "namespaces", {}, ns,
                       {{"metadata", meta({}, ns, nsLabels)},
                        {"spec", {{"finalizers", {"kubernetes"}}}},
                        {"status", {{"phase", "Active"}}}}));
    out.push_back(make("v1", "ServiceAccount", "serviceaccounts", ns, QStringLiteral("default"),
                       {{"metadata", meta(ns, QStringLiteral("default"), nullptr)}}));
    out.push_back(make("v1", "ConfigMap", "configmaps", ns, QStringLiteral("kube-root-ca.crt"),
                       {{"metadata", meta(ns, QStringLiteral("kube-root-ca.crt"), nullptr)},
                        {"data",
                         {{"ca.crt", "-----BEGIN CERTIFICATE-----\nMIIC" + s(hex(120)) +
                                         "\n-----END CERTIFICATE-----\n"}}}}));

    const int nameCount = static_cast<int>(std::size(kAppNames));
    for (int a = 0; a < apps; ++a) {
        QString app = QString::fromLatin1(kAppNames[a % nameCount]);
        if (a >= nameCount)
            app += QLatin1Char('-') + QString::number(a / nameCount);
        const nlohmann::json labels = {{"app.kubernetes.io/name", s(app)},
                                       {"app.kubernetes.io/part-of", s(ns)},
                                       {"cluster", s(m_cluster)}};
        const QString image = QStringLiteral("registry.contoso.local/%1/%2:1.%3.%4")
                                  .arg(ns, app)
                                  .arg(next() % 20)
                                  .arg(next() % 10);
        const bool withVolume = a % 2 == 0;
        const QString pvcName = app + QStringLiteral("-data");
        const QString pvName = QStringLiteral("pvc-") + uid();

        nlohmann::json container = {
            {"name", s(app)},
            {"image", s(image)},
            {"ports", {{{"containerPort", 8080}, {"protocol", "TCP"}}}},
            {"env",
             {{{"name", "LOG_LEVEL"}, {"value", "info"}}, {{"name", "CLUSTER"}, {"value", s(m_cluster)}}}},
            {"resources",
             {{"requests", {{"cpu", "100m"}, {"memory", "128Mi"}}},
              {"limits", {{"cpu", "500m"}, {"memory", "512Mi"}}}}}};
        nlohmann::json podSpec = {{"containers", {container}}, {"restartPolicy", "Always"}};
        if (withVolume) {
            podSpec["containers"][0]["volumeMounts"] = {
                {{"name", "data"}, {"mountPath", "/var/lib/" + s(app)}}};
            podSpec["volumes"] = {{{"name", "data"}, {"persistentVolumeClaim", {{"claimName", s(pvcName)}}}}};
        }
        const nlohmann::json selector = {{"matchLabels", {{"app.kubernetes.io/name", s(app)}}}};

        out.push_back(make("apps/v1", "Deployment", "deployments.apps", ns, app,
                           {{"metadata", meta(ns, app, labels)},
                            {"spec",
                             {{"replicas", 2},
                              {"selector", selector},
                              {"template", {{"metadata", {{"labels", labels}}}, {"spec", podSpec}}}}},
                            {"status", {{"replicas", 2}, {"readyReplicas", 2}, {"availableReplicas", 2}}}}));
        const QString rsName = app + QLatin1Char('-') + hex(10);
        out.push_back(make("apps/v1", "ReplicaSet", "replicasets.apps", ns, rsName,
                           {{"metadata", meta(ns, rsName, labels)},
                            {"spec", {{"replicas", 2}, {"selector", selector}}},
                            {"status", {{"replicas", 2}, {"readyReplicas", 2}}}}));
        for (int p = 0; p < 2; ++p) {
            const QString podName = rsName + QLatin1Char('-') + hex(5);
            const quint32 subnet = next() % 250;
            const quint32 host = next() % 250;
            nlohmann::json pod = {
                {"metadata", meta(ns, podName, labels)},
                {"spec", podSpec},
                {"status",
                 {{"phase", "Running"},
                  {"podIP", "10.244." + std::to_string(subnet) + "." + std::to_string(host)}}}};
            pod["spec"]["nodeName"] = s(m_cluster) + "-md-" + s(hex(5));
            out.push_back(make("v1", "Pod", "pods", ns, podName, std::move(pod)));
        }
        out.push_back(make("v1", "Service", "services", ns, app,
                           {{"metadata", meta(ns, app, labels)},
                            {"spec",
                             {{"type", "ClusterIP"},
                              {"selector", {{"app.kubernetes.io/name", s(app)}}},
                              {"ports", {{{"port", 80}, {"targetPort", 8080}, {"protocol", "TCP"}}}}}}}));
        const QString cmName = app + QStringLiteral("-config");
        out.push_back(make("v1", "ConfigMap", "configmaps", ns, cmName,
                           {{"metadata", meta(ns, cmName, labels)},
                            {"data",
                             {{"app.properties", "server.port=8080\nfeature." + s(hex(6)) + "=true\n"},
                              {"LOG_LEVEL", "info"}}}}));
        const QString secretName = app + QStringLiteral("-credentials");
        out.push_back(make("v1", "Secret", "secrets", ns, secretName,
                           {{"metadata", meta(ns, secretName, labels)},
                            {"type", "Opaque"},
                            {"data", {{"password", s(hex(32))}, {"username", "YXBw"}}}}));
        if (withVolume) {
            out.push_back(make("v1", "PersistentVolumeClaim", "persistentvolumeclaims", ns, pvcName,
                               {{"metadata", meta(ns, pvcName, labels)},
                                {"spec",
                                 {{"accessModes", {"ReadWriteOnce"}},
                                  {"storageClassName", "default"},
                                  {"volumeName", s(pvName)},
                                  {"resources", {{"requests", {{"storage", "10Gi"}}}}}}},
                                {"status", {{"phase", "Bound"}}}}));
            out.push_back(
                make("v1", "PersistentVolume", "persistentvolumes", {}, pvName,
                     {{"metadata", meta({}, pvName, nullptr)},
                      {"spec",
                       {{"capacity", {{"storage", "10Gi"}}},
                        {"accessModes", {"ReadWriteOnce"}},
                        {"persistentVolumeReclaimPolicy", "Delete"},
                        {"storageClassName", "default"},
                        {"claimRef",
                         {{"kind", "PersistentVolumeClaim"}, {"namespace", s(ns)}, {"name", s(pvcName)}}},
                        {"csi", {{"driver", "disk.csi.akshci.com"}, {"volumeHandle", s(uid())}}}}},
                      {"status", {{"phase", "Bound"}}}}));
        }
    }
    return out;
}

std::vector<KubeObject> ObjectFactory::makeObjects(int total, const QString& prefix) {
    constexpr int apps = 10;
    const int per = objectsPerNamespace(apps);
    const int namespaces = std::max(1, (total + per / 2) / per);
    std::vector<KubeObject> out;
    out.reserve(static_cast<size_t>(namespaces * per));
    for (int n = 0; n < namespaces; ++n) {
        auto ns = makeNamespace(QStringLiteral("%1-%2").arg(prefix).arg(n, 3, 10, QLatin1Char('0')), apps);
        std::move(ns.begin(), ns.end(), std::back_inserter(out));
    }
    return out;
}

} // namespace aks::storegen
