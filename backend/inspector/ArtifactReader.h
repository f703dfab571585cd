#pragma once

#include "BackupArtifact.h"
#include "store/BackupStore.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <optional>

namespace aks {

// Reads one backup's small artifacts (everything but the tarball): gunzips them with caps, parses
// the JSON ones. An absent artifact is std::nullopt, not an error; a damaged one is an error that
// names the backup and the artifact.
class ArtifactReader {
    Q_DECLARE_TR_FUNCTIONS(ArtifactReader)

public:
    static constexpr qint64 kMaxCompressed = qint64(256) << 20;
    static constexpr qint64 kMaxInflated = qint64(1) << 30;

    ArtifactReader(BackupStore& store, QString backup);

    // The artifact's bytes, inflated for the .gz ones.
    Result<std::optional<QByteArray>> readBytes(BackupArtifact artifact, const CancelToken& cancel);
    Result<std::optional<nlohmann::json>> readJson(BackupArtifact artifact, const CancelToken& cancel);
    // Entries in an array artifact: 0 for null or [], nullopt when absent.
    Result<std::optional<int>> countEntries(BackupArtifact artifact, const CancelToken& cancel);

private:
    Error describe(BackupArtifact artifact, const QString& what, Error::Kind kind) const;
    BackupStore& m_store;
    QString m_backup;
};

} // namespace aks
