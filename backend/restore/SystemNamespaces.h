#pragma once

#include <QString>
#include <QStringList>

namespace aks {

// Namespaces every AKS hybrid workload cluster has from the start (Kubernetes', Velero's and the
// network add-ons'); a cluster holding only these counts as empty.
class SystemNamespaces {
public:
    static const QStringList& names();
    static bool contains(const QString& ns);
    static QStringList userNamespaces(const QStringList& all);
};

} // namespace aks
