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
    QString tarPath;   // cleaned, as Velero extracts it
    QString writtenAs; // the path as the archive spells it, when cleaning changed it
    // When a later entry of the same path replaces an earlier object (Velero restores the later
    // one): the earlier object's groupVersionKind().
    QString replacedGroupVersionKind;
    qint64 size = 0;
    quint64 contentHash = 0; // for comparing backups

    // "apps/v1/Deployment", the key of the inspect JSON's resources map and of the resource list.
    QString groupVersionKind() const { return apiVersion + QLatin1Char('/') + kind; }
    // "shop/web", or "web" when cluster-scoped.
    QString namespacedName() const { return ns.isEmpty() ? name : ns + QLatin1Char('/') + name; }
};

} // namespace aks
