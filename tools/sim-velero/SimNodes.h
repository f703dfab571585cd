#pragma once

#include "SimEnv.h"

#include <nlohmann/json.hpp>

namespace aks::sim {

// A cluster's nodes and the pods of Velero's install, as kubectl shows them. Nodes come from the
// PowerShell simulator's cluster (control plane nodes and each node pool's NodeCount with its OsType;
// one Linux worker when it records no pool). Velero's images are Linux images: a Velero pod scheduled
// on a Windows node never becomes ready. Without a nodeSelector the velero Deployment's pod is put on a
// Windows node when there is one (the worst case of the scheduler), and the node agent DaemonSet runs
// on every worker; `kubectl patch` with nodeSelector kubernetes.io/os=linux keeps them on Linux.
class SimNodes {
public:
    explicit SimNodes(const SimEnv& env);

    // Node objects; fault `node-not-ready` (AKS_SIM_KUBECTL_FAULT) makes the last Linux worker NotReady.
    nlohmann::json nodes() const;
    // The velero Deployment and the node agent DaemonSet (node-agent; restic before 1.10) of an install.
    nlohmann::json deployments(const nlohmann::json& install) const;
    nlohmann::json daemonSets(const nlohmann::json& install) const;

private:
    struct Node {
        std::string name;
        std::string os; // linux | windows
        bool controlPlane = false;
        bool ready = true;
    };
    std::vector<Node> m_nodes;
};

} // namespace aks::sim
