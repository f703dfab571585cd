#pragma once

#include "BackupStore.h"
#include "HttpFetcher.h"
#include "StoreListingParser.h"
#include "StoreSpec.h"
#include "credentials/StoreCredentials.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace aks {

// What an Azure Blob container and an S3 bucket have in common: paged listings of XML, GETs of
// whole or streamed objects, with the same retries and limits. The services differ in how a
// request is addressed and signed, how a listing is asked for, and what their errors mean.
class RemoteObjectStore : public BackupStore {
    Q_DECLARE_TR_FUNCTIONS(RemoteObjectStore)

public:
    // Objects per listing page; 0 leaves it to the server (Azure 5000, S3 1000).
    void setPageSize(int objects) { m_pageSize = objects; }
    // The store is reachable with these credentials: one listing page of one object.
    Status checkAccess(const CancelToken& cancel);

    QString displayName() const override;
    Result<QList<StoreObject>> list(const QString& prefix, const CancelToken& cancel) override;
    Result<QByteArray> read(const QString& key, qint64 maxBytes, const CancelToken& cancel) override;
    Status readStream(const QString& key, const ChunkSink& sink, const CancelToken& cancel) override;
    Result<StoreObject> stat(const QString& key, const CancelToken& cancel) override;

protected:
    using Query = QList<QPair<QString, QString>>;

    RemoteObjectStore(StoreSpec spec, StoreCredentials credentials, HttpOptions http);

    // A signed GET of `encodedPath` (as objectPath and listPath give it) with `query`.
    virtual HttpFetcher::Prepare request(const QByteArray& encodedPath, const Query& query) const = 0;
    virtual QByteArray objectPath(const QString& key) const = 0;
    virtual QByteArray listPath() const = 0;
    // The query of one listing page; `pageToken` is empty on the first page.
    virtual Query listQuery(const QString& fullPrefix, const QString& pageToken, int pageSize) const = 0;
    virtual StoreListingParser::Dialect dialect() const = 0;
    // What a non-2xx answer means, in words an admin can act on.
    virtual Error httpError(const HttpResponse& response, const QString& what) const = 0;

    StoreSpec m_spec;
    StoreCredentials m_credentials;
    HttpFetcher m_http;

private:
    Result<QList<StoreObject>> listPages(const QString& prefix, int maxPages, const CancelToken& cancel);

    int m_pageSize = 0;
};

} // namespace aks
