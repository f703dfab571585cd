// Velero's backup and restore logs (logrus text lines), as the -logs.gz artifacts and `velero backup
// logs` hold them.
#include "FuzzSupport.h"
#include "inspector/LogEntry.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    const QList<aks::LogEntry> entries = aks::LogEntry::parseAll(aksfuzz::bytes(data, size));
    for (const aks::LogEntry& e : entries) {
        // Lines are split on '\n' with empty ones skipped, and parsing a line again gives the same entry.
        if (e.raw.isEmpty() || e.raw.contains(QLatin1Char('\n')))
            __builtin_trap();
        const aks::LogEntry again = aks::LogEntry::parse(e.raw);
        if (again.time != e.time || again.level != e.level || again.message != e.message ||
            again.fields != e.fields)
            __builtin_trap();
        // A key is what stands before '=': it never holds '=' or a space.
        for (const auto& f : e.fields)
            if (f.first.contains(QLatin1Char('=')) || f.first.contains(QLatin1Char(' ')))
                __builtin_trap();
        // Level names map back to the same level.
        if (e.level != aks::LogEntry::Level::Unknown &&
            aks::LogEntry::levelFromString(aks::LogEntry::levelName(e.level)) != e.level)
            __builtin_trap();
    }
    return 0;
}
