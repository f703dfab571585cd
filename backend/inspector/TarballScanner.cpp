#include "TarballScanner.h"

#include "ResourcePath.h"
#include "TarStreamParser.h"

#include <QSet>

#include <simdjson.h>

namespace aks {
namespace {
QString str(std::string_view v) {
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}
} // namespace

TarballScanner::TarballScanner(BackupStore& store, QString backupName, QString tarballKey, Options options)
    : m_store(store), m_backup(std::move(backupName)), m_key(std::move(tarballKey)), m_options(options) {}

TarballScanner::TarballScanner(BackupStore& store, QString backupName, QString tarballKey)
    : TarballScanner(store, std::move(backupName), std::move(tarballKey), Options()) {}

QString TarballScanner::defaultKey(const QString& backupName) {
    return QStringLiteral("backups/%1/%1.tar.gz").arg(backupName);
}

Error TarballScanner::wrap(const Error& e) const {
    if (e.kind == Error::Kind::Cancelled)
        return e;
    const QString artifact = m_key.section(QLatin1Char('/'), -1);
    return Error::make(e.kind, tr("Backup %1, artifact %2: %3").arg(m_backup, artifact, e.message), e.detail);
}

Result<TarballScan> TarballScanner::scan(const ObjectHandler& handler, const JobContext& ctx) {
    TarballScan result;
    qint64 total = -1;
    if (auto st = m_store.stat(m_key, ctx.cancelToken()); st)
        total = st->size;
    else if (st.error().kind == Error::Kind::NotFound)
        return wrap(Error::make(Error::Kind::NotFound,
                                tr("missing from the store (the backup never finished uploading, or the "
                                   "tarball was deleted)")));
    else
        return wrap(st.error());

    simdjson::dom::parser parser;
    QSet<quint64> seenPaths;
    seenPaths.reserve(1024);

    auto onEntry = [&](const QString& path, QByteArrayView content) -> Status {
        ++result.entries;
        if (path == QLatin1String("metadata/version")) {
            result.formatVersion = QString::fromUtf8(content).trimmed();
            return {};
        }
        const quint64 pathHash = qHash(path, 0x5eed);
        if (seenPaths.contains(pathHash))
            return Error::make(Error::Kind::Corrupt, tr("the entry %1 appears twice").arg(path));
        seenPaths.insert(pathHash);
        ResourcePath rp;
        if (!ResourcePath::parse(path, &rp))
            return {};
        simdjson::dom::element doc;
        if (auto err = parser.parse(content.data(), static_cast<size_t>(content.size())).get(doc))
            return Error::make(Error::Kind::Corrupt,
                               tr("the object %1 is not valid JSON (%2)")
                                   .arg(path, QString::fromUtf8(simdjson::error_message(err))));
        if (!rp.isPrimaryCopy())
            return {};
        std::string_view apiVersion, kind;
        if (doc["apiVersion"].get(apiVersion) || doc["kind"].get(kind))
            return Error::make(Error::Kind::Corrupt, tr("the object %1 has no apiVersion or kind").arg(path));
        ObjectRecord rec;
        rec.apiVersion = str(apiVersion);
        rec.kind = str(kind);
        rec.groupResource = rp.groupResource;
        rec.ns = rp.ns;
        rec.name = rp.name;
        rec.tarPath = path;
        rec.size = content.size();
        rec.contentHash = qHash(content, 0);
        ++result.objects;
        return handler ? handler(rec, content) : Status();
    };

    TarStreamParser tar(onEntry, m_options.maxEntryBytes);
    GzipInflater inflater(m_options.inflate);
    qint64 lastReport = 0;
    const Status read = m_store.readStream(
        m_key,
        [&](QByteArrayView chunk) -> Status {
            if (Status st = inflater.feed(chunk, [&tar](QByteArrayView out) { return tar.feed(out); }); !st)
                return st;
            if (total > 0 && inflater.compressedBytes() - lastReport > (qint64(1) << 20)) {
                lastReport = inflater.compressedBytes();
                ctx.setProgress(static_cast<int>(lastReport * 1000 / total), 1000,
                                tr("Reading %1").arg(m_key.section(QLatin1Char('/'), -1)));
            }
            return {};
        },
        ctx.cancelToken());
    if (!read)
        return wrap(read.error());
    if (Status st = inflater.finish(); !st)
        return wrap(st.error());
    if (Status st = tar.finish(); !st)
        return wrap(st.error());
    result.compressedBytes = inflater.compressedBytes();
    result.inflatedBytes = inflater.inflatedBytes();
    if (result.formatVersion.isEmpty())
        return wrap(
            Error::make(Error::Kind::Corrupt, tr("no metadata/version entry: not a Velero backup tarball")));
    return result;
}

} // namespace aks
