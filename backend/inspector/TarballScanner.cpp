#include "TarballScanner.h"

#include "ResourcePath.h"
#include "TarStreamParser.h"

#include <QHash>

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
    // Every cleaned path seen, with the kind of the object it held (empty for other entries), to
    // tell when a later entry replaces an earlier one as Velero's extraction does.
    QHash<QString, QString> seenPaths;
    seenPaths.reserve(1024);
    const auto note = [&result](TarballAnomaly::Kind kind, const QString& path, const QString& writtenAs,
                                char type) {
        if (result.anomalies.size() < TarballScan::kMaxAnomalies)
            result.anomalies.append({kind, path, writtenAs, type});
        ++result.anomalyCount;
    };

    auto onEntry = [&](const TarStreamParser::Entry& entry) -> Status {
        ++result.entries;
        const QString& path = entry.path;
        const QByteArrayView content = entry.content;
        if (entry.writtenAs != path)
            note(TarballAnomaly::Kind::Rewritten, path, entry.writtenAs, '0');
        const auto seen = seenPaths.constFind(path);
        const bool replaces = seen != seenPaths.cend();
        const QString replacedKind = replaces ? *seen : QString();
        if (replaces)
            note(TarballAnomaly::Kind::Replaced, path, entry.writtenAs, '0');
        if (path == QLatin1String("metadata/version")) {
            result.formatVersion = QString::fromUtf8(content).trimmed();
            seenPaths.insert(path, QString());
            return {};
        }
        ResourcePath rp;
        if (!ResourcePath::parse(path, &rp)) {
            seenPaths.insert(path, QString());
            return {};
        }
        // An empty entry has no buffer at all; simdjson would copy from a null pointer.
        if (content.isEmpty())
            return Error::make(Error::Kind::Corrupt, tr("the object %1 is empty").arg(entry.writtenAs));
        simdjson::dom::element doc;
        if (auto err = parser.parse(content.data(), static_cast<size_t>(content.size())).get(doc))
            return Error::make(Error::Kind::Corrupt,
                               tr("the object %1 is not valid JSON (%2)")
                                   .arg(entry.writtenAs, QString::fromUtf8(simdjson::error_message(err))));
        if (!rp.isPrimaryCopy()) {
            seenPaths.insert(path, QString());
            return {};
        }
        std::string_view apiVersion, kind;
        if (doc["apiVersion"].get(apiVersion) || doc["kind"].get(kind))
            return Error::make(Error::Kind::Corrupt,
                               tr("the object %1 has no apiVersion or kind").arg(entry.writtenAs));
        ObjectRecord rec;
        rec.apiVersion = str(apiVersion);
        rec.kind = str(kind);
        rec.groupResource = rp.groupResource;
        rec.ns = rp.ns;
        rec.name = rp.name;
        rec.tarPath = path;
        if (entry.writtenAs != path)
            rec.writtenAs = entry.writtenAs;
        rec.replacedGroupVersionKind = replacedKind;
        rec.size = content.size();
        rec.contentHash = qHash(content, 0);
        seenPaths.insert(path, rec.groupVersionKind());
        // A replacement of an earlier object is the same object for Velero: counted once.
        if (replacedKind.isEmpty())
            ++result.objects;
        return handler ? handler(rec, content) : Status();
    };

    TarStreamParser tar(onEntry, m_options.maxEntryBytes);
    tar.onSkipped([&note](const QString& writtenAs, char type) {
        note(TarballAnomaly::Kind::Skipped, TarStreamParser::cleanPath(writtenAs), writtenAs, type);
    });
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
