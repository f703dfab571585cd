#pragma once

#include <QString>
#include <QStringList>

#include <string>

namespace aks {

// Removes secrets from any text before it is logged, shown or written: values the app knows to be
// secret (registered when a credential is loaded) and well-known secret shapes (SAS signatures,
// Authorization headers, account keys, passwords in key=value or JSON form).
class Redactor {
public:
    static constexpr auto kMask = "***REDACTED***";

    // Registers a literal secret; every later redaction replaces it. Short values are ignored, since
    // masking every "1" or "ab" would destroy the text without protecting anything.
    static void registerSecret(const QString& secret);
    static void clearRegisteredSecrets();

    static QString redact(const QString& text);
    static std::string redact(const std::string& text);
    static QStringList redact(const QStringList& lines);
};

} // namespace aks
