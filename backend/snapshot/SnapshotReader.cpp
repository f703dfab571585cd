#include "SnapshotReader.h"
#include "core/BoundedJson.h"

#include "SnapshotEncryption.h"
#include "SnapshotFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace aks {
namespace {

// Config snapshots are small; anything far larger is not one and is not read into memory.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

Result<QByteArray> readFile(const QString& path, const QString& name) {
    QFile f(path);
    if (!f.exists())
        return Error::make(Error::Kind::NotFound,
                           SnapshotReader::tr("The snapshot file %1 is missing.").arg(name),
                           SnapshotReader::tr("Folder: %1. The snapshot is incomplete: use another one.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    if (f.size() > kMaxFileSize)
        return Error::make(
            Error::Kind::Corrupt,
            SnapshotReader::tr("The snapshot file %1 is %2 bytes, too large for a config snapshot.")
                .arg(name)
                .arg(f.size()));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::PermissionDenied,
            SnapshotReader::tr("Cannot read the snapshot file %1: %2").arg(name, f.errorString()));
    return f.readAll();
}

Result<nlohmann::json> parseJson(const QByteArray& bytes, const QString& name) {
    nlohmann::json j = parseBoundedJson(bytes);
    if (j.is_discarded())
        return Error::make(
            Error::Kind::Corrupt, SnapshotReader::tr("The snapshot file %1 is not valid JSON.").arg(name),
            SnapshotReader::tr("Restore the snapshot folder from a good copy, or take a new one."));
    return j;
}

QString stripEncrypted(const QString& name) {
    const QString suffix = QString::fromLatin1(snapshot::kEncryptedSuffix);
    return name.endsWith(suffix) ? name.left(name.size() - suffix.size()) : name;
}

} // namespace

bool SnapshotReader::looksLikeSnapshot(const QString& folder) {
    return QFileInfo(QDir(folder).filePath(snapshot::manifestFile())).isFile();
}

Result<Manifest> SnapshotReader::verify(const QString& folder) {
    const QDir dir(folder);
    if (!dir.exists())
        return Error::make(
            Error::Kind::NotFound,
            tr("The snapshot folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    const QString manifestName = snapshot::manifestFile();
    auto bytes = readFile(dir.filePath(manifestName), manifestName);
    if (!bytes)
        return bytes.error();
    auto json = parseJson(*bytes, manifestName);
    if (!json)
        return json.error();
    auto manifest = Manifest::fromJson(*json, QDir::toNativeSeparators(dir.filePath(manifestName)));
    if (!manifest)
        return manifest.error();

    bool hasConfig = false;
    for (const Manifest::FileEntry& entry : manifest->files) {
        auto data = readFile(dir.filePath(entry.name), entry.name);
        if (!data)
            return data.error();
        const QString actual =
            QString::fromLatin1(QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex());
        if (data->size() != entry.size || actual != entry.sha256)
            return Error::make(
                Error::Kind::Corrupt,
                tr("The snapshot file %1 does not match its checksum: it was changed or cut short "
                   "after the snapshot was taken.")
                    .arg(entry.name),
                tr("Expected %1 bytes, SHA-256 %2; found %3 bytes, SHA-256 %4. Do not rebuild "
                   "from this snapshot; use another copy.")
                    .arg(entry.size)
                    .arg(entry.sha256)
                    .arg(data->size())
                    .arg(actual));
        hasConfig = hasConfig || stripEncrypted(entry.name) == snapshot::configFile();
    }
    if (!hasConfig)
        return Error::make(Error::Kind::Corrupt,
                           tr("The snapshot manifest lists no %1.").arg(snapshot::configFile()));
    for (const QString& cluster : manifest->clusters) {
        const QString plain = snapshot::clusterFile(cluster);
        if (!manifest->file(plain) &&
            !manifest->file(plain + QString::fromLatin1(snapshot::kEncryptedSuffix)))
            return Error::make(Error::Kind::NotFound,
                               tr("The snapshot file %1 is missing from the manifest.").arg(plain));
    }
    return manifest;
}

Result<Snapshot> SnapshotReader::load(const QString& folder, const QByteArray& passphrase) {
    auto manifest = verify(folder);
    if (!manifest)
        return manifest.error();
    if (manifest->encrypted && passphrase.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           tr("The snapshot %1 keeps its secrets encrypted: give its passphrase to open it.")
                               .arg(QFileInfo(folder).fileName()));
    const QDir dir(folder);
    Snapshot s;
    s.deployment = manifest->deployment;
    s.createdUtc = manifest->createdUtc;
    s.host = manifest->host;
    s.toolVersion = manifest->toolVersion;
    s.redacted = manifest->redacted;
    s.encrypted = manifest->encrypted;
    s.folder = QFileInfo(folder).absoluteFilePath();
    s.versions = nlohmann::json::object();

    SnapshotEncryption::Key key;
    for (const Manifest::FileEntry& entry : manifest->files) {
        auto data = readFile(dir.filePath(entry.name), entry.name);
        if (!data)
            return data.error();
        QByteArray plain = *data;
        if (SnapshotEncryption::isEncrypted(plain)) {
            auto decrypted = SnapshotEncryption::decrypt(plain, passphrase, key, entry.name);
            if (!decrypted)
                return decrypted.error();
            plain = *decrypted;
        }
        auto json = parseJson(plain, entry.name);
        if (!json)
            return json.error();
        const QString role = stripEncrypted(entry.name);
        if (role == snapshot::configFile()) {
            s.config = std::move(*json);
        } else if (role == snapshot::versionsFile()) {
            s.versions = std::move(*json);
        } else if (role == snapshot::registrationFile()) {
            s.registration = std::move(*json);
        } else if (role == snapshot::autoScalerProfilesFile()) {
            s.autoScalerProfiles = std::move(*json);
        } else if (role.startsWith(snapshot::clusterFilePrefix())) {
            const nlohmann::json& j = *json;
            if (!j.is_object() || !j.contains("name") || !j["name"].is_string() || !j.contains("cluster"))
                return Error::make(
                    Error::Kind::Corrupt,
                    tr("The snapshot file %1 does not hold a cluster (\"name\" and \"cluster\").")
                        .arg(entry.name));
            s.clusters.push_back({QString::fromStdString(j["name"].get<std::string>()), j["cluster"],
                                  j.value("nodePools", nlohmann::json::array())});
        }
    }
    std::sort(s.clusters.begin(), s.clusters.end(),
              [](const SnapshotCluster& a, const SnapshotCluster& b) { return a.name < b.name; });
    return s;
}

} // namespace aks
