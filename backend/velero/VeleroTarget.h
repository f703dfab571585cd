#pragma once

#include <QString>

namespace aks {

// Which cluster the velero and kubectl CLIs talk to: a kubeconfig file (Get-AksHciCredential writes
// one per workload cluster), an optional context in it, and the namespace Velero is installed in.
struct VeleroTarget {
    QString kubeconfig;
    QString kubecontext; // empty: the kubeconfig's current-context
    QString veleroNamespace = QStringLiteral("velero");
};

} // namespace aks
