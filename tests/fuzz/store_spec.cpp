// Store strings as admins type them on the command line: azure://, s3://, paths.
#include "store/StoreSpec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString s = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    auto spec = aks::StoreSpec::parse(s);
    if (spec.ok()) {
        // What parse accepts must print and parse back to the same store.
        auto again = aks::StoreSpec::parse(spec->toString());
        if (!again.ok() || again->toString() != spec->toString())
            __builtin_trap();
    }
    return 0;
}
