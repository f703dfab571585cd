#include "KubeNames.h"

#include <QRegularExpression>

namespace aks {

bool KubeNames::isSubdomain(const QString& name) {
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")));
    return !name.isEmpty() && name.size() <= 253 && re.match(name).hasMatch();
}

bool KubeNames::isLabel(const QString& name) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?")));
    return !name.isEmpty() && name.size() <= 63 && re.match(name).hasMatch();
}

bool KubeNames::isResource(const QString& name) {
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("(\\*|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9*]([-a-z0-9]*[a-z0-9])?)*)")));
    return !name.isEmpty() && name.size() <= 253 && re.match(name).hasMatch();
}

Status KubeNames::checkSubdomain(const QString& name, const QString& what) {
    if (isSubdomain(name))
        return {};
    return Error::make(Error::Kind::BadInput,
                       tr("The %1 '%2' is not a valid Kubernetes name: use lower-case letters, digits, '-' "
                          "and '.', starting and ending with a letter or digit, at most 253 characters.")
                           .arg(what, name));
}

Status KubeNames::checkLabel(const QString& name, const QString& what) {
    if (isLabel(name))
        return {};
    return Error::make(Error::Kind::BadInput,
                       tr("The %1 '%2' is not a valid namespace name: use lower-case letters, digits and "
                          "'-', starting and ending with a letter or digit, at most 63 characters.")
                           .arg(what, name));
}

Status KubeNames::checkNamespaces(const QStringList& names, const QString& what) {
    for (const QString& n : names) {
        if (n == QLatin1String("*"))
            continue;
        if (auto s = checkLabel(n, what); !s)
            return s;
    }
    return {};
}

Status KubeNames::checkResources(const QStringList& names, const QString& what) {
    for (const QString& n : names)
        if (!isResource(n))
            return Error::make(Error::Kind::BadInput,
                               tr("The %1 '%2' is not a valid resource name (e.g. deployments, "
                                  "deployments.apps or *).")
                                   .arg(what, n));
    return {};
}

} // namespace aks
