#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace aks {

// What `velero restore create` is asked to do. Lists become one comma-separated value each
// (repeating --include-namespaces would replace the earlier value).
struct RestoreOptions {
    enum class ExistingResourcePolicy { None, Update };

    QString name; // empty: velero names it <backup>-<timestamp>
    QString fromBackup;
    QStringList includeNamespaces;
    QStringList excludeNamespaces;
    QStringList includeResources;
    QStringList excludeResources;
    QMap<QString, QString> namespaceMappings; // old -> new
    std::optional<bool> restoreVolumes;       // unset: velero's default
    std::optional<ExistingResourcePolicy> existingResourcePolicy;
    bool wait = false; // pass --wait, then read the phase (the exit code says nothing about it)
};

} // namespace aks
