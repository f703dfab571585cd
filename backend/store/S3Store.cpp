#include "S3Store.h"

#include "ServiceError.h"

namespace aks {
namespace {

// GETs carry no body: the SHA-256 of nothing.
constexpr auto kEmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

S3Store::S3Store(StoreSpec spec, StoreCredentials credentials, HttpOptions http)
    : RemoteObjectStore(std::move(spec), std::move(credentials), std::move(http)),
      m_signer(m_credentials.accessKeyId, m_credentials.secretAccessKey,
               m_spec.region.isEmpty() ? QStringLiteral("us-east-1") : m_spec.region, QStringLiteral("s3")) {}

QString S3Store::region() const {
    return m_spec.region.isEmpty() ? QStringLiteral("us-east-1") : m_spec.region;
}

QUrl S3Store::objectUrl(const QByteArray& encodedKey) const {
    QUrl base = m_spec.endpoint.isEmpty() ? QUrl(QStringLiteral("https://s3.%1.amazonaws.com").arg(region()))
                                          : m_spec.endpoint;
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    base.setPath(QString());
    base.setQuery(QString());
    const QByteArray bucket = SigV4Signer::uriEncode(m_spec.bucket.toUtf8(), false);
    if (!m_spec.pathStyle)
        base.setHost(m_spec.bucket + QLatin1Char('.') + base.host());
    QByteArray path = QUrl(basePath).toEncoded();
    if (m_spec.pathStyle)
        path += '/' + bucket;
    path += '/' + encodedKey;
    return QUrl::fromEncoded(base.toEncoded() + path, QUrl::StrictMode);
}

QByteArray S3Store::objectPath(const QString& key) const {
    const QString name = m_spec.prefix.isEmpty() ? key : m_spec.prefix + QLatin1Char('/') + key;
    return SigV4Signer::uriEncode(name.toUtf8(), true);
}

HttpFetcher::Prepare S3Store::request(const QByteArray& encodedKey, const Query& query) const {
    return [this, encodedKey, query](const HttpFetcher::Headers& extra) {
        QByteArray q;
        for (const auto& [name, value] : query)
            q += (q.isEmpty() ? "" : "&") + SigV4Signer::uriEncode(name.toUtf8(), false) + '=' +
                 SigV4Signer::uriEncode(value.toUtf8(), false);
        const QUrl base = objectUrl(encodedKey);
        const QUrl url = q.isEmpty() ? base : QUrl::fromEncoded(base.toEncoded() + '?' + q, QUrl::StrictMode);
        const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
        const int port = url.port(defaultPort);
        const QByteArray host = url.host(QUrl::FullyEncoded).toUtf8() +
                                (port == defaultPort ? QByteArray() : ':' + QByteArray::number(port));
        const QDateTime now = QDateTime::currentDateTimeUtc();

        SigV4Signer::Request sr;
        sr.method = "GET";
        sr.path = url.path(QUrl::FullyEncoded).toUtf8();
        sr.query = q;
        sr.payloadHash = kEmptyPayloadHash;
        sr.headers = {{"host", host},
                      {"x-amz-content-sha256", kEmptyPayloadHash},
                      {"x-amz-date", SigV4Signer::amzDate(now)}};
        if (!m_credentials.sessionToken.isEmpty())
            sr.headers.append({"x-amz-security-token", m_credentials.sessionToken.toUtf8()});
        // Range stays unsigned, as AWS's SDKs send it (a proxy may rewrite it); the rest is signed.
        SigV4Signer::Headers unsigned_;
        for (const auto& [name, value] : extra)
            (name.compare("Range", Qt::CaseInsensitive) == 0 ? unsigned_ : sr.headers)
                .append({name.toLower(), value});

        QNetworkRequest r(url);
        for (const auto& [name, value] : sr.headers)
            if (name != "host")
                r.setRawHeader(name, value);
        for (const auto& [name, value] : unsigned_)
            r.setRawHeader(name, value);
        r.setRawHeader("Authorization", m_signer.authorization(sr, now));
        return r;
    };
}

Error S3Store::httpError(const HttpResponse& response, const QString& what) const {
    const ServiceError e = ServiceError::parse(response);
    const QString store = displayName();
    const QString code = e.statusAndCode(response.status);
    if (response.status == 404) {
        if (e.code == QLatin1String("NoSuchBucket"))
            return Error::make(
                Error::Kind::NotFound,
                tr("The bucket '%1' does not exist on %2 (%3); check the bucket name Velero's backup "
                   "storage location uses, and the endpoint.")
                    .arg(m_spec.bucket, objectUrl({}).host(), code),
                e.message);
        return Error::make(Error::Kind::NotFound, tr("%1 does not exist in %2 (%3).").arg(what, store, code),
                           e.message);
    }
    if (e.code == QLatin1String("RequestTimeTooSkewed"))
        return Error::make(
            Error::Kind::PermissionDenied,
            tr("%1 refused the request because this computer's clock differs from the server's by "
               "more than 15 minutes (%2); correct the clock and try again.%3")
                .arg(store, code,
                     e.serverTime.isEmpty() ? QString() : tr(" The server's time is %1.").arg(e.serverTime)),
            e.message);
    if (e.code == QLatin1String("SignatureDoesNotMatch"))
        return Error::make(
            Error::Kind::PermissionDenied,
            tr("The secret access key was rejected (%1) by %2 while reading %3; check the secret "
               "from %4 (aks-recovery credentials set %2).")
                .arg(code, store, what, m_credentials.source),
            e.message);
    if (e.code == QLatin1String("InvalidAccessKeyId"))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("The access key id '%1' from %2 is not known to %3 (%4).")
                               .arg(m_credentials.accessKeyId, m_credentials.source, store, code),
                           e.message);
    if (response.status == 403 || response.status == 401)
        return Error::make(Error::Kind::PermissionDenied,
                           tr("%1 refused to let the access key '%2' read %3 (%4); check its policy allows "
                              "s3:ListBucket and s3:GetObject.")
                               .arg(store, m_credentials.accessKeyId, what, code),
                           e.message);
    return Error::make(Error::Kind::Network,
                       tr("%1 answered %2 while %3 was read; try again later.").arg(store, code, what),
                       e.message);
}

RemoteObjectStore::Query S3Store::listQuery(const QString& fullPrefix, const QString& pageToken,
                                            int pageSize) const {
    Query query{{QStringLiteral("list-type"), QStringLiteral("2")}, {QStringLiteral("prefix"), fullPrefix}};
    if (!pageToken.isEmpty())
        query.append({QStringLiteral("continuation-token"), pageToken});
    if (pageSize > 0)
        query.append({QStringLiteral("max-keys"), QString::number(pageSize)});
    return query;
}

} // namespace aks
