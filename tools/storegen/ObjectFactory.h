#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace aks::storegen {

// One Kubernetes object as Velero stores it in the tarball.
struct KubeObject {
    QString apiVersion; // "apps/v1", "v1"
    QString kind;       // "Deployment"
    QString resource;   // plural resource with its group: "deployments.apps", "pods"
    QString ns;         // empty for cluster-scoped objects
    QString name;
    nlohmann::json json;

    // "resources/deployments.apps/namespaces/shop/web.json" (cluster-scoped: ".../cluster/NAME.json");
    // with a non-empty versionFolder, e.g. "v1-preferredversion", that folder follows the resource.
    QString tarPath(const QString& versionFolder = {}) const;
    // "apps/v1/Deployment", the resource-list key.
    QString groupVersionKind() const;
    // "shop/web", or "web" when cluster-scoped: the resource-list entry.
    QString namespacedName() const;
    // The version part of apiVersion ("v1" for "apps/v1").
    QString version() const;
};

// Builds realistic, deterministic objects: the same seed gives the same objects byte for byte.
class ObjectFactory {
public:
    explicit ObjectFactory(quint32 seed, QString clusterName = QStringLiteral("shop-prod"));

    // A namespace with `apps` applications. Each app is a Deployment, its ReplicaSet and pods, a
    // Service, a ConfigMap, a Secret and, for every other app, a PVC bound to a cluster-scoped PV.
    // Also the Namespace itself, its default ServiceAccount and the kube-root-ca.crt ConfigMap.
    std::vector<KubeObject> makeNamespace(const QString& ns, int apps);

    // About `total` objects spread over namespaces named after `prefix` ("team-00", ...), for large
    // stores. Never fewer than one namespace.
    std::vector<KubeObject> makeObjects(int total, const QString& prefix = QStringLiteral("team"));

    // How many objects makeNamespace() returns for `apps` applications.
    static int objectsPerNamespace(int apps);

private:
    quint32 next();
    QString hex(int chars);
    QString uid();
    nlohmann::json meta(const QString& ns, const QString& name, const nlohmann::json& labels);
    KubeObject make(const char* apiVersion, const char* kind, const char* resource, const QString& ns,
                    const QString& name, nlohmann::json body);

    quint32 m_state;
    QString m_cluster;
    int m_resourceVersion = 1000;
};

} // namespace aks::storegen
