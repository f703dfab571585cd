#pragma once

#include "ObjectFactory.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace aks::sim {

// A cluster's namespaces and namespaced objects, as kubectl sees them: <state>/kube/<cluster>/objects.json.
// A cluster without the file has only the system namespaces.
class SimKube {
public:
    explicit SimKube(QString kubeDir);

    static QStringList systemNamespaces();

    // System namespaces, velero when installed, and the namespaces of the stored objects.
    QStringList namespaces(bool veleroInstalled) const;
    // Objects whose resource (plural, without group) is `plural`, in `ns` (empty: all).
    std::vector<nlohmann::json> objects(const QString& plural, const QString& ns) const;
    // Cluster-scoped storage: "storageClasses"/"csiDrivers" in objects.json when set, else what an AKS
    // hybrid workload cluster comes with (class `default`, CSI driver disk.csi.akshci.com).
    nlohmann::json storageClasses() const;
    nlohmann::json csiDrivers() const;
    bool contains(const storegen::KubeObject& o) const;
    // Adds or replaces an object, as running and ready (the simulator has no controllers).
    void put(const storegen::KubeObject& o);
    void addNamespace(const QString& ns);
    bool save() const;

private:
    QString m_file;
    nlohmann::json m_state;
};

} // namespace aks::sim
