// Container and bucket listings (Azure List Blobs, S3 ListObjectsV2 XML) as a server sends them.
// The first byte picks the dialect and whether the store has a bucket prefix.
#include "store/StoreListingParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    using aks::StoreListingParser;
    const auto dialect =
        (data[0] & 1) ? StoreListingParser::Dialect::S3 : StoreListingParser::Dialect::AzureBlob;
    const QString root = (data[0] & 2) ? QStringLiteral("aks") : QString();
    const QString full = root.isEmpty() ? QStringLiteral("backups/") : QStringLiteral("aks/backups/");
    const QByteArray xml =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    auto page = StoreListingParser::parse(dialect, xml, full, root);
    if (page.ok()) {
        // Whatever is accepted is under the prefix asked for, with a real size.
        for (const aks::StoreObject& o : page->objects)
            if (!o.key.startsWith(QStringLiteral("backups/")) || o.size < -1)
                __builtin_trap();
    } else if (page.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
