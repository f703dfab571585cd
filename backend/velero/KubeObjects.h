#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace aks {

// A Deployment or StatefulSet and how many of its replicas are up: what restore verification needs.
struct KubeWorkload {
    QString kind; // Deployment, StatefulSet
    QString name;
    QString namespaceName;
    int replicas = 0;
    int readyReplicas = 0;
    int availableReplicas = 0;
    nlohmann::json raw;

    bool isReady() const { return readyReplicas >= replicas; }
};

// A PersistentVolumeClaim and whether it is bound.
struct KubePvc {
    QString name;
    QString namespaceName;
    QString phase; // Pending, Bound, Lost
    QString storageClass;
    QString capacity;
    QString volumeName;
    nlohmann::json raw;

    bool isBound() const { return phase == QLatin1String("Bound"); }
};

} // namespace aks
