#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace aks {

// Kubernetes name rules, checked before a name reaches a command line.
class KubeNames {
    Q_DECLARE_TR_FUNCTIONS(KubeNames)
public:
    // DNS-1123 subdomain: backups, restores, schedules (lower case, digits, '-', '.', <= 253).
    static bool isSubdomain(const QString& name);
    // DNS-1123 label: namespaces (lower case, digits, '-', <= 63).
    static bool isLabel(const QString& name);
    // A resource for --include-resources: deployments, deployments.apps, *.
    static bool isResource(const QString& name);

    // Each returns an error naming `what` (e.g. "backup name") when the value breaks the rule.
    static Status checkSubdomain(const QString& name, const QString& what);
    static Status checkLabel(const QString& name, const QString& what);
    static Status checkNamespaces(const QStringList& names, const QString& what); // labels or "*"
    static Status checkResources(const QStringList& names, const QString& what);
};

} // namespace aks
