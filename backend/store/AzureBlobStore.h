#pragma once

#include "AzureSharedKeySigner.h"
#include "BackupStore.h"
#include "HttpFetcher.h"
#include "StoreSpec.h"
#include "credentials/StoreCredentials.h"

#include <QCoreApplication>

namespace aks {

struct ServiceError;

// A container of an Azure Blob Storage account (what Velero's Azure plugin writes), read over the
// Blob REST API with a Shared Key or a SAS token. The public cloud by default; a custom endpoint
// for Azure Stack Hub (https://blob.REGION.DOMAIN, the account goes in front) or Azurite
// (http://127.0.0.1:PORT, the account goes in the path).
class AzureBlobStore : public BackupStore {
    Q_DECLARE_TR_FUNCTIONS(AzureBlobStore)

public:
    static constexpr auto kApiVersion = "2021-12-02";

    AzureBlobStore(StoreSpec spec, StoreCredentials credentials, HttpOptions http = {});

    // Blobs per listing page; 0 leaves it to the server (5000).
    void setPageSize(int blobs) { m_pageSize = blobs; }
    // The container is reachable with these credentials: one listing page of one blob.
    Status checkAccess(const CancelToken& cancel);
    // The URL of the account's blob service, without a trailing slash.
    static QUrl serviceUrl(const QString& account, const QUrl& endpoint);

    QString displayName() const override;
    Result<QList<StoreObject>> list(const QString& prefix, const CancelToken& cancel) override;
    Result<QByteArray> read(const QString& key, qint64 maxBytes, const CancelToken& cancel) override;
    Status readStream(const QString& key, const ChunkSink& sink, const CancelToken& cancel) override;
    Result<StoreObject> stat(const QString& key, const CancelToken& cancel) override;

private:
    HttpFetcher::Prepare request(const QByteArray& encodedPath,
                                 const QList<QPair<QString, QString>>& query) const;
    QByteArray blobPath(const QString& key) const;
    Result<QList<StoreObject>> listPages(const QString& prefix, int maxPages, const CancelToken& cancel);
    Error httpError(const HttpResponse& response, const QString& what) const;

    StoreSpec m_spec;
    StoreCredentials m_credentials;
    AzureSharedKeySigner m_signer;
    QUrl m_service;
    HttpFetcher m_http;
    int m_pageSize = 0;
};

} // namespace aks
