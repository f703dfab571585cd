#include "SimStore.h"

#include "SimEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <algorithm>
#include <memory>

namespace aks::sim {

QString SimStore::prefixRoot(const QString& bucket, const QString& prefix) {
    return prefix.isEmpty() ? bucket : bucket + QLatin1Char('/') + prefix;
}

bool SimStore::exists() const {
    return QFileInfo(m_root).isDir();
}

QStringList SimStore::invalidTopLevel() const {
    static const QStringList allowed{QStringLiteral("backups"),  QStringLiteral("restores"),
                                     QStringLiteral("restic"),   QStringLiteral("kopia"),
                                     QStringLiteral("metadata"), QStringLiteral("plugins")};
    QStringList bad;
    const auto entries =
        QDir(m_root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QString& e : entries)
        if (!allowed.contains(e))
            bad.append(e);
    return bad;
}

std::vector<nlohmann::json> SimStore::backups() const {
    std::vector<nlohmann::json> out;
    const QDir dir(m_root + QStringLiteral("/backups"));
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (auto b = backup(name))
            out.push_back(std::move(*b));
    return out;
}

std::optional<nlohmann::json> SimStore::backup(const QString& name) const {
    if (name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        return std::nullopt;
    auto j =
        SimEnv::readJson(m_root + QStringLiteral("/backups/") + name + QStringLiteral("/velero-backup.json"));
    if (!j || !j->is_object() || !j->contains("metadata"))
        return std::nullopt;
    return j;
}

QString SimStore::tarball(const QString& name) const {
    return m_root + QStringLiteral("/backups/") + name + QLatin1Char('/') + name + QStringLiteral(".tar.gz");
}

QStringList SimStore::removeExpired(const QDateTime& now) const {
    QStringList removed;
    for (const auto& b : backups()) {
        const QString name = QString::fromStdString(b["metadata"].value("name", std::string()));
        const auto status = b.value("status", nlohmann::json::object());
        const QDateTime expires = QDateTime::fromString(
            QString::fromStdString(status.value("expiration", std::string())), Qt::ISODate);
        if (name.isEmpty() || !expires.isValid() || expires >= now)
            continue;
        if (QDir(m_root + QStringLiteral("/backups/") + name).removeRecursively())
            removed << name;
    }
    return removed;
}

QString SimStore::restoreDir(const QString& name) const {
    return m_root + QStringLiteral("/restores/") + name;
}

std::optional<std::vector<storegen::KubeObject>> SimStore::readObjects(const QString& tarball,
                                                                       QString* error) {
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), &archive_read_free);
    archive_read_support_filter_gzip(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(tarball).constData(), 64 * 1024) !=
        ARCHIVE_OK) {
        *error = QStringLiteral("open %1: %2").arg(tarball, QString::fromUtf8(archive_error_string(a.get())));
        return std::nullopt;
    }
    std::vector<storegen::KubeObject> out;
    archive_entry* entry = nullptr;
    int rc = ARCHIVE_OK;
    while ((rc = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        const QString path = QString::fromUtf8(archive_entry_pathname(entry));
        const QStringList parts = path.split(QLatin1Char('/'));
        // resources/<gr>/namespaces/<ns>/<name>.json or resources/<gr>/cluster/<name>.json
        const bool namespaced = parts.size() == 5 && parts[2] == QLatin1String("namespaces");
        const bool clusterScoped = parts.size() == 4 && parts[2] == QLatin1String("cluster");
        if (archive_entry_filetype(entry) != AE_IFREG || parts.value(0) != QLatin1String("resources") ||
            !(namespaced || clusterScoped) || !path.endsWith(QLatin1String(".json")) ||
            archive_entry_size(entry) > 16 * 1024 * 1024) {
            archive_read_data_skip(a.get());
            continue;
        }
        QByteArray data(qsizetype(archive_entry_size(entry)), Qt::Uninitialized);
        if (archive_read_data(a.get(), data.data(), size_t(data.size())) != data.size()) {
            *error = QStringLiteral("read %1 in %2: %3")
                         .arg(path, tarball, QString::fromUtf8(archive_error_string(a.get())));
            return std::nullopt;
        }
        auto j = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
        if (j.is_discarded() || !j.is_object())
            continue;
        storegen::KubeObject o;
        o.resource = parts[1];
        o.ns = namespaced ? parts[3] : QString();
        o.name = parts.last().chopped(5);
        o.apiVersion = QString::fromStdString(j.value("apiVersion", std::string()));
        o.kind = QString::fromStdString(j.value("kind", std::string()));
        o.json = std::move(j);
        out.push_back(std::move(o));
    }
    if (rc != ARCHIVE_EOF) {
        *error = QStringLiteral("read %1: %2").arg(tarball, QString::fromUtf8(archive_error_string(a.get())));
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> SimStore::gunzip(const QString& path, qint64 maxBytes) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray in = f.readAll();
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    QByteArray out;
    char buf[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef*>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&z);
            return std::nullopt;
        }
        out.append(buf, qsizetype(sizeof buf - z.avail_out));
        if (out.size() > maxBytes || (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0))
            break;
    }
    inflateEnd(&z);
    return out;
}

} // namespace aks::sim
