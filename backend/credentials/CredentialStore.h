#pragma once

#include "StoreCredentials.h"
#include "core/Result.h"
#include "store/StoreSpec.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace aks {

// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager through
// QtKeychain), one entry per store and endpoint (entryName()), so a secret saved for one endpoint
// is never sent to another. Calls block until the keychain answers; safe on a worker thread.
class CredentialStore {
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    static constexpr auto kService = "aks-recovery-backup-store";

    // The entry a store's secret is kept under: the store string and its endpoint ("default" for
    // the public cloud), e.g. "azure://acct/velero endpoint=http://127.0.0.1:10000".
    static QString entryName(const StoreSpec& spec);
    // Entries written before the endpoint was part of the name were keyed by the store string
    // alone: they are never used (which endpoint they were for is unknown), only reported.
    static QString legacyEntryName(const StoreSpec& spec) { return spec.toString(); }

    static Status save(const QString& store, const StoreCredentials& credentials);
    // Nothing saved for the store is not an error: the caller tries the other sources.
    static Result<std::optional<StoreCredentials>> load(const QString& store);
    // Deleting an entry that does not exist succeeds.
    static Status remove(const QString& store);
};

} // namespace aks
