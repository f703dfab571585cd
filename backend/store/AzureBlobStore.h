#pragma once

#include "AzureSharedKeySigner.h"
#include "RemoteObjectStore.h"

#include <QCoreApplication>

namespace aks {

struct ServiceError;

// A container of an Azure Blob Storage account (what Velero's Azure plugin writes), read over the
// Blob REST API with a Shared Key or a SAS token. The public cloud by default; a custom endpoint
// for Azure Stack Hub (https://blob.REGION.DOMAIN, the account goes in front) or Azurite
// (http://127.0.0.1:PORT, the account goes in the path).
class AzureBlobStore : public RemoteObjectStore {
    Q_DECLARE_TR_FUNCTIONS(AzureBlobStore)

public:
    static constexpr auto kApiVersion = "2021-12-02";

    AzureBlobStore(StoreSpec spec, StoreCredentials credentials, HttpOptions http = {});

    // The URL of the account's blob service, without a trailing slash.
    static QUrl serviceUrl(const QString& account, const QUrl& endpoint);

protected:
    HttpFetcher::Prepare request(const QByteArray& encodedPath, const Query& query) const override;
    QByteArray objectPath(const QString& key) const override;
    QByteArray listPath() const override;
    Query listQuery(const QString& fullPrefix, const QString& pageToken, int pageSize) const override;
    StoreListingParser::Dialect dialect() const override { return StoreListingParser::Dialect::AzureBlob; }
    Error httpError(const HttpResponse& response, const QString& what) const override;

private:
    AzureSharedKeySigner m_signer;
    QUrl m_service;
};

} // namespace aks
