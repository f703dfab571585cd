#pragma once

#include "BackupStore.h"

#include <QCoreApplication>

namespace aks {

// A backup downloaded with `velero backup download` (NAME-data.tar.gz): the backup's resource
// tarball alone. It shows as a store holding one backup whose only artifact is that tarball, under
// the key backups/NAME/NAME.tar.gz; everything else is absent.
class TarballStore : public BackupStore {
    Q_DECLARE_TR_FUNCTIONS(TarballStore)

public:
    explicit TarballStore(QString tarballPath);

    Status validate() const;
    // The backup name taken from the file name ("daily-1-data.tar.gz" -> "daily-1").
    QString backupName() const { return m_backup; }
    QString tarballKey() const;

    QString displayName() const override { return m_path; }
    Result<QList<StoreObject>> list(const QString& prefix, const CancelToken& cancel) override;
    Result<QByteArray> read(const QString& key, qint64 maxBytes, const CancelToken& cancel) override;
    Status readStream(const QString& key, const ChunkSink& sink, const CancelToken& cancel) override;
    Result<StoreObject> stat(const QString& key, const CancelToken& cancel) override;

private:
    Error notFound(const QString& key) const;
    QString m_path;
    QString m_backup;
};

} // namespace aks
