#include "BackupVerifier.h"

#include "ArtifactReader.h"
#include "BackupCatalog.h"
#include "TarballScanner.h"

#include <QSet>

namespace aks {

Result<QStringList> BackupVerifier::verify(BackupStore& store, const QString& backup, const JobContext& ctx) {
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
    else if (info.phase != QLatin1String("Completed"))
        problems << tr("Backup %1: phase is %2, not Completed.")
                        .arg(backup, info.phase.isEmpty() ? tr("(none)") : info.phase);

    // Object keys the tarball holds, "<apiVersion>/<Kind> ns/name", to check the resource list.
    QSet<QString> inTarball;
    bool tarballWhole = false;
    if (!info.hasTarball) {
        problems << tr("Backup %1, artifact %2: missing; the backup never finished uploading.")
                        .arg(backup, BackupArtifacts::fileName(backup, BackupArtifact::Tarball));
    } else {
        TarballScanner scanner(store, backup, BackupArtifacts::key(backup, BackupArtifact::Tarball));
        auto scan = scanner.scan(
            [&inTarball](const ObjectRecord& o, QByteArrayView) {
                inTarball.insert(o.groupVersionKind() + QLatin1Char(' ') + o.namespacedName());
                return Status();
            },
            ctx);
        if (!scan) {
            if (scan.error().kind == Error::Kind::Cancelled)
                return scan.error();
            problems << scan.error().message;
        } else {
            tarballWhole = true;
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
        for (auto it = list.begin(); it != list.end(); ++it) {
            if (!it.value().is_array())
                continue;
            const QString gvk = QString::fromStdString(it.key());
            for (const auto& entry : it.value()) {
                if (!entry.is_string())
                    continue;
                const QString name = QString::fromStdString(entry.get<std::string>());
                if (!inTarball.contains(gvk + QLatin1Char(' ') + name))
                    problems << tr("Backup %1: %2 %3 is in the resource list but not in the tarball.")
                                    .arg(backup, gvk, name);
            }
        }
    }
    return problems;
}

} // namespace aks
