#include "StoreFactory.h"

#include "LocalFolderStore.h"
#include "RemoteStoreOpener.h"
#include "TarballStore.h"

#include <QCoreApplication>

namespace aks {
namespace {
struct StoreFactoryText {
    Q_DECLARE_TR_FUNCTIONS(StoreFactory)
};
} // namespace

Result<BackupStorePtr> openStore(const StoreSpec& spec, const CancelToken& cancel) {
    if (cancel.isCancelled())
        return Error::make(Error::Kind::Cancelled, StoreFactoryText::tr("Cancelled."));
    switch (spec.kind) {
    case StoreSpec::Kind::LocalFolder: {
        auto store = std::make_unique<LocalFolderStore>(spec.path);
        if (Status st = store->validate(); !st)
            return st.error();
        return BackupStorePtr(std::move(store));
    }
    case StoreSpec::Kind::Tarball: {
        auto store = std::make_unique<TarballStore>(spec.path);
        if (Status st = store->validate(); !st)
            return st.error();
        return BackupStorePtr(std::move(store));
    }
    case StoreSpec::Kind::AzureBlob:
    case StoreSpec::Kind::S3:
        return openRemoteStore(spec, cancel);
    }
    // Every kind is handled above (-Wswitch says so when one is added); a value outside the enum is
    // refused rather than trusted.
    return Error::make(
        Error::Kind::BadInput,
        StoreFactoryText::tr("Unknown kind of backup store (%1).").arg(static_cast<int>(spec.kind)));
}

} // namespace aks
