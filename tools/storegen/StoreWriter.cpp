#include "StoreWriter.h"

#include "ArchiveWriter.h"

#include <QMap>
#include <QRegularExpression>

namespace aks::storegen {
namespace {
using json = nlohmann::json;

std::string utf8(const QString& v) {
    return v.toStdString();
}

QDateTime defaultStart() {
    return QDateTime(QDate(2026, 11, 18), QTime(2, 0), Qt::UTC);
}

qint64 ttlSeconds(const QString& ttl) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?")));
    const auto m = re.match(ttl);
    if (!m.hasMatch())
        return 720 * 3600;
    return m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
}

struct Times {
    QDateTime start, completion, expiration;
};

Times resolveTimes(const BackupSpec& b) {
    Times t;
    t.start = b.start.isValid() ? b.start.toUTC() : defaultStart();
    const qint64 duration = std::max<qint64>(30, static_cast<qint64>(b.objects.size()) / 100);
    t.completion = b.completion.isValid() ? b.completion.toUTC() : t.start.addSecs(duration);
    t.expiration = b.expiration.isValid() ? b.expiration.toUTC() : t.start.addSecs(ttlSeconds(b.ttl));
    return t;
}

// Objects as Velero writes them: compact JSON, one per line of the log, etc.
QByteArray compact(const json& j) {
    return QByteArray::fromStdString(j.dump());
}

QString backupDir(const QString& root, const QString& name) {
    return root + QStringLiteral("/backups/") + name + QLatin1Char('/');
}

// A logrus text line; quoted values escape " and \ like logrus does.
QString logLine(const QDateTime& t, const char* level, const QString& msg, const QString& backupRef,
                const QList<QPair<QString, QString>>& fields, const char* source) {
    auto quote = [](QString v) -> QString {
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    };
    QString line = QStringLiteral("time=\"%1\" level=%2 msg=%3 backup=%4")
                       .arg(veleroTimestamp(t), QString::fromLatin1(level), quote(msg), backupRef);
    line += QStringLiteral(" logSource=\"%1\"").arg(QString::fromLatin1(source));
    for (const auto& f : fields)
        line += QLatin1Char(' ') + f.first + QLatin1Char('=') + f.second;
    return line + QLatin1Char('\n');
}

QString resourceField(const KubeObject& o) {
    return o.resource;
}

// Namespaces in object order, for spreading errors and warnings.
QStringList namespacesOf(const std::vector<KubeObject>& objects) {
    QStringList out;
    for (const KubeObject& o : objects)
        if (!o.ns.isEmpty() && !out.contains(o.ns))
            out.append(o.ns);
    return out;
}

QString errorMessage(int i, const QString& ns) {
    return QStringLiteral(
               "error backing up item %1/pod-%2: pod volume backup failed: data path backup failed: "
               "Failed to run kopia backup: unable to get local block device entry")
        .arg(ns)
        .arg(i);
}

QString warningMessage(int i, const QString& ns) {
    return QStringLiteral(
               "volume data-%1 in namespace %2 is not backed up: hostPath volumes are not supported")
        .arg(i)
        .arg(ns);
}

// {"errors": R, "warnings": R}; each message goes to a namespace, or to "velero" when there is none.
json resultsJson(int errors, int warnings, const QStringList& namespaces) {
    auto part = [&](int count, QString (*message)(int, const QString&)) {
        json r = json::object();
        for (int i = 0; i < count; ++i) {
            if (namespaces.isEmpty()) {
                r["velero"].push_back(utf8(message(i, QStringLiteral("velero"))));
            } else {
                const QString ns = namespaces.at(i % namespaces.size());
                r["namespaces"][utf8(ns)].push_back(utf8(message(i, ns)));
            }
        }
        return r;
    };
    json j = json::object();
    if (errors > 0)
        j["errors"] = part(errors, errorMessage);
    if (warnings > 0)
        j["warnings"] = part(warnings, warningMessage);
    return j;
}

json resourceList(const std::vector<KubeObject>& objects, const QString& suffix = {}) {
    QMap<QString, QStringList> byKind;
    for (const KubeObject& o : objects)
        byKind[o.groupVersionKind()].append(o.namespacedName() + suffix);
    json j = json::object();
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        QStringList names = it.value();
        names.sort();
        json arr = json::array();
        for (const QString& n : names)
            arr.push_back(utf8(n));
        j[utf8(it.key())] = std::move(arr);
    }
    return j;
}

