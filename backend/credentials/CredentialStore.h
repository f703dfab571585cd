#pragma once

#include "StoreCredentials.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace aks {

// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager through
// QtKeychain), one entry per store string. Calls block until the keychain answers; safe on a
// worker thread.
class CredentialStore {
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    static constexpr auto kService = "aks-recovery-backup-store";

    static Status save(const QString& store, const StoreCredentials& credentials);
    // Nothing saved for the store is not an error: the caller tries the other sources.
    static Result<std::optional<StoreCredentials>> load(const QString& store);
    // Deleting an entry that does not exist succeeds.
    static Status remove(const QString& store);
};

} // namespace aks
