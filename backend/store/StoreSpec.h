#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace aks {

// Where a backup store is and how to reach it; no secret ever lives here (credentials are looked
// up by CredentialResolver from the keychain, a velero credentials file or the environment).
struct StoreSpec {
    Q_DECLARE_TR_FUNCTIONS(StoreSpec)

public:
    enum class Kind { LocalFolder, Tarball, AzureBlob, S3 };

    Kind kind = Kind::LocalFolder;
    QString path;    // LocalFolder: the folder holding backups/ (after any prefix); Tarball: the .tar.gz
    QString account; // AzureBlob: storage account name
    QString bucket;  // AzureBlob: container; S3: bucket
    QString prefix;  // the BSL's objectStorage.prefix, without slashes at either end
    QUrl endpoint;   // custom endpoint (Azurite, Azure Stack Hub, MinIO); empty: the public cloud
    QString region;  // S3 (MinIO: "minio"); empty: us-east-1
    bool pathStyle = true;   // S3: /bucket/key rather than bucket.host/key
    QString caFile;          // extra CA certificate(s) to trust (PEM)
    QString credentialsFile; // the file given to `velero install --secret-file`, both plugins' formats

    // A path, a .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].
    static Result<StoreSpec> parse(const QString& storeString);
    // The same form back, for the UI, logs and the keychain's entry name.
    QString toString() const;
    // Every field (never a secret: there is none here), for the recent stores list in the settings.
    QVariantMap toMap() const;
    static Result<StoreSpec> fromMap(const QVariantMap& map);
};

} // namespace aks