// The pods that mount a PVC, with the claim, for pod volume backups and volume info.
struct MountedVolume {
    const KubeObject* pod;
    QString volume;
    QString claim;
};

std::vector<MountedVolume> mountedVolumes(const std::vector<KubeObject>& objects) {
    std::vector<MountedVolume> out;
    QSet<QString> seenClaims;
    for (const KubeObject& o : objects) {
        if (o.kind != QLatin1String("Pod"))
            continue;
        const json& vols = o.json["spec"].value("volumes", json::array());
        for (const json& v : vols) {
            if (!v.contains("persistentVolumeClaim"))
                continue;
            const QString claim = QString::fromStdString(v["persistentVolumeClaim"].value("claimName", ""));
            // One pod per claim is backed up, as Velero does for RWO volumes.
            if (seenClaims.contains(o.ns + QLatin1Char('/') + claim))
                continue;
            seenClaims.insert(o.ns + QLatin1Char('/') + claim);
            out.push_back({&o, QString::fromStdString(v.value("name", "")), claim});
        }
    }
    return out;
}

QString pvNameFor(const std::vector<KubeObject>& objects, const QString& ns, const QString& claim) {
    for (const KubeObject& o : objects)
        if (o.kind == QLatin1String("PersistentVolumeClaim") && o.ns == ns && o.name == claim)
            return QString::fromStdString(o.json["spec"].value("volumeName", ""));
    return {};
}

struct VolumeArtifacts {
    json podVolumeBackups = nullptr;
    json volumeSnapshots = nullptr;
    json csiSnapshots = nullptr;
    json csiContents = nullptr;
    json csiClasses = nullptr;
    json volumeInfo = json::array();
};

