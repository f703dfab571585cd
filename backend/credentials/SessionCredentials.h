#pragma once

#include "StoreCredentials.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace aks {

// Secrets typed for "this session only": kept in this process's memory, per keychain entry name,
// never written anywhere, gone when the app quits. The resolver looks here before the keychain.
class SessionCredentials {
    Q_DECLARE_TR_FUNCTIONS(SessionCredentials)
public:
    static void put(const QString& entry, const StoreCredentials& credentials);
    static std::optional<StoreCredentials> find(const QString& entry);
    static void clear();

    // Keeps a secret typed for a store: always for this session, and in the OS keychain when
    // `remember`. A keychain that fails leaves the session copy in place and returns its error.
    static Status keep(const QString& entry, const StoreCredentials& credentials, bool remember);
};

} // namespace aks
