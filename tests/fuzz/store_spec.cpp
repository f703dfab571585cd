// Store strings as admins type them on the command line: azure://, s3://, paths.
#include "store/StoreSpec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString s = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    auto spec = aks::StoreSpec::parse(s);
    if (spec.ok()) {
        // What parse accepts must print and parse back to the same store. A local path is made
        // absolute and clean first (QFileInfo), so only its kind must survive: "a /." prints as
        // ".../a ", whose trailing space the next parse trims, as it does for anything typed.
        auto again = aks::StoreSpec::parse(spec->toString());
        if (!again.ok() || again->kind != spec->kind)
            __builtin_trap();
        const bool remote =
            spec->kind == aks::StoreSpec::Kind::AzureBlob || spec->kind == aks::StoreSpec::Kind::S3;
        if (remote && again->toString() != spec->toString())
            __builtin_trap();
        // Nothing parse accepts carries a control character into logs and terminals.
        for (QChar c : spec->toString())
            if (c.category() == QChar::Other_Control)
                __builtin_trap();
    }
    return 0;
}
