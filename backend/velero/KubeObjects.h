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

// A node: its name, operating system (label kubernetes.io/os) and Ready condition.
struct KubeNode {
    QString name;
    QString os;
    bool ready = false;
};

// A DaemonSet's rollout as `kubectl rollout status` reads it.
struct KubeDaemonSet {
    QString name;
    int desired = 0;   // status.desiredNumberScheduled
    int updated = 0;   // status.updatedNumberScheduled
    int available = 0; // status.numberAvailable
};

// A StorageClass and who provisions its volumes.
struct KubeStorageClass {
    QString name;
    QString provisioner;
    bool isDefault = false; // annotation storageclass.kubernetes.io/is-default-class=true
};

} // namespace aks
