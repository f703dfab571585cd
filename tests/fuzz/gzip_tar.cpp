// Backup tarballs (<backup>.tar.gz) as any store or download serves them: gzip over tar.
#include "FuzzSupport.h"
#include "inspector/BackupInspector.h"
#include "inspector/ResourcePath.h"
#include "inspector/TarStreamParser.h"
#include "inspector/TarballScanner.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {
constexpr qint64 kMaxInflated = qint64(16) << 20;
constexpr qint64 kMaxEntry = qint64(1) << 20;

bool escapes(const QString& path) {
    return path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
           path.split(QLatin1Char('/')).contains(QLatin1String(".."));
}

// The path handed on is the one Velero extracts: already clean, and written differently only when
// the record says so.
bool cleanAsVelero(const aks::ObjectRecord& o) {
    return aks::TarStreamParser::cleanPath(o.tarPath) == o.tarPath &&
           (o.writtenAs.isEmpty() || aks::TarStreamParser::cleanPath(o.writtenAs) == o.tarPath);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    const QByteArrayView in = aksfuzz::bytes(data, size);
    // A real tarball (gzip magic) goes in as it is; anything else is taken as a bare tar stream and
    // wrapped in stored gzip blocks, so mutations of tar headers reach the tar parser directly.
    const QByteArray tarball = aksfuzz::isGzip(in) ? in.toByteArray() : aksfuzz::storedGzip(in);
    const QString backup = QStringLiteral("daily-1");
    const QString key = aks::TarballScanner::defaultKey(backup);
    aksfuzz::MemoryStore store;
    store.put(key, tarball);
    store.setChunkSize(1 + static_cast<qsizetype>(size % 8191));

    // Small caps, so decompression bombs and oversized entries trip them within one run.
    aks::TarballScanner::Options options;
    options.inflate.maxInflatedBytes = kMaxInflated;
    options.inflate.ratioGraceBytes = qint64(1) << 20;
    options.inflate.maxRatio = 400.0;
    options.maxEntryBytes = kMaxEntry;
    aks::TarballScanner scanner(store, backup, key, options);
    qint64 handled = 0;
    const auto scan = scanner.scan(
        [&](const aks::ObjectRecord& o, QByteArrayView json) -> aks::Status {
            // A later entry of the same path replaces the object: Velero restores it once.
            if (o.replacedGroupVersionKind.isEmpty())
                ++handled;
            // Every object handed on is a primary copy under resources/, inside the backup's folder.
            aks::ResourcePath rp;
            if (escapes(o.tarPath) || !aks::ResourcePath::parse(o.tarPath, &rp) || !rp.isPrimaryCopy() ||
                rp.name != o.name || rp.ns != o.ns || o.name.isEmpty() || o.groupResource.isEmpty() ||
                json.size() != o.size || o.size > kMaxEntry || !cleanAsVelero(o))
                __builtin_trap();
            return {};
        },
        aks::JobContext());
    // AKS_FUZZ_VERBOSE=1 when replaying one input: say why the scanner refused it.
    static const bool verbose = qEnvironmentVariableIsSet("AKS_FUZZ_VERBOSE");
    if (verbose)
        fprintf(stderr, "gzip_tar: %s\n", scan ? "accepted" : qPrintable(scan.error().message));
    if (scan) {
        if (scan->formatVersion.isEmpty() || scan->objects != handled || scan->inflatedBytes > kMaxInflated ||
            scan->compressedBytes != tarball.size())
            __builtin_trap();
        // Small enough to have passed the caps: also through the inspector, as `inspect` reads it.
        const auto inspection = aks::BackupInspector::inspect(store, backup, {}, aks::JobContext());
        if (!inspection || inspection->scan.objects != scan->objects)
            __builtin_trap();
        // Every object counted once by kind, replacements included.
        qint64 counted = 0;
        for (qint64 n : inspection->resources)
            counted += n;
        if (counted != scan->objects || scan->anomalies.size() > aks::TarballScan::kMaxAnomalies ||
            scan->anomalyCount < scan->anomalies.size())
            __builtin_trap();
        (void)inspection->toJson().dump();
    }
    return 0;
}
