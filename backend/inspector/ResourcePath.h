#pragma once

#include <QString>

namespace aks {

// Where an object sits in a backup tarball:
// resources/<resource>[.<group>]/[<version>[-preferredversion]/]{namespaces/<ns>|cluster}/<name>.json
struct ResourcePath {
    QString groupResource; // "deployments.apps", "pods"
    QString versionFolder; // "", "v1-preferredversion", "v1beta1"
    QString ns;            // empty when cluster-scoped
    QString name;

    // The copy every format writes once per object (no version folder); the one to count.
    bool isPrimaryCopy() const { return versionFolder.isEmpty(); }
    bool isPreferredVersionCopy() const { return versionFolder.endsWith(QLatin1String("-preferredversion")); }

    // False for paths outside resources/ or not of the shape above.
    static bool parse(QStringView path, ResourcePath* out);
};

} // namespace aks
