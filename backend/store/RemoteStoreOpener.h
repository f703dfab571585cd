#pragma once

#include "BackupStore.h"
#include "HttpFetcher.h"
#include "StoreSpec.h"
#include "credentials/CredentialResolver.h"

namespace aks {

// Opens an Azure Blob or S3 store: resolves its credentials (keychain, credentials file,
// environment), then lists one object to prove the store is reachable and the secret accepted.
Result<BackupStorePtr> openRemoteStore(const StoreSpec& spec, const CancelToken& cancel,
                                       const CredentialResolver::Sources& sources = {},
                                       const HttpOptions& http = {});

} // namespace aks
