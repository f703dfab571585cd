// manifest.json of a config snapshot folder, which may come from another machine or a share.
#include "FuzzSupport.h"
#include "core/BoundedJson.h"
#include "snapshot/Manifest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    const QByteArrayView in = aksfuzz::bytes(data, size);
    // As SnapshotReader: no exceptions, a discarded value is "not valid JSON".
    const nlohmann::json j = aks::parseBoundedJson(in);
    if (j.is_discarded())
        return 0;
    const QString source = QStringLiteral("/snapshots/2026-11-18/manifest.json");
    const auto m = aks::Manifest::fromJson(j, source);
    if (!m)
        return 0;
    // Every file it lists stays inside the snapshot folder and has a whole checksum.
    for (const auto& f : m->files) {
        if (f.name.isEmpty() || f.name.contains(QLatin1Char('/')) || f.name.contains(QLatin1Char('\\')) ||
            f.name.startsWith(QLatin1Char('.')) || f.sha256.size() != 64 || f.size < 0 ||
            m->file(f.name) == nullptr)
            __builtin_trap();
    }
    // What fromJson accepts, toJson writes back so that it reads the same again.
    const nlohmann::json written = m->toJson();
    const auto again = aks::Manifest::fromJson(written, source);
    if (!again || again->toJson() != written)
        __builtin_trap();
    (void)written.dump();
    return 0;
}
