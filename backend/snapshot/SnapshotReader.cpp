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

Result<Manifest> SnapshotReader::verify(const QString& folder, const QByteArray& passphrase) {
    auto v = open(folder, passphrase, true);
    if (!v)
        return v.error();
    return std::move(v->manifest);
}

// The checks every opening makes: the manifest, every file's size and SHA-256, every file
// encrypted exactly when the manifest says the snapshot is, and with a passphrase the manifest's
// MAC (format 2), so a rewritten manifest or a wrong passphrase stops here, before any file is used.
Result<SnapshotReader::Opened> SnapshotReader::open(const QString& folder, const QByteArray& passphrase,
                                                    bool passphraseNeedsEncryption) {
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
    const QString snapshotName = QFileInfo(folder).fileName();

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
        const bool encryptedFile = SnapshotEncryption::isEncrypted(*data) &&
                                   entry.name.endsWith(QString::fromLatin1(snapshot::kEncryptedSuffix));
        const bool looksEncrypted = SnapshotEncryption::isEncrypted(*data) ||
                                    entry.name.endsWith(QString::fromLatin1(snapshot::kEncryptedSuffix));
        if (manifest->encrypted && !encryptedFile)
            return Error::make(
                Error::Kind::Corrupt,
                tr("The snapshot file %1 is not encrypted, though the snapshot's manifest says "
                   "every file is: it was replaced after the snapshot was taken.")
                    .arg(entry.name),
                tr("Do not rebuild from this snapshot; use another copy."));
        if (!manifest->encrypted && looksEncrypted)
            return Error::make(Error::Kind::Corrupt,
                               tr("The snapshot file %1 is encrypted, though the snapshot's manifest says "
                                  "none is: the manifest was changed after the snapshot was taken.")
                                   .arg(entry.name),
                               tr("Do not rebuild from this snapshot; use another copy."));
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

    Opened opened{std::move(*manifest), {}};
    if (passphrase.isEmpty())
        return opened;
    if (!opened.manifest.encrypted) {
        if (!passphraseNeedsEncryption)
            return opened;
        return Error::make(Error::Kind::Corrupt,
                           tr("The snapshot %1 is not encrypted, though a passphrase was given: a snapshot "
                              "that keeps its secrets always is, so this one was replaced or is another "
                              "snapshot.")
                               .arg(snapshotName),
                           tr("Do not rebuild from this snapshot; use another copy."));
    }
    if (opened.manifest.formatVersion < 2)
        return opened; // format 1 has no manifest MAC: each file's own tag is all there is
    auto key =
        SnapshotEncryption::deriveKey(passphrase, opened.manifest.kdfSalt, opened.manifest.kdfIterations);
    if (!key)
        return Error::make(key.error().kind,
                           tr("Cannot open the snapshot %1: %2").arg(snapshotName, key.error().message));
    if (!SnapshotEncryption::macMatches(*key, Manifest::macInput(*json), opened.manifest.mac))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Cannot open the snapshot %1: the passphrase is wrong, or its manifest was "
                              "changed after the snapshot was taken.")
                               .arg(snapshotName),
                           tr("Nothing was read from it. Check the passphrase, or use another copy."));
    opened.key = std::move(*key);
    return opened;
}

Result<Snapshot> SnapshotReader::load(const QString& folder, const QByteArray& passphrase) {
    auto opened = open(folder, passphrase, false);
    if (!opened)
        return opened.error();
    const Manifest* manifest = &opened->manifest;
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

    SnapshotEncryption::Key key = opened->key;
    for (const Manifest::FileEntry& entry : manifest->files) {
        auto data = readFile(dir.filePath(entry.name), entry.name);
        if (!data)
            return data.error();
        QByteArray plain = *data;
        if (manifest->encrypted) {
            const QByteArray context = manifest->formatVersion >= 2
                                           ? SnapshotEncryption::fileContext(manifest->snapshotId, entry.name)
                                           : QByteArray();
            auto decrypted = SnapshotEncryption::decrypt(plain, passphrase, key, entry.name, context);
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
