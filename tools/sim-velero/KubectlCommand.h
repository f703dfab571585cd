#pragma once

#include "SimArgs.h"

#include <QStringList>
#include <QTextStream>

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

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace aks::sim
