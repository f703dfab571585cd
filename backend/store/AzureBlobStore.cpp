#include "AzureBlobStore.h"

#include "ServiceError.h"
#include "SigV4Signer.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace aks {

AzureBlobStore::AzureBlobStore(StoreSpec spec, StoreCredentials credentials, HttpOptions http)
    : RemoteObjectStore(std::move(spec), std::move(credentials), std::move(http)),
      m_signer(m_spec.account, m_credentials.accountKey),
      m_service(serviceUrl(m_spec.account, m_spec.endpoint)) {}

QUrl AzureBlobStore::serviceUrl(const QString& account, const QUrl& endpoint) {
    if (endpoint.isEmpty())
        return QUrl(QStringLiteral("https://%1.blob.core.windows.net").arg(account));
    QUrl url = endpoint;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString host = url.host();
    const bool ipOrLocal = !QHostAddress(host).isNull() || host == QLatin1String("localhost");
    if (host.startsWith(account + QLatin1Char('.')) || path.endsWith(QLatin1Char('/') + account)) {
        // Already the account's own URL.
    } else if (ipOrLocal) {
        path += QLatin1Char('/') + account; // emulator style: http://127.0.0.1:10000/devstoreaccount1
    } else {
        url.setHost(account + QLatin1Char('.') + host); // Azure Stack Hub: https://ACCOUNT.blob.REGION.DOMAIN
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QByteArray AzureBlobStore::objectPath(const QString& key) const {
    const QString name = m_spec.prefix.isEmpty() ? key : m_spec.prefix + QLatin1Char('/') + key;
    return '/' + SigV4Signer::uriEncode(m_spec.bucket.toUtf8(), false) + '/' +
           SigV4Signer::uriEncode(name.toUtf8(), true);
}

HttpFetcher::Prepare AzureBlobStore::request(const QByteArray& encodedPath, const Query& query) const {
    return [this, encodedPath, query](const HttpFetcher::Headers& extra) {
        QByteArray q;
        for (const auto& [name, value] : query)
            q += (q.isEmpty() ? "" : "&") + SigV4Signer::uriEncode(name.toUtf8(), false) + '=' +
                 SigV4Signer::uriEncode(value.toUtf8(), false);
        if (m_credentials.kind == StoreCredentials::Kind::AzureSas)
            q += (q.isEmpty() ? "" : "&") + m_credentials.sasToken.toUtf8();
        const QByteArray base = m_service.toEncoded();
        const QUrl url =
            QUrl::fromEncoded(base + encodedPath + (q.isEmpty() ? QByteArray() : '?' + q), QUrl::StrictMode);
        QNetworkRequest r(url);
        AzureSharedKeySigner::Headers headers{
            {"x-ms-date", AzureSharedKeySigner::httpDate(QDateTime::currentDateTimeUtc())},
            {"x-ms-version", kApiVersion}};
        headers.append(extra);
        for (const auto& [name, value] : headers)
            r.setRawHeader(name, value);
        if (m_credentials.kind == StoreCredentials::Kind::AzureSharedKey)
            r.setRawHeader("Authorization", m_signer.authorization("GET", url, headers));
        return r;
    };
}

Error AzureBlobStore::httpError(const HttpResponse& response, const QString& what) const {
    const ServiceError e = ServiceError::parse(response);
    const QString store = displayName();
    const QString detail = e.authDetail.isEmpty() ? e.message : e.message + QLatin1Char('\n') + e.authDetail;
    const QString code = e.statusAndCode(response.status);
    if (response.status == 404) {
        if (e.code == QLatin1String("ContainerNotFound"))
            return Error::make(
                Error::Kind::NotFound,
                tr("The container '%1' does not exist in the storage account '%2' (%3); check the "
                   "container name Velero's backup storage location uses.")
                    .arg(m_spec.bucket, m_spec.account, code),
                detail);
        return Error::make(Error::Kind::NotFound, tr("%1 does not exist in %2 (%3).").arg(what, store, code),
                           detail);
    }
    if (response.status == 403 || response.status == 401) {
        if (e.authDetail.contains(QLatin1String("too old"), Qt::CaseInsensitive) ||
            e.authDetail.contains(QLatin1String("in the future"), Qt::CaseInsensitive) ||
            e.code == QLatin1String("RequestTimeTooSkewed"))
            return Error::make(
                Error::Kind::PermissionDenied,
                tr("The storage account refused the request because this computer's clock differs "
                   "from the server's by more than 15 minutes (%1); correct the clock and try again.")
                    .arg(code),
                detail);
        if (m_credentials.kind == StoreCredentials::Kind::AzureSas) {
            const QUrlQuery sas(m_credentials.sasToken);
            const QDateTime expiry = QDateTime::fromString(
                sas.queryItemValue(QStringLiteral("se"), QUrl::FullyDecoded), Qt::ISODate);
            if (expiry.isValid() && expiry < QDateTime::currentDateTimeUtc())
                return Error::make(
                    Error::Kind::PermissionDenied,
                    tr("The SAS token for %1 expired at %2 (%3); create a new one with read and list "
                       "permissions and save it again (aks-recovery credentials set %1).")
                        .arg(store, expiry.toUTC().toString(Qt::ISODate), code),
                    detail);
            return Error::make(
                Error::Kind::PermissionDenied,
                tr("The SAS token from %1 was rejected by %2 (%3) while reading %4; check that it "
                   "grants read and list permissions on the container and has not expired.")
                    .arg(m_credentials.source, store, code, what),
                detail);
        }
        // Azure says AuthenticationFailed for a bad signature; Azurite, and Azure behind a storage
        // firewall, say AuthorizationFailure.
        if (e.code == QLatin1String("AuthenticationFailed") ||
            e.code == QLatin1String("AuthorizationFailure"))
            return Error::make(
                Error::Kind::PermissionDenied,
                tr("The storage account key was rejected (%1) by %2 while reading %3; check the key "
                   "from %4 against the storage account's access keys (aks-recovery credentials set "
                   "%2), and that the account's firewall lets this computer in.")
                    .arg(code, store, what, m_credentials.source),
                detail);
        return Error::make(Error::Kind::PermissionDenied,
                           tr("%1 refused to let these credentials read %2 (%3).").arg(store, what, code),
                           detail);
    }
    return Error::make(Error::Kind::Network,
                       tr("%1 answered %2 while %3 was read; try again later.").arg(store, code, what),
                       detail);
}

QByteArray AzureBlobStore::listPath() const {
    return '/' + SigV4Signer::uriEncode(m_spec.bucket.toUtf8(), false);
}

RemoteObjectStore::Query AzureBlobStore::listQuery(const QString& fullPrefix, const QString& pageToken,
                                                   int pageSize) const {
    Query query{{QStringLiteral("restype"), QStringLiteral("container")},
                {QStringLiteral("comp"), QStringLiteral("list")},
                {QStringLiteral("prefix"), fullPrefix}};
    if (!pageToken.isEmpty())
        query.append({QStringLiteral("marker"), pageToken});
    if (pageSize > 0)
        query.append({QStringLiteral("maxresults"), QString::number(pageSize)});
    return query;
}

} // namespace aks
