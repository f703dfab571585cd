#include "SystemNamespaces.h"

namespace aks {

const QStringList& SystemNamespaces::names() {
    static const QStringList list = {QStringLiteral("default"),          QStringLiteral("kube-system"),
                                     QStringLiteral("kube-public"),      QStringLiteral("kube-node-lease"),
                                     QStringLiteral("velero"),           QStringLiteral("calico-system"),
                                     QStringLiteral("tigera-operator"),  QStringLiteral("kube-flannel"),
                                     QStringLiteral("azure-arc"),        QStringLiteral("azure-arc-release"),
                                     QStringLiteral("gatekeeper-system")};
    return list;
}

bool SystemNamespaces::contains(const QString& ns) {
    return names().contains(ns);
}

QStringList SystemNamespaces::userNamespaces(const QStringList& all) {
    QStringList out;
    for (const QString& ns : all)
        if (!contains(ns))
            out << ns;
    return out;
}

} // namespace aks
