#include "ResourceListCheck.h"

#include <QSet>

namespace aks {

nlohmann::json checkResourceList(const nlohmann::json& resourceList, const QList<ObjectRecord>& tarball) {
    QSet<QString> inTarball;
    inTarball.reserve(tarball.size());
    for (const ObjectRecord& o : tarball)
        inTarball.insert(o.groupVersionKind() + QLatin1Char(' ') + o.namespacedName());
    QSet<QString> listed;
    nlohmann::json rows = nlohmann::json::array();
    if (resourceList.is_object()) {
        for (auto it = resourceList.begin(); it != resourceList.end(); ++it) {
            if (!it.value().is_array())
                continue;
            for (const auto& entry : it.value()) {
                if (!entry.is_string())
                    continue;
                const QString key = QString::fromStdString(it.key()) + QLatin1Char(' ') +
                                    QString::fromStdString(entry.get<std::string>());
                listed.insert(key);
                rows.push_back({{"kind", it.key()},
                                {"name", entry},
                                {"status", inTarball.contains(key) ? "ok" : "missing"}});
            }
        }
    }
    for (const ObjectRecord& o : tarball) {
        const QString key = o.groupVersionKind() + QLatin1Char(' ') + o.namespacedName();
        if (!listed.contains(key))
            rows.push_back({{"kind", o.groupVersionKind().toStdString()},
                            {"name", o.namespacedName().toStdString()},
                            {"status", "unlisted"}});
    }
    return rows;
}

} // namespace aks