VolumeArtifacts volumeArtifacts(const BackupSpec& b, const json& backup, const Times& t) {
    VolumeArtifacts a;
    const std::string uid = backup["metadata"]["uid"];
    const std::string start = utf8(veleroTimestamp(t.start));
    const std::string done = utf8(veleroTimestamp(t.completion));
    int i = 0;
    for (const MountedVolume& mv : mountedVolumes(b.objects)) {
        const QString pv = pvNameFor(b.objects, mv.pod->ns, mv.claim);
        const std::string snapshotId = QStringLiteral("%1%2")
                                           .arg(QString::fromStdString(uid).left(8))
                                           .arg(i, 6, 10, QLatin1Char('0'))
                                           .toStdString();
        json info = {{"pvcName", utf8(mv.claim)},
                     {"pvcNamespace", utf8(mv.pod->ns)},
                     {"pvName", utf8(pv)},
                     {"snapshotDataMoved", false},
                     {"skipped", false},
                     {"startTimestamp", start},
                     {"completionTimestamp", done},
                     {"result", "succeeded"},
                     {"pvInfo", {{"reclaimPolicy", "Delete"}, {"labels", json::object()}}}};
        switch (b.volumeMode) {
        case VolumeMode::FileSystem: {
            const std::string node = mv.pod->json["spec"].value("nodeName", "");
            if (a.podVolumeBackups.is_null())
                a.podVolumeBackups = json::array();
            a.podVolumeBackups.push_back(
                {{"apiVersion", "velero.io/v1"},
                 {"kind", "PodVolumeBackup"},
                 {"metadata",
                  {{"name", utf8(b.name) + "-" + std::to_string(10000 + i)},
                   {"namespace", "velero"},
                   {"labels", {{"velero.io/backup-name", utf8(b.name)}, {"velero.io/backup-uid", uid}}}}},
                 {"spec",
                  {{"node", node},
                   {"pod",
                    {{"kind", "Pod"},
                     {"namespace", utf8(mv.pod->ns)},
                     {"name", utf8(mv.pod->name)},
                     {"uid", mv.pod->json["metadata"]["uid"]}}},
                   {"volume", utf8(mv.volume)},
                   {"backupStorageLocation", utf8(b.storageLocation)},
                   {"repoIdentifier", ""},
                   {"uploaderType", "kopia"},
                   {"tags",
                    {{"backup", utf8(b.name)},
                     {"backup-uid", uid},
                     {"ns", utf8(mv.pod->ns)},
                     {"pod", utf8(mv.pod->name)},
                     {"volume", utf8(mv.volume)}}}}},
                 {"status",
                  {{"phase", "Completed"},
                   {"path", "/host_pods/" + std::string(mv.pod->json["metadata"]["uid"]) +
                                "/volumes/kubernetes.io~csi/" + utf8(pv) + "/mount"},
                   {"snapshotID", snapshotId},
                   {"startTimestamp", start},
                   {"completionTimestamp", done},
                   {"progress", {{"totalBytes", 1048576 * (i + 1)}, {"bytesDone", 1048576 * (i + 1)}}}}}});
            info["backupMethod"] = "PodVolumeBackup";
            info["pvbInfo"] = {{"uploaderType", "kopia"},
                               {"volumeName", utf8(mv.volume)},
                               {"podName", utf8(mv.pod->name)},
                               {"podNamespace", utf8(mv.pod->ns)},
                               {"nodeName", node},
                               {"snapshotHandle", snapshotId},
                               {"size", 1048576 * (i + 1)}};
            break;
        }
        case VolumeMode::NativeSnapshot:
            if (a.volumeSnapshots.is_null())
                a.volumeSnapshots = json::array();
            a.volumeSnapshots.push_back(
                {{"spec",
                  {{"backupName", utf8(b.name)},
                   {"backupUID", uid},
                   {"location", "default"},
                   {"persistentVolumeName", utf8(pv)},
                   {"providerVolumeID", "disk-" + snapshotId},
                   {"volumeType", "StandardSSD_LRS"},
                   {"volumeAZ", ""}}},
                 {"status", {{"providerSnapshotID", "snap-" + snapshotId}, {"phase", "Completed"}}}});
            info["backupMethod"] = "NativeSnapshot";
            info["nativeSnapshotInfo"] = {{"snapshotHandle", "snap-" + snapshotId},
                                          {"volumeType", "StandardSSD_LRS"}};
            break;
        case VolumeMode::Csi: {
            if (a.csiSnapshots.is_null()) {
                a.csiSnapshots = json::array();
                a.csiContents = json::array();
                a.csiClasses = json::array({{{"apiVersion", "snapshot.storage.k8s.io/v1"},
                                             {"kind", "VolumeSnapshotClass"},
                                             {"metadata",
                                              {{"name", "csi-akshci-vsc"},
                                               {"labels", {{"velero.io/csi-volumesnapshot-class", "true"}}}}},
                                             {"driver", "disk.csi.akshci.com"},
                                             {"deletionPolicy", "Retain"}}});
            }
            const std::string vsName = "velero-" + utf8(mv.claim) + "-" + snapshotId.substr(0, 5);
            const std::string vscName = "snapcontent-" + snapshotId;
            a.csiSnapshots.push_back({{"apiVersion", "snapshot.storage.k8s.io/v1"},
                                      {"kind", "VolumeSnapshot"},
                                      {"metadata",
                                       {{"name", vsName},
                                        {"namespace", utf8(mv.pod->ns)},
                                        {"labels", {{"velero.io/backup-name", utf8(b.name)}}}}},
                                      {"spec",
                                       {{"source", {{"persistentVolumeClaimName", utf8(mv.claim)}}},
                                        {"volumeSnapshotClassName", "csi-akshci-vsc"}}},
                                      {"status",
                                       {{"boundVolumeSnapshotContentName", vscName},
                                        {"readyToUse", true},
                                        {"restoreSize", "10Gi"}}}});
            a.csiContents.push_back(
                {{"apiVersion", "snapshot.storage.k8s.io/v1"},
                 {"kind", "VolumeSnapshotContent"},
                 {"metadata", {{"name", vscName}}},
                 {"spec",
                  {{"driver", "disk.csi.akshci.com"},
                   {"deletionPolicy", "Retain"},
                   {"volumeSnapshotRef", {{"name", vsName}, {"namespace", utf8(mv.pod->ns)}}}}},
                 {"status", {{"snapshotHandle", "snap-" + snapshotId}, {"readyToUse", true}}}});
            info["backupMethod"] = "CSISnapshot";
            info["csiSnapshotInfo"] = {{"snapshotHandle", "snap-" + snapshotId},
                                       {"driver", "disk.csi.akshci.com"},
                                       {"vscName", vscName}};
            break;
        }
        }
        a.volumeInfo.push_back(std::move(info));
        ++i;
    }
    return a;
}

