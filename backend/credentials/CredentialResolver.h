#pragma once

#include "StoreCredentials.h"
#include "core/Result.h"
#include "store/StoreSpec.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace aks {

// Finds the secret for an Azure Blob or S3 store: the OS keychain first, then the velero
// credentials file the spec names, then the environment (AZURE_STORAGE_KEY,
// AZURE_STORAGE_SAS_TOKEN, AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY). Never a settings file.
class CredentialResolver {
    Q_DECLARE_TR_FUNCTIONS(CredentialResolver)

public:
    // Whose words the "no credentials" error uses: aks-recovery's options, or the app's dialogs.
    enum class Advice { CommandLine, Desktop };
    static void setAdvice(Advice advice);
    static Advice advice();

    struct Sources {
        bool keychain = true;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    // Refuses (before any source is read) a store whose endpoint is plain http:// on anything but
    // a loopback emulator: a secret would cross the network in clear text.
    static Result<StoreCredentials> resolve(const StoreSpec& spec, const Sources& sources);
    static Status checkTransport(const StoreSpec& spec);
    static Result<StoreCredentials> resolve(const StoreSpec& spec) { return resolve(spec, Sources{}); }
    // Only the environment's variables for that kind of store, if any are set.
    static std::optional<StoreCredentials> fromEnvironment(StoreSpec::Kind kind,
                                                           const QProcessEnvironment& env);
};

} // namespace aks
