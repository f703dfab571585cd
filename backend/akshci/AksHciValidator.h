#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace aks {

// Checks every value before it reaches a script: names follow AKS hybrid's rules, free text
// (paths, addresses) may hold anything printable, since it travels as a quoted literal anyway.
class AksHciValidator {
    Q_DECLARE_TR_FUNCTIONS(AksHciValidator)
public:
    // Lowercase letters, digits and '-', starting with a letter, 3-32 characters.
    static Status clusterName(const QString& name);
    static Status nodePoolName(const QString& name);
    // Letters, digits and '_' (Standard_A4_v2); empty allowed (the cmdlet's default).
    static Status vmSize(const QString& field, const QString& size);
    // v1.2.3 or 1.2.3; empty allowed.
    static Status kubernetesVersion(const QString& version);
    // Any text without control characters (no newline, no NUL); empty allowed.
    static Status text(const QString& field, const QString& value);
    // Linux or Windows (any case); empty allowed.
    static Status osType(const QString& value);
};

} // namespace aks
