#include "ArtifactReader.h"
#include "core/BoundedJson.h"

#include "GzipInflater.h"

namespace aks {

ArtifactReader::ArtifactReader(BackupStore& store, QString backup)
    : m_store(store), m_backup(std::move(backup)) {}

Error ArtifactReader::describe(BackupArtifact artifact, const QString& what, Error::Kind kind) const {
    return Error::make(
        kind,
        tr("Backup %1, artifact %2: %3").arg(m_backup, BackupArtifacts::fileName(m_backup, artifact), what));
}

Result<std::optional<QByteArray>> ArtifactReader::readBytes(BackupArtifact artifact,
                                                            const CancelToken& cancel) {
    const QString key = BackupArtifacts::key(m_backup, artifact);
    auto raw = m_store.read(key, kMaxCompressed, cancel);
    if (!raw) {
        if (raw.error().kind == Error::Kind::NotFound)
            return std::optional<QByteArray>();
        if (raw.error().kind == Error::Kind::Cancelled)
            return raw.error();
        return describe(artifact, raw.error().message, raw.error().kind);
    }
    if (artifact == BackupArtifact::Metadata)
        return std::optional<QByteArray>(std::move(*raw));
    auto inflated = GzipInflater::inflateAll(*raw, kMaxInflated);
    if (!inflated)
        return describe(artifact, inflated.error().message, Error::Kind::Corrupt);
    return std::optional<QByteArray>(std::move(*inflated));
}

Result<std::optional<nlohmann::json>> ArtifactReader::readJson(BackupArtifact artifact,
                                                               const CancelToken& cancel) {
    auto bytes = readBytes(artifact, cancel);
    if (!bytes)
        return bytes.error();
    if (!bytes->has_value())
        return std::optional<nlohmann::json>();
    nlohmann::json j = parseBoundedJson(bytes->value());
    if (j.is_discarded())
        return describe(artifact, tr("not valid JSON"), Error::Kind::Corrupt);
    return std::optional<nlohmann::json>(std::move(j));
}

Result<std::optional<int>> ArtifactReader::countEntries(BackupArtifact artifact, const CancelToken& cancel) {
    auto j = readJson(artifact, cancel);
    if (!j)
        return j.error();
    if (!j->has_value())
        return std::optional<int>();
    const nlohmann::json& v = j->value();
    if (v.is_null())
        return std::optional<int>(0);
    if (!v.is_array())
        return describe(artifact, tr("expected a JSON array"), Error::Kind::Corrupt);
    return std::optional<int>(static_cast<int>(v.size()));
}

} // namespace aks
