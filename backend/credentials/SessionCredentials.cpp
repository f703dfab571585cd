#include "SessionCredentials.h"

#include "CredentialStore.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace aks {
namespace {

struct SessionVault {
    QMutex mutex;
    QHash<QString, StoreCredentials> entries;
};

SessionVault& sessionVault() {
    static SessionVault vault;
    return vault;
}

} // namespace

void SessionCredentials::put(const QString& entry, const StoreCredentials& credentials) {
    credentials.registerSecrets();
    StoreCredentials kept = credentials;
    kept.source = tr("this session");
    SessionVault& v = sessionVault();
    QMutexLocker lock(&v.mutex);
    v.entries.insert(entry, kept);
}

std::optional<StoreCredentials> SessionCredentials::find(const QString& entry) {
    SessionVault& v = sessionVault();
    QMutexLocker lock(&v.mutex);
    const auto it = v.entries.constFind(entry);
    if (it == v.entries.cend())
        return std::nullopt;
    return *it;
}

void SessionCredentials::clear() {
    SessionVault& v = sessionVault();
    QMutexLocker lock(&v.mutex);
    v.entries.clear();
}

Status SessionCredentials::keep(const QString& entry, const StoreCredentials& credentials, bool remember) {
    put(entry, credentials);
    if (!remember)
        return {};
    return CredentialStore::save(entry, credentials);
}

} // namespace aks
