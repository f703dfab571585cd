#pragma once

#include "BackupStore.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace aks {

// A backup store kept in a local folder (a copied bucket, a mounted share, the demo store): keys
// are paths below the folder. Reads never follow a key out of the folder.
class LocalFolderStore : public BackupStore {
    Q_DECLARE_TR_FUNCTIONS(LocalFolderStore)

public:
    explicit LocalFolderStore(QString root);

    // Checks the folder exists and holds only what Velero allows at a store's root, with Velero's
    // own words when it does not.
    Status validate() const;

    QString displayName() const override { return m_root; }
    Result<QList<StoreObject>> list(const QString& prefix, const CancelToken& cancel) override;
    Result<QByteArray> read(const QString& key, qint64 maxBytes, const CancelToken& cancel) override;
    Status readStream(const QString& key, const ChunkSink& sink, const CancelToken& cancel) override;
    Result<StoreObject> stat(const QString& key, const CancelToken& cancel) override;

private:
    Result<QString> pathOf(const QString& key) const;
    // The key's file, opened without following links and only when it is a regular file.
    Result<std::unique_ptr<QFile>> openFile(const QString& key) const;
    QString m_root;
};

} // namespace aks
