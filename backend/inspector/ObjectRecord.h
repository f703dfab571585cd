#pragma once

#include <QString>

namespace aks {

// One Kubernetes object found in a backup tarball (its primary copy), without its content.
struct ObjectRecord {
    QString apiVersion; // "apps/v1"
    QString kind;       // "Deployment"
    QString groupResource;
    QString ns; // empty when cluster-scoped
    QString name;
    QString tarPath;
    qint64 size = 0;
    quint64 contentHash = 0; // for comparing backups

    // "apps/v1/Deployment", the key of the inspect JSON's resources map and of the resource list.
    QString groupVersionKind() const { return apiVersion + QLatin1Char('/') + kind; }
    // "shop/web", or "web" when cluster-scoped.
    QString namespacedName() const { return ns.isEmpty() ? name : ns + QLatin1Char('/') + name; }
};

} // namespace aks
