#include "ResourcePath.h"

#include <QList>

namespace aks {

bool ResourcePath::parse(QStringView path, ResourcePath* out) {
    if (!path.startsWith(u"resources/") || !path.endsWith(u".json"))
        return false;
    const QList<QStringView> parts = path.split(u'/');
    // resources, gr, [version], namespaces, ns, name  |  resources, gr, [version], cluster, name
    qsizetype i = 2;
    ResourcePath r;
    r.groupResource = parts.value(1).toString();
    if (r.groupResource.isEmpty())
        return false;
    if (parts.size() > i && parts[i] != u"namespaces" && parts[i] != u"cluster")
        r.versionFolder = parts[i++].toString();
    if (parts.size() == i + 3 && parts[i] == u"namespaces") {
        r.ns = parts[i + 1].toString();
        r.name = parts[i + 2].chopped(5).toString();
    } else if (parts.size() == i + 2 && parts[i] == u"cluster") {
        r.name = parts[i + 1].chopped(5).toString();
    } else {
        return false;
    }
    if (r.name.isEmpty())
        return false;
    *out = std::move(r);
    return true;
}

} // namespace aks
