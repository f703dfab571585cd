#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace aks {

// `velero install` against an existing backup store, as the Azure and AWS plugins need it: every
// --backup-location-config key as the old location had it, and the credentials file velero stores
// verbatim in the cloud-credentials Secret (either the admin's own file or content written to a 0600
// temporary file, removed right after).
struct InstallOptions {
    QString provider = QStringLiteral("azure"); // azure | aws (MinIO and other S3 stores)
    QString pluginImage;                        // empty: the tag the compatibility table pairs with the CLI
    QString bucket;                             // container (Azure) or bucket (S3)
    QString prefix;
    QMap<QString, QString> config; // storageAccount, storageAccountKeyEnvVar, useAAD, region, s3Url ...
    QString credentialsFile;       // the admin's file, passed as is
    QByteArray credentials;        // or its content, written to a temporary file
    // Create the location ReadOnly (install --no-default-backup-location, then backup-location
    // create --access-mode ReadOnly --default), so Velero's garbage collector cannot delete an
    // expired backup from the store during the restore.
    bool readOnly = false;
    bool fileSystemBackup = true; // node-agent (restic before v1.10) for file-system volume data
    bool defaultVolumesToFsBackup = false;
    bool volumeSnapshots = false; // native disk snapshots: needs a VSL the credentials can use
    QMap<QString, QString> snapshotConfig;
    bool wait = true;
    // Where the temporary --secret-file is made (the run's private folder, swept after a kill);
    // empty: the system's temporary folder.
    QString secretDir;
};

} // namespace aks
