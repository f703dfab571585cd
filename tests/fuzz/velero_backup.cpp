// velero-backup.json, the Backup object Velero writes beside every backup in the store.
#include "FuzzSupport.h"
#include "inspector/ArtifactReader.h"
#include "inspector/BackupCatalog.h"
#include "inspector/BackupInspection.h"
#include "inspector/BackupVerifier.h"
#include "velero/VeleroBackup.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    const QByteArray json = aksfuzz::bytes(data, size).toByteArray();
    const QString backup = QStringLiteral("daily-1");
    aksfuzz::MemoryStore store;
    store.put(aks::BackupArtifacts::key(backup, aks::BackupArtifact::Metadata), json);
    const aks::CancelToken cancel;

    // The catalog reads it for every backup it lists; find() for one backup by name.
    const auto found = aks::BackupCatalog::find(store, backup, cancel);
    if (!found)
        __builtin_trap(); // the store lists the file, so the backup is there, readable or not
    const aks::BackupInfo& info = *found;
    // Either the metadata is usable or the catalog says why not; never both, never neither.
    if (info.hasMetadata != info.metadataProblem.isEmpty() || info.hasTarball ||
        info.neverFinishedUploading() != info.hasMetadata || info.name != backup)
        __builtin_trap();
    if (info.hasMetadata && !info.object.is_object())
        __builtin_trap();
    const auto listed = aks::BackupCatalog::list(store, cancel);
    if (!listed || listed->size() != 1 || listed->front().hasMetadata != info.hasMetadata ||
        listed->front().phase != info.phase)
        __builtin_trap();

    // What `inspect --json` prints of it, and what `verify` says about it.
    aks::BackupInspection inspection;
    inspection.info = info;
    (void)inspection.toJson().dump();
    const auto problems = aks::BackupVerifier::verify(store, backup, aks::JobContext());
    if (!problems || problems->isEmpty()) // the tarball is missing: never a whole backup
        __builtin_trap();

    // The same object as the velero CLI prints it (`velero backup get -o json` reads it the same way).
    aks::ArtifactReader reader(store, backup);
    const auto j = reader.readJson(aks::BackupArtifact::Metadata, cancel);
    if (j && j->has_value()) {
        const auto b = aks::VeleroBackup::fromJson(j->value());
        if (b && (b->name.isEmpty() || b->ttlSeconds < 0))
            __builtin_trap();
        if (b)
            (void)b->pointInTime();
    }
    return 0;
}
