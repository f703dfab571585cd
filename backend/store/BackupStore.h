#pragma once

#include "core/Result.h"
#include "jobs/CancelToken.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace aks {

// One object in a backup store, by its key relative to the store's root (below any bucket prefix),
// e.g. "backups/daily-20261118/velero-backup.json".
struct StoreObject {
    QString key;
    qint64 size = -1;
    QDateTime lastModified;
};

// Read-only access to what Velero wrote into a backup storage location: a local folder, a
// downloaded backup tarball, an Azure Blob container or an S3 bucket. Calls block, so they run on a
// worker thread (JobManager); each honours the cancel token. Implementations are safe to call from
// one thread at a time; open one per thread for parallel reads.
class BackupStore {
public:
    virtual ~BackupStore() = default;

    // For messages and the UI: "azure://acct/velero/aks", a folder path... never a secret.
    virtual QString displayName() const = 0;

    // Every object whose key starts with `prefix` (all pages of a paged listing), sorted by key.
    virtual Result<QList<StoreObject>> list(const QString& prefix, const CancelToken& cancel) = 0;

    // A whole small object (JSON, a gzipped artifact). Refuses objects larger than maxBytes with a
    // clear error instead of reading them.
    virtual Result<QByteArray> read(const QString& key, qint64 maxBytes, const CancelToken& cancel) = 0;

    // A large object in chunks, as it arrives; never held whole in memory. The sink returns an
    // error to stop the transfer (that error is returned).
    using ChunkSink = std::function<Status(QByteArrayView chunk)>;
    virtual Status readStream(const QString& key, const ChunkSink& sink, const CancelToken& cancel) = 0;

    // The object's size and time, or an Error of kind NotFound.
    virtual Result<StoreObject> stat(const QString& key, const CancelToken& cancel) = 0;
};

using BackupStorePtr = std::unique_ptr<BackupStore>;

} // namespace aks