QByteArray backupLog(const BackupSpec& b, const Times& t) {
    const QString ref = QStringLiteral("velero/") + b.name;
    QString log;
    log += logLine(t.start, "info", QStringLiteral("Setting up backup temp file"), ref, {},
                   "pkg/controller/backup_controller.go:612");
    log += logLine(t.start, "info", QStringLiteral("Setting up plugin manager"), ref, {},
                   "pkg/controller/backup_controller.go:619");
    log += logLine(t.start, "info", QStringLiteral("Starting backup"), ref, {},
                   "pkg/controller/backup_controller.go:691");
    const qint64 span = std::max<qint64>(1, t.start.secsTo(t.completion));
    const qint64 n = static_cast<qint64>(b.objects.size());
    const QStringList namespaces = namespacesOf(b.objects);
    for (qint64 i = 0; i < n; ++i) {
        const KubeObject& o = b.objects[static_cast<size_t>(i)];
        QList<QPair<QString, QString>> fields{{QStringLiteral("name"), o.name}};
        if (!o.ns.isEmpty())
            fields.append({QStringLiteral("namespace"), o.ns});
        fields.append({QStringLiteral("resource"), resourceField(o)});
        log += logLine(t.start.addSecs(i * span / std::max<qint64>(1, n)), "info",
                       QStringLiteral("Backed up item"), ref, fields, "pkg/backup/backup.go:481");
    }
    for (int i = 0; i < b.warnings; ++i) {
        const QString ns =
            namespaces.isEmpty() ? QStringLiteral("velero") : namespaces.at(i % namespaces.size());
        log += logLine(t.completion, "warning", warningMessage(i, ns), ref,
                       {{QStringLiteral("namespace"), ns}}, "pkg/backup/item_backupper.go:244");
    }
    for (int i = 0; i < b.errors; ++i) {
        const QString ns =
            namespaces.isEmpty() ? QStringLiteral("velero") : namespaces.at(i % namespaces.size());
        log += logLine(t.completion, "error", errorMessage(i, ns), ref, {{QStringLiteral("namespace"), ns}},
                       "pkg/backup/backup.go:498");
    }
    log += logLine(t.completion, "info", QStringLiteral("Backed up a total of %1 items").arg(n), ref, {},
                   "pkg/backup/backup.go:511");
    return log.toUtf8();
}

Status writeTarball(const QString& path, const BackupSpec& b) {
    TarGzWriter w;
    if (Status st = w.open(path); !st)
        return st;
    if (Status st = w.addFile(QStringLiteral("metadata/version"),
                              b.legacyFormat ? QByteArray("1\n") : QByteArray("1.1.0\n"));
        !st)
        return st;
    for (const KubeObject& o : b.objects) {
        const QByteArray data = compact(o.json);
        if (Status st = w.addFile(o.tarPath(), data); !st)
            return st;
        if (!b.legacyFormat)
            if (Status st = w.addFile(o.tarPath(o.version() + QStringLiteral("-preferredversion")), data);
                !st)
                return st;
    }
    if (b.extraTarEntries)
        if (Status st = b.extraTarEntries(w); !st)
            return st;
    return w.close();
}
} // namespace

