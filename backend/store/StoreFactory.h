#pragma once

#include "BackupStore.h"
#include "StoreSpec.h"

namespace aks {

// Opens the store a spec names: local folder and tarball readers, or Azure Blob / S3 clients with
// credentials resolved from the keychain, the credentials file or the environment. Checks that the
// store is reachable and readable before returning it.
Result<BackupStorePtr> openStore(const StoreSpec& spec, const CancelToken& cancel);

} // namespace aks
