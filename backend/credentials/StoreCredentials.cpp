#include "StoreCredentials.h"

#include "core/Redactor.h"

#include <QUrlQuery>

namespace aks {

void StoreCredentials::registerSecrets() const {
    Redactor::registerSecret(accountKey);
    Redactor::registerSecret(sasToken);
    Redactor::registerSecret(secretAccessKey);
    Redactor::registerSecret(sessionToken);
    // The signature is the secret part of a SAS; it also appears percent-encoded in URLs.
    const QUrlQuery sas(sasToken);
    Redactor::registerSecret(sas.queryItemValue(QStringLiteral("sig"), QUrl::FullyDecoded));
    Redactor::registerSecret(sas.queryItemValue(QStringLiteral("sig"), QUrl::FullyEncoded));
}

} // namespace aks
