#include "BackupVerifier.h"

#include "ArtifactReader.h"
#include "BackupCatalog.h"
#include "TarballScanner.h"

#include <QHash>
#include <QSet>

namespace aks {

QStringList BackupVerifier::anomalyProblems(const QString& backup, const QString& tarballFile,
                                            const TarballScan& scan) {
    QStringList problems;
    for (const TarballAnomaly& a : scan.anomalies) {
        const QString where = tr("Backup %1, artifact %2: ").arg(backup, tarballFile);
        switch (a.kind) {
        case TarballAnomaly::Kind::Skipped:
            problems << where + tr("the entry \"%1\" is of tar type '%2', which Velero never writes and "
                                   "does not restore.")
                                    .arg(a.writtenAs, QString(QLatin1Char(a.type)));
            break;
        case TarballAnomaly::Kind::Rewritten:
            problems << where + tr("the entry \"%1\" is restored by Velero as %2; Velero never writes such "
                                   "a path (an entry added to the backup, or one shadowing another).")
                                    .arg(a.writtenAs, a.path);
            break;
        case TarballAnomaly::Kind::Replaced:
            problems << where + tr("the entry \"%1\" replaces an earlier entry of %2; Velero restores the "
                                   "later one (a shadowing entry).")
                                    .arg(a.writtenAs, a.path);
            break;
        }
    }
    if (scan.anomalyCount > scan.anomalies.size())
        problems << tr("Backup %1, artifact %2: %n more entries Velero would read differently from how "
                       "they are written.",
                       nullptr, int(scan.anomalyCount - scan.anomalies.size()))
                        .arg(backup, tarballFile);
    return problems;
}

Result<QStringList> BackupVerifier::verify(BackupStore& store, const QString& backup, const JobContext& ctx,
                                           bool acceptPartiallyFailed) {
    auto found = BackupCatalog::find(store, backup, ctx.cancelToken());
    if (!found)
        return found.error();
    const BackupInfo& info = *found;
    QStringList problems;
    const QString json = BackupArtifacts::fileName(backup, BackupArtifact::Metadata);
    if (!info.has(BackupArtifact::Metadata))
        problems << tr("Backup %1, artifact %2: missing; a Velero install will not see this backup.")
                        .arg(backup, json);
    else if (!info.metadataProblem.isEmpty())
        problems << info.metadataProblem;
    else if (info.phase != QLatin1String("Completed") &&
             !(acceptPartiallyFailed && info.phase == QLatin1String("PartiallyFailed")))
        problems << tr("Backup %1: phase is %2, not Completed.")
                        .arg(backup, info.phase.isEmpty() ? tr("(none)") : info.phase);

    // Object keys the tarball holds as Velero restores it, "<apiVersion>/<Kind> ns/name", with the
    // entry's path as written, to check the resource list both ways.
    QHash<QString, QString> inTarball;
    bool tarballWhole = false;
    const QString tarballFile = BackupArtifacts::fileName(backup, BackupArtifact::Tarball);
    if (!info.hasTarball) {
        problems << tr("Backup %1, artifact %2: missing; the backup never finished uploading.")
                        .arg(backup, tarballFile);
    } else {
        TarballScanner scanner(store, backup, BackupArtifacts::key(backup, BackupArtifact::Tarball));
        auto scan = scanner.scan(
            [&inTarball](const ObjectRecord& o, QByteArrayView) {
                if (!o.replacedGroupVersionKind.isEmpty())
                    inTarball.remove(o.replacedGroupVersionKind + QLatin1Char(' ') + o.namespacedName());
                inTarball.insert(o.groupVersionKind() + QLatin1Char(' ') + o.namespacedName(),
                                 o.writtenAs.isEmpty() ? o.tarPath : o.writtenAs);
                return Status();
            },
            ctx);
        if (!scan) {
            if (scan.error().kind == Error::Kind::Cancelled)
                return scan.error();
            problems << scan.error().message;
        } else {
            tarballWhole = true;
            problems << anomalyProblems(backup, tarballFile, *scan);
        }
    }

    ArtifactReader reader(store, backup);
    for (BackupArtifact a : BackupArtifacts::all()) {
        if (a == BackupArtifact::Metadata || a == BackupArtifact::Tarball)
            continue;
        const QString file = BackupArtifacts::fileName(backup, a);
        if (!info.has(a)) {
            if (a == BackupArtifact::ResourceList && info.hasTarball)
                problems << tr("Backup %1, artifact %2: missing; the tarball cannot be checked against it.")
                                .arg(backup, file);
            continue;
        }
        if (a == BackupArtifact::Logs) {
            auto bytes = reader.readBytes(a, ctx.cancelToken());
            if (!bytes) {
                if (bytes.error().kind == Error::Kind::Cancelled)
                    return bytes.error();
                problems << bytes.error().message;
            }
            continue;
        }
        auto j = reader.readJson(a, ctx.cancelToken());
        if (!j) {
            if (j.error().kind == Error::Kind::Cancelled)
                return j.error();
            problems << j.error().message;
            continue;
        }
        if (a != BackupArtifact::ResourceList || !tarballWhole || !j->has_value())
            continue;
        const nlohmann::json& list = j->value();
        if (!list.is_object()) {
            problems << tr("Backup %1, artifact %2: expected a JSON object").arg(backup, file);
            continue;
        }
        QSet<QString> listed;
        for (auto it = list.begin(); it != list.end(); ++it) {
            if (!it.value().is_array())
                continue;
            const QString gvk = QString::fromStdString(it.key());
            for (const auto& entry : it.value()) {
                if (!entry.is_string())
                    continue;
                const QString name = QString::fromStdString(entry.get<std::string>());
                const QString key = gvk + QLatin1Char(' ') + name;
                listed.insert(key);
                if (!inTarball.contains(key))
                    problems << tr("Backup %1: %2 %3 is in the resource list but not in the tarball.")
                                    .arg(backup, gvk, name);
            }
        }
        // What Velero would restore beyond the list: an object added to the tarball afterwards.
        QStringList unlisted;
        for (auto it = inTarball.cbegin(); it != inTarball.cend(); ++it)
            if (!listed.contains(it.key()))
                unlisted << tr("Backup %1, artifact %2: %3 (entry \"%4\") would be restored by Velero but is "
                               "not in the resource list.")
                                .arg(backup, BackupArtifacts::fileName(backup, BackupArtifact::Tarball),
                                     it.key(), it.value());
        unlisted.sort();
        problems << unlisted;
    }
    return problems;
}

} // namespace aks