QString veleroTimestamp(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString artifactFileName(const QString& backup, Artifact artifact) {
    switch (artifact) {
    case Artifact::Logs:
        return backup + QStringLiteral("-logs.gz");
    case Artifact::ResourceList:
        return backup + QStringLiteral("-resource-list.json.gz");
    case Artifact::VolumeSnapshots:
        return backup + QStringLiteral("-volumesnapshots.json.gz");
    case Artifact::PodVolumeBackups:
        return backup + QStringLiteral("-podvolumebackups.json.gz");
    case Artifact::CsiVolumeSnapshots:
        return backup + QStringLiteral("-csi-volumesnapshots.json.gz");
    case Artifact::CsiVolumeSnapshotContents:
        return backup + QStringLiteral("-csi-volumesnapshotcontents.json.gz");
    case Artifact::CsiVolumeSnapshotClasses:
        return backup + QStringLiteral("-csi-volumesnapshotclasses.json.gz");
    case Artifact::ItemOperations:
        return backup + QStringLiteral("-itemoperations.json.gz");
    case Artifact::Results:
        return backup + QStringLiteral("-results.gz");
    case Artifact::VolumeInfo:
        return backup + QStringLiteral("-volumeinfo.json.gz");
    }
    return {};
}

QList<Artifact> allArtifacts() {
    return {Artifact::Logs,
            Artifact::ResourceList,
            Artifact::VolumeSnapshots,
            Artifact::PodVolumeBackups,
            Artifact::CsiVolumeSnapshots,
            Artifact::CsiVolumeSnapshotContents,
            Artifact::CsiVolumeSnapshotClasses,
            Artifact::ItemOperations,
            Artifact::Results,
            Artifact::VolumeInfo};
}

json backupObject(const BackupSpec& b) {
    const Times t = resolveTimes(b);
    // The uid derives from the name so re-generating a store keeps it.
    const QByteArray h = QByteArray::number(qHash(b.name, 7), 16).rightJustified(16, '0') +
                         QByteArray::number(qHash(b.name, 11), 16).rightJustified(16, '0');
    const QString uid = QString::fromLatin1(h.mid(0, 8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' +
                                            h.mid(16, 4) + '-' + h.mid(20, 12));
    json labels = {{"velero.io/storage-location", utf8(b.storageLocation)}};
    if (!b.scheduleName.isEmpty())
        labels["velero.io/schedule-name"] = utf8(b.scheduleName);
    const QString minor = b.kubernetesVersion.section(QLatin1Char('.'), 1, 1);
    json meta = {{"name", utf8(b.name)},
                 {"namespace", "velero"},
                 {"uid", utf8(uid)},
                 {"resourceVersion", std::to_string(40000 + (qHash(b.name) % 10000))},
                 {"generation", 7},
                 {"creationTimestamp", utf8(veleroTimestamp(t.start))},
                 {"labels", labels},
                 {"annotations",
                  {{"velero.io/resource-timeout", "10m0s"},
                   {"velero.io/source-cluster-k8s-gitversion", utf8(b.kubernetesVersion)},
                   {"velero.io/source-cluster-k8s-major-version", "1"},
                   {"velero.io/source-cluster-k8s-minor-version", utf8(minor)}}}};
    json included = json::array();
    for (const QString& ns : b.includedNamespaces)
        included.push_back(utf8(ns));
    json spec = {{"metadata", json::object()},
                 {"includedNamespaces", included},
                 {"ttl", utf8(b.ttl)},
                 {"hooks", json::object()},
                 {"storageLocation", utf8(b.storageLocation)},
                 {"volumeSnapshotLocations", json::array()},
                 {"defaultVolumesToFsBackup", b.volumeMode == VolumeMode::FileSystem},
                 {"csiSnapshotTimeout", "10m0s"},
                 {"itemOperationTimeout", "4h0m0s"},
                 {"snapshotMoveData", false}};
    if (b.volumeMode == VolumeMode::NativeSnapshot)
        spec["volumeSnapshotLocations"].push_back("default");
    const qint64 items = static_cast<qint64>(b.objects.size());
    json status = {
        {"version", 1}, {"phase", utf8(b.phase)}, {"startTimestamp", utf8(veleroTimestamp(t.start))}};
    if (!b.legacyFormat)
        status["formatVersion"] = "1.1.0";
    status["expiration"] = utf8(veleroTimestamp(t.expiration));
    const bool finished = b.phase == QLatin1String("Completed") ||
                          b.phase == QLatin1String("PartiallyFailed") || b.phase == QLatin1String("Failed");
    if (finished)
        status["completionTimestamp"] = utf8(veleroTimestamp(t.completion));
    status["progress"] = {{"totalItems", items}, {"itemsBackedUp", finished ? items : items / 2}};
    if (b.errors > 0)
        status["errors"] = b.errors;
    if (b.warnings > 0)
        status["warnings"] = b.warnings;
    if (!b.failureReason.isEmpty())
        status["failureReason"] = utf8(b.failureReason);
    if (!b.validationErrors.isEmpty()) {
        json v = json::array();
        for (const QString& e : b.validationErrors)
            v.push_back(utf8(e));
        status["validationErrors"] = v;
    }
    status["hookStatus"] = json::object();
    return {{"kind", "Backup"},
            {"apiVersion", "velero.io/v1"},
            {"metadata", meta},
            {"spec", spec},
            {"status", status}};
}

Status writeBackup(const QString& storeRoot, const BackupSpec& b) {
    if (b.name.isEmpty() || b.name.contains(QLatin1Char('/')))
        return Error::make(Error::Kind::BadInput, QStringLiteral("Invalid backup name \"%1\"").arg(b.name));
    const QString dir = backupDir(storeRoot, b.name);
    const json backup = backupObject(b);
    if (Status st = writePlainFile(dir + QStringLiteral("velero-backup.json"), compact(backup)); !st)
        return st;
    if (b.neverFinishedUploading)
        return {};
    if (Status st = writeTarball(dir + b.name + QStringLiteral(".tar.gz"), b); !st)
        return st;

    const Times t = resolveTimes(b);
    const VolumeArtifacts vols = volumeArtifacts(b, backup, t);
    const bool csiFiles = b.writeCsiArtifacts;
    for (Artifact a : allArtifacts()) {
        if (b.missingArtifacts.contains(a))
            continue;
        QByteArray data;
        switch (a) {
        case Artifact::Logs:
            data = backupLog(b, t);
            break;
        case Artifact::ResourceList:
            data = compact(resourceList(b.objects));
            break;
        case Artifact::VolumeSnapshots:
            data = compact(vols.volumeSnapshots);
            break;
        case Artifact::PodVolumeBackups:
            data = compact(vols.podVolumeBackups);
            break;
        case Artifact::CsiVolumeSnapshots:
            if (!csiFiles)
                continue;
            data = compact(vols.csiSnapshots);
            break;
        case Artifact::CsiVolumeSnapshotContents:
            if (!csiFiles)
                continue;
            data = compact(vols.csiContents);
            break;
        case Artifact::CsiVolumeSnapshotClasses:
            if (!csiFiles)
                continue;
            data = compact(vols.csiClasses);
            break;
        case Artifact::ItemOperations:
            data = compact(json::array());
            break;
        case Artifact::Results:
            data = compact(resultsJson(b.errors, b.warnings, namespacesOf(b.objects)));
            break;
        case Artifact::VolumeInfo:
            data = compact(vols.volumeInfo);
            break;
        }
        if (Status st = writeGzipFile(dir + artifactFileName(b.name, a), data); !st)
            return st;
    }
    return {};
}

Status writeRestore(const QString& storeRoot, const RestoreSpec& r) {
    if (r.name.isEmpty() || r.name.contains(QLatin1Char('/')))
        return Error::make(Error::Kind::BadInput, QStringLiteral("Invalid restore name \"%1\"").arg(r.name));
    const QString dir = storeRoot + QStringLiteral("/restores/") + r.name + QLatin1Char('/');
    const QDateTime start =
        r.start.isValid() ? r.start.toUTC() : QDateTime(QDate(2026, 11, 19), QTime(9, 0), Qt::UTC);
    const QDateTime done = r.completion.isValid() ? r.completion.toUTC() : start.addSecs(45);
    const QString ref = QStringLiteral("velero/") + r.name;
    QString log = logLine(start, "info", QStringLiteral("starting restore"), ref, {},
                          "pkg/controller/restore_controller.go:524")
                      .replace(QStringLiteral(" backup="), QStringLiteral(" restore="));
    for (const KubeObject& o : r.objects) {
        QString line =
            logLine(start, "info", QStringLiteral("Restored %1 %2").arg(o.kind, o.namespacedName()), ref,
                    {{QStringLiteral("restore"), ref}}, "pkg/restore/restore.go:1577");
        log += line.replace(QStringLiteral(" backup=") + ref, QString());
    }
    log += logLine(done, "info", QStringLiteral("restore completed"), ref, {},
                   "pkg/controller/restore_controller.go:611")
               .replace(QStringLiteral(" backup="), QStringLiteral(" restore="));
    const QString base = dir + QStringLiteral("restore-") + r.name;
    if (Status st = writeGzipFile(base + QStringLiteral("-logs.gz"), log.toUtf8()); !st)
        return st;
    if (Status st = writeGzipFile(base + QStringLiteral("-results.gz"),
                                  compact(resultsJson(r.errors, r.warnings, namespacesOf(r.objects))));
        !st)
        return st;
    return writeGzipFile(base + QStringLiteral("-resource-list.json.gz"),
                         compact(resourceList(r.objects, QStringLiteral("(created)"))));
}

} // namespace aks::storegen
