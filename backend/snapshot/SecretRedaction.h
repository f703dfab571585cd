#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks {

// Finds secret-looking values in a configuration document (proxy credentials, passwords, keys,
// tokens, Kva.identity, private keys) and replaces them with a marker that says they were removed.
class SecretRedaction {
public:
    // Whether a property of this name holds a secret, whatever its value.
    static bool isSecretKey(const QString& key);
    // Replaces every secret in place; returns the JSON paths of what was redacted.
    static QStringList redact(nlohmann::json& document);
    // The secret values the document holds, without changing it (to register them with Redactor).
    static QStringList secrets(const nlohmann::json& document);
};

} // namespace aks
