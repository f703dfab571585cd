#pragma once

#include "BackupStore.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace aks {

// One page of a container or bucket listing, as the server sent it.
struct ListingPage {
    QList<StoreObject> objects; // keys relative to the store's root, in the server's order
    QString next;               // the marker or continuation token of the next page; empty on the last
};

// Reads the XML of an Azure Blob "List Blobs" or an S3 "ListObjectsV2" answer. The server is
// outside data: objects outside the prefix that was asked for are dropped, and a size that is not
// a number is an error rather than a wrong total later on.
class StoreListingParser {
    Q_DECLARE_TR_FUNCTIONS(StoreListingParser)

public:
    enum class Dialect { AzureBlob, S3 };

    // `fullPrefix` is what was listed (bucket prefix included); `rootPrefix` is the store's own
    // bucket prefix, removed from every key ("aks/backups/x" -> "backups/x" for rootPrefix "aks").
    static Result<ListingPage> parse(Dialect dialect, const QByteArray& xml, const QString& fullPrefix,
                                     const QString& rootPrefix);
};

} // namespace aks
