#pragma once

#include "BackupStore.h"
#include "HttpFetcher.h"
#include "SigV4Signer.h"
#include "StoreSpec.h"
#include "credentials/StoreCredentials.h"

#include <QCoreApplication>

namespace aks {

// An S3-compatible bucket (MinIO; what Velero's AWS plugin writes), read with ListObjectsV2 and
// GetObject signed with AWS Signature V4. Path style (/bucket/key, what MinIO wants) or virtual-host
// style (bucket.host/key).
class S3Store : public BackupStore {
    Q_DECLARE_TR_FUNCTIONS(S3Store)

public:
    S3Store(StoreSpec spec, StoreCredentials credentials, HttpOptions http = {});

    // Keys per listing page; 0 leaves it to the server (1000).
    void setPageSize(int keys) { m_pageSize = keys; }
    Status checkAccess(const CancelToken& cancel);
    // The URL (without query) that GETs `encodedKey`, in the spec's addressing style.
    QUrl objectUrl(const QByteArray& encodedKey) const;
    QString region() const;

    QString displayName() const override;
    Result<QList<StoreObject>> list(const QString& prefix, const CancelToken& cancel) override;
    Result<QByteArray> read(const QString& key, qint64 maxBytes, const CancelToken& cancel) override;
    Status readStream(const QString& key, const ChunkSink& sink, const CancelToken& cancel) override;
    Result<StoreObject> stat(const QString& key, const CancelToken& cancel) override;

private:
    HttpFetcher::Prepare request(const QByteArray& encodedKey,
                                 const QList<QPair<QString, QString>>& query) const;
    QByteArray keyPath(const QString& key) const;
    Result<QList<StoreObject>> listPages(const QString& prefix, int maxPages, const CancelToken& cancel);
    Error httpError(const HttpResponse& response, const QString& what) const;

    StoreSpec m_spec;
    StoreCredentials m_credentials;
    SigV4Signer m_signer;
    HttpFetcher m_http;
    int m_pageSize = 0;
};

} // namespace aks
