#include "RemoteStoreOpener.h"

#include "AzureBlobStore.h"
#include "S3Store.h"

#include <QCoreApplication>

namespace aks {
namespace {
struct RemoteStoreText {
    Q_DECLARE_TR_FUNCTIONS(RemoteStoreOpener)
};
} // namespace

Result<BackupStorePtr> openRemoteStore(const StoreSpec& spec, const CancelToken& cancel,
                                       const CredentialResolver::Sources& sources, const HttpOptions& http) {
    auto credentials = CredentialResolver::resolve(spec, sources);
    if (!credentials)
        return credentials.error();
    HttpOptions options = http;
    if (!spec.caFile.isEmpty())
        options.caFile = spec.caFile;
    if (Status s = HttpFetcher(options).validate(); !s)
        return s.error();

    if (spec.kind == StoreSpec::Kind::AzureBlob) {
        if (credentials->kind == StoreCredentials::Kind::AwsKeys)
            return Error::make(
                Error::Kind::BadInput,
                RemoteStoreText::tr("The credentials from %1 are for S3, but %2 is on Azure Blob Storage.")
                    .arg(credentials->source, spec.toString()));
        auto store = std::make_unique<AzureBlobStore>(spec, *credentials, options);
        if (credentials->kind == StoreCredentials::Kind::AzureSharedKey &&
            !AzureSharedKeySigner(spec.account, credentials->accountKey).keyIsValid())
            return Error::make(
                Error::Kind::BadInput,
                RemoteStoreText::tr("The storage account key from %1 is not valid base64; copy it "
                                    "again from the storage account's access keys.")
                    .arg(credentials->source));
        if (Status s = store->checkAccess(cancel); !s)
            return s.error();
        return BackupStorePtr(std::move(store));
    }
    if (spec.kind == StoreSpec::Kind::S3) {
        if (credentials->kind != StoreCredentials::Kind::AwsKeys)
            return Error::make(
                Error::Kind::BadInput,
                RemoteStoreText::tr("The credentials from %1 are for Azure, but %2 is an S3 bucket.")
                    .arg(credentials->source, spec.toString()));
        auto store = std::make_unique<S3Store>(spec, *credentials, options);
        if (Status s = store->checkAccess(cancel); !s)
            return s.error();
        return BackupStorePtr(std::move(store));
    }
    return Error::make(Error::Kind::BadInput,
                       RemoteStoreText::tr("%1 is not an Azure Blob or S3 store.").arg(spec.toString()));
}

} // namespace aks
