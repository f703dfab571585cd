#pragma once

#include "RemoteObjectStore.h"
#include "SigV4Signer.h"

#include <QCoreApplication>

namespace aks {

// An S3-compatible bucket (MinIO; what Velero's AWS plugin writes), read with ListObjectsV2 and
// GetObject signed with AWS Signature V4. Path style (/bucket/key, what MinIO wants) or virtual-host
// style (bucket.host/key).
class S3Store : public RemoteObjectStore {
    Q_DECLARE_TR_FUNCTIONS(S3Store)

public:
    S3Store(StoreSpec spec, StoreCredentials credentials, HttpOptions http = {});

    // The URL (without query) that GETs `encodedKey`, in the spec's addressing style.
    QUrl objectUrl(const QByteArray& encodedKey) const;
    QString region() const;

protected:
    HttpFetcher::Prepare request(const QByteArray& encodedKey, const Query& query) const override;
    QByteArray objectPath(const QString& key) const override;
    QByteArray listPath() const override { return {}; }
    Query listQuery(const QString& fullPrefix, const QString& pageToken, int pageSize) const override;
    StoreListingParser::Dialect dialect() const override { return StoreListingParser::Dialect::S3; }
    Error httpError(const HttpResponse& response, const QString& what) const override;

private:
    SigV4Signer m_signer;
};

} // namespace aks
