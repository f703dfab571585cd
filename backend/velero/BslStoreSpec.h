#pragma once

#include "VeleroBsl.h"
#include "store/StoreSpec.h"

namespace aks {

// The store a BackupStorageLocation points at, for opening its backups in the inspector: a folder
// (a bucket that is an absolute path, as in the demo), azure://ACCOUNT/CONTAINER/PREFIX, or
// s3://BUCKET/PREFIX with the MinIO endpoint.
class BslStoreSpec {
public:
    static StoreSpec fromBsl(const VeleroBsl& bsl);
};

} // namespace aks
