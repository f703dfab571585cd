#include "Manifest.h"
#include "core/JsonFields.h"

#include "SnapshotFormat.h"

namespace aks {
namespace {
std::string str(const QString& s) {
    return s.toStdString();
}
QString qstr(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
// Lowercase hex only, so the bytes write back as the same text.
QByteArray hexField(const nlohmann::json& j, const char* key) {
    const QByteArray text = qstr(j, key).toLatin1();
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return {};
    return text.size() % 2 == 0 ? QByteArray::fromHex(text) : QByteArray();
}
} // namespace

QByteArray Manifest::macInput(const nlohmann::json& manifestJson) {
    nlohmann::json j = manifestJson;
    if (j.is_object())
        j.erase("manifestMac");
    return QByteArray::fromStdString(j.dump());
}

const Manifest::FileEntry* Manifest::file(const QString& name) const {
    for (const FileEntry& f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

nlohmann::json Manifest::toJson() const {
    nlohmann::json j;
    j["format"] = snapshot::kFormatName;
    j["formatVersion"] = formatVersion;
    j["toolVersion"] = str(toolVersion);
    j["host"] = str(host);
    j["createdUtc"] = str(createdUtc.toUTC().toString(Qt::ISODate));
    j["deployment"] = str(deployment);
    j["clusters"] = nlohmann::json::array();
    for (const QString& c : clusters)
        j["clusters"].push_back(str(c));
    j["redacted"] = redacted;
    if (encrypted) {
        j["encryption"] = {
            {"cipher", "AES-256-GCM"}, {"kdf", "PBKDF2-HMAC-SHA256"}, {"iterations", kdfIterations}};
        if (!kdfSalt.isEmpty())
            j["encryption"]["salt"] = kdfSalt.toHex().toStdString();
    } else {
        j["encryption"] = nullptr;
    }
    if (!snapshotId.isEmpty())
        j["snapshotId"] = str(snapshotId);
    if (!mac.isEmpty())
        j["manifestMac"] = mac.toHex().toStdString();
    j["files"] = nlohmann::json::array();
    for (const FileEntry& f : files)
        j["files"].push_back({{"name", str(f.name)}, {"sha256", str(f.sha256)}, {"size", f.size}});
    return j;
}

Result<Manifest> Manifest::fromJson(const nlohmann::json& j, const QString& source) {
    const auto bad = [&](const QString& what) {
        return Error::make(Error::Kind::Corrupt,
                           tr("%1 is not a valid snapshot manifest: %2.").arg(source, what),
                           tr("Take a new snapshot, or restore this folder from a good copy."));
    };
    if (!j.is_object())
        return bad(tr("it is not a JSON object"));
    if (qstr(j, "format") != QString::fromLatin1(snapshot::kFormatName))
        return bad(tr("the \"format\" field is not %1").arg(QString::fromLatin1(snapshot::kFormatName)));
    const auto version = jsonfield::integer(j, "formatVersion");
    if (!version)
        return bad(tr("\"formatVersion\" is missing"));
    Manifest m;
    m.formatVersion = *version;
    m.toolVersion = qstr(j, "toolVersion");
    if (m.formatVersion > snapshot::kFormatVersion)
        return Error::make(
            Error::Kind::BadInput,
            tr("%1 was written by a newer aks-recovery (%2, snapshot format %3); this one reads "
               "format %4 and older.")
                .arg(source, m.toolVersion)
                .arg(m.formatVersion)
                .arg(snapshot::kFormatVersion),
            tr("Open it with aks-recovery %1 or newer.").arg(m.toolVersion));
    if (m.formatVersion < 1)
        return bad(tr("\"formatVersion\" is %1").arg(m.formatVersion));
    m.host = qstr(j, "host");
    m.createdUtc = QDateTime::fromString(qstr(j, "createdUtc"), Qt::ISODate).toUTC();
    if (!m.createdUtc.isValid())
        return bad(tr("\"createdUtc\" is not a date"));
    m.deployment = qstr(j, "deployment");
    if (const auto c = j.find("clusters"); c != j.end() && c->is_array())
        for (const auto& name : *c)
            if (name.is_string())
                m.clusters.append(QString::fromStdString(name.get<std::string>()));
    // A mistyped field reads as absent: json::value() throws on a type mismatch and get<int>() of an
    // out-of-range float is undefined behaviour (both found by fuzz_snapshot_manifest).
    if (const auto r = j.find("redacted"); r != j.end() && r->is_boolean())
        m.redacted = r->get<bool>();
    if (const auto e = j.find("encryption"); e != j.end() && e->is_object()) {
        m.encrypted = true;
        if (const auto it = jsonfield::integer(*e, "iterations"))
            m.kdfIterations = *it;
        m.kdfSalt = hexField(*e, "salt");
    }
    m.snapshotId = qstr(j, "snapshotId");
    m.mac = hexField(j, "manifestMac");
    // Format 2 binds every encrypted file to the snapshot and authenticates the manifest: without
    // these fields there is nothing to check it by.
    if (m.formatVersion >= 2 && m.encrypted &&
        (m.kdfSalt.size() != 16 || m.snapshotId.isEmpty() || m.mac.size() != 32))
        return bad(tr("its encryption salt, snapshot id or manifest MAC is missing or malformed"));
    const auto files = j.find("files");
    if (files == j.end() || !files->is_array())
        return bad(tr("\"files\" is missing"));
    for (const auto& f : *files) {
        if (!f.is_object())
            return bad(tr("an entry of \"files\" is not an object"));
        const auto size = f.find("size");
        FileEntry e{qstr(f, "name"), qstr(f, "sha256").toLower(),
                    size != f.end() && size->is_number_integer() ? size->get<qint64>() : -1};
        if (e.name.isEmpty() || e.name.contains(QLatin1Char('/')) || e.name.contains(QLatin1Char('\\')) ||
            e.name.startsWith(QLatin1Char('.')) || e.sha256.size() != 64 || e.size < 0)
            return bad(
                tr("the entry for \"%1\" is incomplete or names a path outside the folder").arg(e.name));
        m.files.push_back(e);
    }
    return m;
}

} // namespace aks
