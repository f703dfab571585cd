#pragma once

#include "SimArgs.h"
#include "SimEnv.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace aks::sim {

// `aks-sim-kubectl get RESOURCE [-n NS] -o json` over <state>/kube/<cluster>/: namespaces,
// deployments, statefulsets, persistentvolumeclaims and the other namespaced kinds a restore brings;
// nodes, Velero's Deployment and DaemonSet, storage classes and CSI drivers; `patch` of Velero's
// workloads' nodeSelector.
class KubectlCommand {
public:
    KubectlCommand();
    int run(const QStringList& arguments);

private:
    int patch(const SimArgs& args);
    // The cluster the call talks to, or nullopt after printing kubectl's connection error.
    std::optional<SimEnv> connect(const SimArgs& args);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace aks::sim
