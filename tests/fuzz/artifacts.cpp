// The small gzipped artifacts Velero writes beside a backup (resource list, volume snapshots, pod
// volume backups, CSI files, item operations, results, volume info, the log). The first byte picks
// the artifact; the rest is its content, gzipped here unless it already is gzip.
#include "FuzzSupport.h"
#include "inspector/ArtifactReader.h"
#include "inspector/BackupDetails.h"
#include "inspector/BackupVerifier.h"
#include "inspector/ResourceListCheck.h"

#include <cstddef>
#include <cstdint>

namespace {
using aks::BackupArtifact;
constexpr BackupArtifact kArtifacts[] = {
    BackupArtifact::ResourceList,
    BackupArtifact::VolumeSnapshots,
    BackupArtifact::PodVolumeBackups,
    BackupArtifact::CsiVolumeSnapshots,
    BackupArtifact::CsiVolumeSnapshotContents,
    BackupArtifact::CsiVolumeSnapshotClasses,
    BackupArtifact::ItemOperations,
    BackupArtifact::Results,
    BackupArtifact::VolumeInfo,
    BackupArtifact::Logs,
};
constexpr size_t kCount = sizeof(kArtifacts) / sizeof(kArtifacts[0]);

const char kMetadata[] = R"({"apiVersion":"velero.io/v1","kind":"Backup","metadata":{"name":"daily-1",)"
                         R"("namespace":"velero"},"status":{"phase":"Completed"}})";

const nlohmann::json* target(const aks::BackupDetails& d, BackupArtifact a) {
    switch (a) {
    case BackupArtifact::ResourceList:
        return &d.resourceList;
    case BackupArtifact::VolumeSnapshots:
        return &d.volumeSnapshots;
    case BackupArtifact::PodVolumeBackups:
        return &d.podVolumeBackups;
    case BackupArtifact::CsiVolumeSnapshots:
        return &d.csiVolumeSnapshots;
    case BackupArtifact::CsiVolumeSnapshotContents:
        return &d.csiVolumeSnapshotContents;
    case BackupArtifact::CsiVolumeSnapshotClasses:
        return &d.csiVolumeSnapshotClasses;
    case BackupArtifact::ItemOperations:
        return &d.itemOperations;
    case BackupArtifact::Results:
        return &d.results;
    case BackupArtifact::VolumeInfo:
        return &d.volumeInfo;
    default:
        return nullptr;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1 || size > aksfuzz::kMaxInput)
        return 0;
    const BackupArtifact artifact = kArtifacts[data[0] % kCount];
    const QByteArrayView content = aksfuzz::bytes(data + 1, size - 1);
    const bool wrapped = !aksfuzz::isGzip(content);
    const QString backup = QStringLiteral("daily-1");
    aksfuzz::MemoryStore store;
    store.put(aks::BackupArtifacts::key(backup, BackupArtifact::Metadata), QByteArray(kMetadata));
    store.put(aks::BackupArtifacts::key(backup, artifact),
              wrapped ? aksfuzz::storedGzip(content) : content.toByteArray());
    const aks::CancelToken cancel;

    // The inspector's tabs: every artifact read and parsed, damage reported per artifact.
    const auto details = aks::BackupDetails::load(store, backup, cancel);
    if (!details || !details->info.has(artifact))
        __builtin_trap();
    if (artifact == BackupArtifact::Logs) {
        if (wrapped && (!details->hasLog || !details->problems.isEmpty()))
            __builtin_trap(); // any bytes are a log
    } else if (wrapped) {
        // A valid gzip around it: a problem is reported exactly when the content is not JSON.
        const bool valid = nlohmann::json::accept(content.begin(), content.end());
        if (valid == !details->problems.isEmpty() || (!valid && !target(*details, artifact)->is_null()))
            __builtin_trap();
    }
    const nlohmann::json rows = details->resultRows();
    for (const auto& r : rows)
        if (!r.is_object() || !r.contains("type") || !r.contains("scope") || !r.contains("message"))
            __builtin_trap();
    (void)rows.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

    // The resource list against a tarball's objects, as `verify` and the inspector's check do.
    QList<aks::ObjectRecord> tarball;
    aks::ObjectRecord web;
    web.apiVersion = QStringLiteral("apps/v1");
    web.kind = QStringLiteral("Deployment");
    web.ns = QStringLiteral("shop");
    web.name = QStringLiteral("web");
    tarball << web;
    const nlohmann::json check = aks::checkResourceList(details->resourceList, tarball);
    if (!check.is_array() || check.size() < 1)
        __builtin_trap();

    // The counts `inspect` prints, and `verify`'s verdict on the same store.
    aks::ArtifactReader reader(store, backup);
    const auto n = reader.countEntries(artifact, cancel);
    if (n && n->has_value() && n->value() < 0)
        __builtin_trap();
    const auto problems = aks::BackupVerifier::verify(store, backup, aks::JobContext());
    if (!problems || problems->isEmpty()) // no tarball: never a whole backup
        __builtin_trap();
    return 0;
}
