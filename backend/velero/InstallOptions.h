#pragma once

#include <QMap>
#include <QString>

namespace aks {

// `velero install` as Microsoft's AKS hybrid guide runs it: Azure Blob through the Azure plugin,
// or MinIO through the AWS plugin. The credentials go to a 0600 temporary --secret-file that is
// removed right after.
struct InstallOptions {
    enum class Provider { Azure, MinioAws };
    enum class FsBackup { NodeAgent, Restic }; // --use-node-agent (current) or --use-restic (old)

    Provider provider = Provider::Azure;
    QString pluginImage; // e.g. velero/velero-plugin-for-microsoft-azure:v1.10.0
    QString bucket;      // container (Azure) or bucket (MinIO)
    QString prefix;      // optional BSL prefix
    FsBackup fsBackup = FsBackup::NodeAgent;
    bool defaultVolumesToFsBackup = true;
    bool wait = true;

    // Azure
    QString resourceGroup;
    QString storageAccount;
    QString subscriptionId;                  // optional
    QMap<QString, QString> azureCredentials; // AZURE_* keys of the secret file
    // MinIO
    QString s3Url; // http://HOST:9000
    QString region = QStringLiteral("minio");
    QString accessKeyId;
    QString secretAccessKey;
    // Where the temporary --secret-file is made; empty: the system's temporary folder.
    QString secretDir;
};

} // namespace aks
