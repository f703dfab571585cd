#pragma once

#include <QString>

namespace aks {

// The secret a storage client signs with. Lives only in memory; every value is registered with the
// Redactor when it is loaded.
struct StoreCredentials {
    enum class Kind { AzureSharedKey, AzureSas, AwsKeys };

    Kind kind = Kind::AzureSharedKey;
    QString accountKey;      // AzureSharedKey: the storage account key (base64)
    QString sasToken;        // AzureSas: the query string, without '?'
    QString accessKeyId;     // AwsKeys
    QString secretAccessKey; // AwsKeys
    QString sessionToken;    // AwsKeys, optional
    QString source;          // where it came from, for messages: "the keychain", "file X", "the environment"

    // Registers every secret value with the Redactor.
    void registerSecrets() const;
};

} // namespace aks
