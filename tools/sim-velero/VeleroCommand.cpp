#include "VeleroCommand.h"
#include "SimEnv.h"

#include "SimRestores.h"
#include "SimStore.h"
#include "VeleroCliTable.h"
#include "VeleroPluginAuth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <cstdlib>

namespace aks::sim {
namespace {

QString q(const nlohmann::json& j, const char* key) {
    return j.is_object() && j.contains(key) && j[key].is_string()
               ? QString::fromStdString(j[key].get<std::string>())
               : QString();
}

// The version this simulator claims (AKS_SIM_VELERO_VERSION, default v1.13.2): flags are checked
// against the velero CLI table for it.
QString claimedVersion() {
    const QString v = qEnvironmentVariable("AKS_SIM_VELERO_VERSION");
    return VeleroSemVer::parse(v) ? v : QStringLiteral("v1.13.2");
}

// The simulator's own --state DIR is not velero's: it is taken out before velero's parsing.
QStringList withoutState(const QStringList& args) {
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--state")) {
            ++i;
            continue;
        }
        if (!args[i].startsWith(QLatin1String("--state=")))
            out << args[i];
    }
    return out;
}

QSet<QString> booleanFlags(const QString& command, const VeleroSemVer& version) {
    QSet<QString> out;
    const VeleroCliTable& table = VeleroCliTable::instance();
    if (const auto* c = table.command(command))
        for (const auto& f : c->flags)
            if (!f.takesValueWord())
                out << f.name;
    for (const char* global : {"help"})
        if (table.supports(command, QString::fromLatin1(global), version))
            out << QString::fromLatin1(global);
    return out;
}

QString secretPath(const SimEnv& env) {
    return env.veleroDir() + QStringLiteral("/cloud-credentials");
}

} // namespace

VeleroCommand::VeleroCommand() : m_out(stdout), m_err(stderr) {}

int VeleroCommand::fail(const QString& message) {
    m_err << "An error occurred: " << message << Qt::endl;
    return 1;
}

int VeleroCommand::run(const QStringList& arguments) {
    m_version = *VeleroSemVer::parse(claimedVersion());
    const auto parsed = VeleroCliTable::instance().parse(withoutState(arguments), m_version);
    if (!parsed.ok()) {
        // What cobra prints for a flag or argument it refuses.
        m_err << "Error: " << parsed.error << Qt::endl;
        return 1;
    }
    m_args = SimArgs::parse(arguments, booleanFlags(parsed.command, m_version));
    m_namespace = m_args.value(QStringLiteral("namespace"), QStringLiteral("velero"));
    if (SimEnv::fault(QStringLiteral("hang")))
        for (;;)
            QThread::sleep(60);
    if (SimEnv::fault(QStringLiteral("crash")))
        std::abort();
    if (SimEnv::fault(QStringLiteral("garbage"))) {
        m_out << "{\"kind\": \"BackupList\", \"items\": [ <html>502 Bad Gateway" << Qt::endl;
        return 0;
    }
    const QString noun = m_args.positional.value(0);
    if (noun == QLatin1String("version"))
        return version();
    if (noun == QLatin1String("install"))
        return install();
    if (noun == QLatin1String("uninstall"))
        return uninstall();
    if (noun == QLatin1String("backup"))
        return backup();
    if (noun == QLatin1String("schedule"))
        return schedule();
    if (noun == QLatin1String("backup-location"))
        return backupLocation();
    if (noun == QLatin1String("restore"))
        return restore();
    m_err << "Error: unknown command \"" << noun << "\" for \"velero\"" << Qt::endl;
    return 1;
}

bool VeleroCommand::connect() {
    QString error;
    auto env = SimEnv::connect(m_args, QStringLiteral("kubecontext"), &error);
    if (!env) {
        fail(error);
        return false;
    }
    m_env = *env;
    return true;
}

std::optional<nlohmann::json> VeleroCommand::installed(const char* resource) {
    auto install = SimEnv::readJson(m_env.veleroDir() + QStringLiteral("/install.json"));
    if (!install || !install->is_object()) {
        fail(QStringLiteral("the server could not find the requested resource (get %1)")
                 .arg(QLatin1String(resource)));
        return std::nullopt;
    }
    return install;
}

QString VeleroCommand::storeRoot(const nlohmann::json& install) const {
    QString bucket = q(install, "bucket");
    // Only the demo's one bucket exists: a bucket that is not a folder path means <state>/store.
    if (!QDir::isAbsolutePath(bucket))
        bucket = m_env.defaultBucket();
    return SimStore::prefixRoot(bucket, q(install, "prefix"));
}

QString VeleroCommand::locationProblem(const nlohmann::json& install) const {
    const QString provider = q(install, "provider");
    const VeleroCliTable& table = VeleroCliTable::instance();
    const QString wanted =
        table.pluginImage(provider.startsWith(QLatin1String("velero.io/")) ? provider.mid(10) : provider);
    QString image;
    for (const QString& p : q(install, "plugins").split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (p.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('/'), -1) ==
            wanted.section(QLatin1Char('/'), -1))
            image = p;
    if (wanted.isEmpty() || image.isEmpty())
        return QStringLiteral("unable to locate ObjectStore plugin named velero.io/%1").arg(provider);
    if (!table.pluginPairs(provider, image, m_version))
        return QStringLiteral(
                   "rpc error: code = Unavailable desc = plugin %1 was not built for velero %2 (see the "
                   "plugin's compatibility table)")
            .arg(image, m_version.toString());
    QMap<QString, QString> config;
    const nlohmann::json stored = install.value("config", nlohmann::json::object());
    for (const auto& [k, v] : stored.items())
        if (v.is_string())
            config.insert(QString::fromStdString(k), QString::fromStdString(v.get<std::string>()));
    QFile secret(secretPath(m_env));
    const QByteArray credentials = secret.open(QIODevice::ReadOnly) ? secret.readAll() : QByteArray();
    if (const auto problem = VeleroPluginAuth::problem(provider, config, credentials))
        return QStringLiteral("rpc error: code = Unknown desc = %1").arg(*problem);
    const SimStore store(storeRoot(install));
    if (!store.exists())
        return QStringLiteral("the bucket or prefix %1 does not exist").arg(store.root());
    if (const QStringList bad = store.invalidTopLevel(); !bad.isEmpty())
        return QStringLiteral("Backup store contains invalid top-level directories: [%1]")
            .arg(bad.join(QLatin1Char(' ')));
    return {};
}

nlohmann::json VeleroCommand::bsl(const nlohmann::json& install) const {
    const QString now = SimEnv::timestamp(SimEnv::now());
    const QString name =
        q(install, "locationName").isEmpty() ? QStringLiteral("default") : q(install, "locationName");
    nlohmann::json objectStorage = {{"bucket", install.value("bucket", std::string())}};
    if (!q(install, "prefix").isEmpty())
        objectStorage["prefix"] = install["prefix"];
    nlohmann::json status = {{"lastValidationTime", stdStr(now)}};
    QString problem;
    if (SimEnv::fault(QStringLiteral("bsl-unavailable")))
        problem = QStringLiteral(
            "rpc error: code = Unknown desc = storage: service returned error: StatusCode=403, "
            "ErrorCode=AuthorizationFailure");
    else
        problem = locationProblem(install);
    if (problem.isEmpty()) {
        status["phase"] = "Available";
        status["lastSyncedTime"] = stdStr(now);
    } else {
        status["phase"] = "Unavailable";
        status["message"] =
            stdStr(QStringLiteral("BackupStorageLocation \"%1\" is unavailable: %2").arg(name, problem));
    }
    nlohmann::json spec = {{"provider", install.value("provider", std::string())},
                           {"objectStorage", objectStorage},
                           {"config", install.value("config", nlohmann::json::object())},
                           {"default", install.value("isDefault", true)}};
    // velero install writes no accessMode (the controllers read it as ReadWrite).
    if (install.contains("accessMode") && install["accessMode"].is_string())
        spec["accessMode"] = install["accessMode"];
    return {{"apiVersion", "velero.io/v1"},
            {"kind", "BackupStorageLocation"},
            {"metadata",
             {{"name", stdStr(name)},
              {"namespace", stdStr(m_namespace)},
              {"creationTimestamp", install.value("installedAt", std::string())}}},
            {"spec", spec},
            {"status", status}};
}

bool VeleroCommand::hasLocation(const nlohmann::json& install) const {
    return !install.value("noLocation", false) && q(install, "namespace") == m_namespace;
}

void VeleroCommand::collectGarbage(const nlohmann::json& install) const {
    if (!hasLocation(install) || q(install, "accessMode") == QLatin1String("ReadOnly"))
        return;
    if (bsl(install)["status"].value("phase", std::string()) != "Available")
        return;
    // Velero's GC: every synced backup past its expiry is deleted from a ReadWrite location.
    const QString gcNow = qEnvironmentVariable("AKS_SIM_GC_NOW");
    const QDateTime now = gcNow.isEmpty() ? SimEnv::now() : QDateTime::fromString(gcNow, Qt::ISODate);
    SimStore(storeRoot(install)).removeExpired(now);
}

int VeleroCommand::printItems(const QString& kind, const std::vector<nlohmann::json>& all,
                              const QStringList& names) {
    std::vector<nlohmann::json> items;
    if (names.isEmpty()) {
        items = all;
    } else {
        for (const QString& n : names) {
            bool found = false;
            for (const auto& i : all)
                if (q(i["metadata"], "name") == n) {
                    items.push_back(i);
                    found = true;
                }
            if (!found)
                return fail(QStringLiteral("%1s.velero.io \"%2\" not found").arg(kind.toLower(), n));
        }
    }
    const QString output = m_args.value(QStringLiteral("output"));
    if (output == QLatin1String("json")) {
        // velero prints a lone item by itself, never a List of one.
        if (items.size() == 1) {
            m_out << QString::fromStdString(items.front().dump(4)) << Qt::endl;
        } else {
            const nlohmann::json list = {
                {"apiVersion", "velero.io/v1"},
                {"items", items.empty() ? nlohmann::json::array() : nlohmann::json(items)},
                {"kind", stdStr(kind + QStringLiteral("List"))},
                {"metadata", nlohmann::json::object()}};
            m_out << QString::fromStdString(list.dump(4)) << Qt::endl;
        }
        return 0;
    }
    if (!output.isEmpty() && output != QLatin1String("table")) {
        m_err << "Error: invalid output format '" << output << "'. valid values are 'table', 'json'"
              << Qt::endl;
        return 1;
    }
    printTable(kind, items);
    return 0;
}

void VeleroCommand::printTable(const QString& kind, const std::vector<nlohmann::json>& items) {
    QList<QStringList> rows;
    if (kind == QLatin1String("Backup"))
        rows.append({QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("ERRORS"),
                     QStringLiteral("WARNINGS"), QStringLiteral("CREATED"), QStringLiteral("EXPIRES"),
                     QStringLiteral("STORAGE LOCATION")});
    else if (kind == QLatin1String("Restore"))
        rows.append({QStringLiteral("NAME"), QStringLiteral("BACKUP"), QStringLiteral("STATUS"),
                     QStringLiteral("STARTED"), QStringLiteral("COMPLETED"), QStringLiteral("ERRORS"),
                     QStringLiteral("WARNINGS")});
    else if (kind == QLatin1String("Schedule"))
        rows.append({QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("SCHEDULE"),
                     QStringLiteral("LAST BACKUP")});
    else
        rows.append({QStringLiteral("NAME"), QStringLiteral("PROVIDER"), QStringLiteral("BUCKET/PREFIX"),
                     QStringLiteral("PHASE"), QStringLiteral("ACCESS MODE")});
    for (const auto& i : items) {
        const auto& st = i.value("status", nlohmann::json::object());
        const auto& sp = i.value("spec", nlohmann::json::object());
        const QString name = q(i["metadata"], "name");
        const QString errors = QString::number(st.value("errors", 0));
        const QString warnings = QString::number(st.value("warnings", 0));
        if (kind == QLatin1String("Backup"))
            rows.append({name, q(st, "phase"), errors, warnings, q(st, "startTimestamp"), q(st, "expiration"),
                         q(sp, "storageLocation")});
        else if (kind == QLatin1String("Restore"))
            rows.append({name, q(sp, "backupName"), q(st, "phase"), q(st, "startTimestamp"),
                         q(st, "completionTimestamp"), errors, warnings});
        else if (kind == QLatin1String("Schedule"))
            rows.append({name, q(st, "phase"), q(sp, "schedule"), q(st, "lastBackup")});
        else
            rows.append(
                {name, q(sp, "provider"),
                 q(sp["objectStorage"], "bucket") + QLatin1Char('/') + q(sp["objectStorage"], "prefix"),
                 q(st, "phase"),
                 q(sp, "accessMode").isEmpty() ? QStringLiteral("ReadWrite") : q(sp, "accessMode")});
    }
    QList<int> widths(rows.first().size(), 0);
    for (const auto& r : rows)
        for (int c = 0; c < r.size(); ++c)
            widths[c] = qMax(widths[c], int(r[c].size()));
    for (const auto& r : rows) {
        QString line;
        for (int c = 0; c < r.size(); ++c)
            line += r[c].leftJustified(widths[c] + 3);
        m_out << line.trimmed() << Qt::endl;
    }
}

int VeleroCommand::version() {
    m_out << "Client:\n\tVersion: " << m_version.toString()
          << "\n\tGit commit: 6c3b1b3b0f9b3c0ac43d2f0b0a3f2d7b8c6e3a1d\n";
    if (m_args.isTrue(QStringLiteral("client-only"))) {
        m_out.flush();
        return 0;
    }
    QString error;
    auto env = SimEnv::connect(m_args, QStringLiteral("kubecontext"), &error);
    const auto install =
        env ? SimEnv::readJson(env->veleroDir() + QStringLiteral("/install.json")) : std::nullopt;
    if (install && install->is_object()) {
        // The server runs the image install deployed: the CLI's version then, or --image's tag.
        const auto server =
            VeleroSemVer::parse(QString::fromStdString(install->value("version", std::string())));
        const VeleroSemVer running = server ? *server : m_version;
        m_out << "Server:\n\tVersion: " << running.toString() << "\n";
        if (running.major != m_version.major || running.minor != m_version.minor)
            m_out << "WARNING: the client version does not match the server version. Please update client\n";
    } else
        m_out << "<error getting server version: "
              << (env ? QStringLiteral(
                            "no matches for kind \"ServerStatusRequest\" in version \"velero.io/v1\"")
                      : error)
              << ">\n";
    m_out.flush();
    return 0;
}

int VeleroCommand::install() {
    if (!connect())
        return 1;
    const auto value = [this](const char* f) { return m_args.value(QString::fromLatin1(f)); };
    const auto isTrue = [this](const char* f) { return m_args.isTrue(QString::fromLatin1(f)); };
    const QString provider = value("provider");
    const QString bucket = value("bucket");
    const QString plugins = value("plugins");
    const QString secretFile = value("secret-file");
    const bool noLocation = isTrue("no-default-backup-location");
    const bool snapshots =
        !m_args.has(QStringLiteral("use-volume-snapshots")) || isTrue("use-volume-snapshots");
    // velero install's Validate, in its order.
    const QString uploader = value("uploader-type");
    if (!uploader.isEmpty() && uploader != QLatin1String("kopia") && !(m_version < VeleroSemVer{1, 17, 0}))
        return fail(
            QStringLiteral("invalid uploader type '%1', valid uploader types are: kopia").arg(uploader));
    if (bucket.startsWith(QLatin1Char('-')))
        return fail(QStringLiteral("Bucket names cannot begin with a dash. Bucket name was: %1").arg(bucket));
    if (noLocation) {
        for (const char* f : {"bucket", "prefix", "backup-location-config"})
            if (m_args.has(QString::fromLatin1(f)))
                return fail(
                    QStringLiteral("Cannot use both --%1 and --no-default-backup-location at the same time")
                        .arg(QLatin1String(f)));
    } else {
        if (provider.isEmpty())
            return fail(QStringLiteral("--provider is required"));
        if (bucket.isEmpty())
            return fail(QStringLiteral("--bucket is required"));
    }
    if (snapshots && provider.isEmpty())
        return fail(QStringLiteral("--provider is required when --use-volume-snapshots is set to true"));
    if (!snapshots && m_args.has(QStringLiteral("snapshot-location-config")))
        return fail(
            QStringLiteral("--snapshot-location-config must be empty when --use-volume-snapshots=false"));
    if (noLocation && !snapshots) {
        if (!provider.isEmpty())
            return fail(QStringLiteral("--provider must be empty when using --no-default-backup-location and "
                                       "--use-volume-snapshots=false"));
    } else if (plugins.isEmpty()) {
        return fail(QStringLiteral("--plugins flag is required"));
    }
    if (isTrue("default-volumes-to-fs-backup") && !isTrue("use-node-agent"))
        return fail(QStringLiteral("--use-node-agent is required when using --default-volumes-to-fs-backup"));
    if (!secretFile.isEmpty() && isTrue("no-secret"))
        return fail(QStringLiteral("Cannot use both --secret-file and --no-secret"));
    if (secretFile.isEmpty() && !isTrue("no-secret"))
        return fail(QStringLiteral("One of --secret-file or --no-secret is required"));
    QMap<QString, QString> configMap;
    for (const QString& v : m_args.flags.values(QStringLiteral("backup-location-config"))) {
        QString error;
        const auto m = VeleroCliTable::parseMap(v, &error);
        for (auto it = m->cbegin(); it != m->cend(); ++it) // the table's parse accepted it already
            configMap.insert(it.key(), it.value());
    }
    if (QFileInfo::exists(m_env.veleroDir() + QStringLiteral("/install.json"))) {
        // Without --apply every existing object is left as it is.
        m_out << "Deployment/velero: already exists, proceeding\n"
              << "Velero is installed! ⛵ Use 'kubectl logs deployment/velero -n " << m_namespace
              << "' to view the status." << Qt::endl;
        return 0;
    }
    QString secretMode;
    if (!secretFile.isEmpty()) {
        QFile f(secretFile);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("open %1: no such file or directory").arg(secretFile));
        secretMode = QString::number(int(QFileInfo(secretFile).permissions() & 0x0fff), 16);
        // The Secret cloud-credentials holds the file verbatim.
        QDir().mkpath(m_env.veleroDir());
        QFile copy(secretPath(m_env));
        if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate) || copy.write(f.readAll()) < 0)
            return fail(QStringLiteral("could not write the simulator state in %1").arg(m_env.veleroDir()));
        copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // velero install deploys velero/velero:<CLI version> unless --image names another tag.
    VeleroSemVer serverVersion = m_version;
    if (const QString image = value("image"); !image.isEmpty())
        if (const auto tag = VeleroSemVer::parse(image.section(QLatin1Char(':'), -1)))
            serverVersion = *tag;
    nlohmann::json config = nlohmann::json::object();
    for (auto it = configMap.cbegin(); it != configMap.cend(); ++it)
        config[stdStr(it.key())] = stdStr(it.value());
    nlohmann::json install = {{"namespace", stdStr(m_namespace)},
                              {"version", stdStr(serverVersion.toString())},
                              {"provider", stdStr(provider)},
                              {"plugins", stdStr(plugins)},
                              {"bucket", stdStr(bucket)},
                              {"prefix", stdStr(value("prefix"))},
                              {"config", config},
                              {"noLocation", noLocation},
                              {"volumeSnapshots", snapshots},
                              {"fsBackup", isTrue("use-restic")       ? "restic"
                                           : isTrue("use-node-agent") ? "node-agent"
                                                                      : "none"},
                              {"secretFile", stdStr(secretFile)},
                              {"secretFileMode", stdStr(secretMode)},
                              {"installedAt", stdStr(SimEnv::timestamp(SimEnv::now()))}};
    if (!SimEnv::writeJson(m_env.veleroDir() + QStringLiteral("/install.json"), install))
        return fail(QStringLiteral("could not write the simulator state in %1").arg(m_env.veleroDir()));
    m_out << "CustomResourceDefinition/backups.velero.io: created\n"
          << "Namespace/" << m_namespace << ": created\n";
    if (!noLocation)
        m_out << "BackupStorageLocation/default: created\n";
    if (snapshots)
        m_out << "VolumeSnapshotLocation/default: created\n";
    m_out << "Deployment/velero: created\n";
    if (isTrue("wait"))
        m_out << "Waiting for Velero deployment to be ready.\n";
    m_out << "Velero is installed! ⛵ Use 'kubectl logs deployment/velero -n " << m_namespace
          << "' to view the status." << Qt::endl;
    return 0;
}

int VeleroCommand::uninstall() {
    if (!connect())
        return 1;
    if (!m_args.isTrue(QStringLiteral("force"))) {
        m_out << "You are about to uninstall Velero.\nAre you sure you want to continue (Y/N)? " << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed();
        if (answer != QLatin1String("y") && answer != QLatin1String("Y")) {
            m_out << "\nUninstall aborted" << Qt::endl; // and nothing removed, exit 0
            return 0;
        }
    }
    QDir(m_env.veleroDir()).removeRecursively();
    m_out << "Velero uninstalled ⛵" << Qt::endl;
    return 0;
}

int VeleroCommand::backup() {
    const QString verb = m_args.positional.value(1);
    if (!connect())
        return 1;
    const auto install = installed("backups.velero.io");
    if (!install)
        return 1;
    collectGarbage(*install);
    const SimStore store(storeRoot(*install));
    const bool sameNamespace = hasLocation(*install);
    const QString name = m_args.positional.value(2);
    if (verb == QLatin1String("get")) {
        std::vector<nlohmann::json> items;
        if (sameNamespace)
            for (auto b : store.backups()) {
                // What Velero's sync makes of the stored object in this cluster.
                b["metadata"]["namespace"] = stdStr(m_namespace);
                b["metadata"].erase("resourceVersion");
                items.push_back(std::move(b));
            }
        return printItems(QStringLiteral("Backup"), items, m_args.positional.mid(2));
    }
    if (verb == QLatin1String("download")) {
        if (name.isEmpty())
            return fail(QStringLiteral("backup name is required"));
        if (!sameNamespace || !store.backup(name))
            return fail(QStringLiteral("backups.velero.io \"%1\" not found").arg(name));
        const QString target = m_args.value(QStringLiteral("output"),
                                            QDir::current().filePath(name + QStringLiteral("-data.tar.gz")));
        if (QFileInfo::exists(target) && !m_args.isTrue(QStringLiteral("force")))
            return fail(
                QStringLiteral("file '%1' already exists, remove it or choose a different one").arg(target));
        if (!QFileInfo::exists(store.tarball(name)))
            return fail(QStringLiteral(
                            "unable to download backup %1: the backup tarball %1.tar.gz is missing from the "
                            "storage location")
                            .arg(name));
        QFile::remove(target);
        if (!QFile::copy(store.tarball(name), target))
            return fail(QStringLiteral("could not write %1").arg(target));
        m_out << "Backup " << name << " has been successfully downloaded to " << target << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("logs")) {
        if (!sameNamespace || !store.backup(name))
            return fail(QStringLiteral("backups.velero.io \"%1\" not found").arg(name));
        const auto log = SimStore::gunzip(store.root() + QStringLiteral("/backups/") + name +
                                          QLatin1Char('/') + name + QStringLiteral("-logs.gz"));
        if (!log)
            return fail(QStringLiteral("logs for backup %1 are not available").arg(name));
        m_out << QString::fromUtf8(*log);
        m_out.flush();
        return 0;
    }
    m_err << "Error: unknown command \"" << verb << "\" for \"velero backup\"" << Qt::endl;
    return 1;
}

int VeleroCommand::schedule() {
    if (m_args.positional.value(1) != QLatin1String("get")) {
        m_err << "Error: unknown command \"" << m_args.positional.value(1) << "\" for \"velero schedule\""
              << Qt::endl;
        return 1;
    }
    if (!connect())
        return 1;
    const auto install = installed("schedules.velero.io");
    if (!install)
        return 1;
    std::vector<nlohmann::json> items;
    const auto list = SimEnv::readJson(m_env.veleroDir() + QStringLiteral("/schedules.json"));
    collectGarbage(*install);
    if (list && list->is_array() && hasLocation(*install)) {
        const auto backups = SimStore(storeRoot(*install)).backups();
        for (auto sched : *list) {
            const std::string name = sched["metadata"].value("name", std::string());
            std::string last;
            for (const auto& b : backups) {
                const auto labels = b["metadata"].value("labels", nlohmann::json::object());
                if (labels.value("velero.io/schedule-name", std::string()) == name)
                    last = std::max(last, b["metadata"].value("creationTimestamp", std::string()));
            }
            sched["metadata"]["namespace"] = stdStr(m_namespace);
            sched["status"]["phase"] = "Enabled";
            if (!last.empty())
                sched["status"]["lastBackup"] = last;
            items.push_back(std::move(sched));
        }
    }
    return printItems(QStringLiteral("Schedule"), items, m_args.positional.mid(2));
}

int VeleroCommand::backupLocation() {
    const QString verb = m_args.positional.value(1);
    if (!connect())
        return 1;
    const auto install = installed("backupstoragelocations.velero.io");
    if (!install)
        return 1;
    if (verb == QLatin1String("create"))
        return createLocation(*install);
    if (verb != QLatin1String("get")) {
        m_err << "Error: unknown command \"" << verb << "\" for \"velero backup-location\"" << Qt::endl;
        return 1;
    }
    std::vector<nlohmann::json> items;
    if (hasLocation(*install))
        items.push_back(bsl(*install));
    return printItems(QStringLiteral("BackupStorageLocation"), items, m_args.positional.mid(2));
}

int VeleroCommand::createLocation(nlohmann::json install) {
    const QString name = m_args.positional.value(2);
    const QString provider = m_args.value(QStringLiteral("provider"));
    const QString bucket = m_args.value(QStringLiteral("bucket"));
    if (provider.isEmpty())
        return fail(QStringLiteral("--provider is required"));
    if (bucket.isEmpty())
        return fail(QStringLiteral("--bucket is required"));
    if (hasLocation(install)) {
        if (q(install, "locationName").isEmpty() || q(install, "locationName") == name)
            return fail(QStringLiteral("backupstoragelocations.velero.io \"%1\" already exists").arg(name));
        if (m_args.isTrue(QStringLiteral("default")))
            return fail(QStringLiteral("there is already a default backup storage location"));
        return fail(QStringLiteral("simulator: one backup storage location per cluster"));
    }
    nlohmann::json config = nlohmann::json::object();
    for (const QString& v : m_args.flags.values(QStringLiteral("config"))) {
        QString error;
        const auto m = VeleroCliTable::parseMap(v, &error);
        for (auto it = m->cbegin(); it != m->cend(); ++it)
            config[stdStr(it.key())] = stdStr(it.value());
    }
    install["noLocation"] = false;
    install["locationName"] = stdStr(name);
    install["provider"] = stdStr(provider);
    install["bucket"] = stdStr(bucket);
    install["prefix"] = stdStr(m_args.value(QStringLiteral("prefix")));
    install["config"] = config;
    install["accessMode"] = stdStr(m_args.value(QStringLiteral("access-mode"), QStringLiteral("ReadWrite")));
    install["isDefault"] = m_args.isTrue(QStringLiteral("default"));
    if (!SimEnv::writeJson(m_env.veleroDir() + QStringLiteral("/install.json"), install))
        return fail(QStringLiteral("could not write the simulator state in %1").arg(m_env.veleroDir()));
    m_out << "Backup storage location \"" << name << "\" configured successfully." << Qt::endl;
    return 0;
}

int VeleroCommand::restore() {
    const QString verb = m_args.positional.value(1);
    if (!connect())
        return 1;
    const auto install = installed("restores.velero.io");
    if (!install)
        return 1;
    collectGarbage(*install);
    SimRestores restores(m_env, SimStore(storeRoot(*install)), m_namespace);
    const QString name = m_args.positional.value(2);
    if (verb == QLatin1String("create") && !hasLocation(*install))
        return fail(QStringLiteral("backups.velero.io \"%1\" not found")
                        .arg(m_args.value(QStringLiteral("from-backup"))));
    if (verb == QLatin1String("get")) {
        std::vector<nlohmann::json> items;
        if (q(*install, "namespace") == m_namespace)
            items = restores.all();
        return printItems(QStringLiteral("Restore"), items, m_args.positional.mid(2));
    }
    if (verb == QLatin1String("create")) {
        QString error;
        auto created = restores.create(m_args, &error);
        if (!created)
            return fail(error);
        const QString created_name = q((*created)["metadata"], "name");
        m_out << "Restore request \"" << created_name << "\" submitted successfully." << Qt::endl;
        if (m_args.isTrue(QStringLiteral("wait"))) {
            m_out << "Waiting for restore to complete. You may safely press ctrl-c to stop waiting - your "
                     "restore "
                     "will continue in the background."
                  << Qt::endl;
            nlohmann::json r = *created;
            while (!SimRestores::isFinished(r)) {
                QThread::msleep(100);
                m_out << "." << Qt::flush;
                r = restores.get(created_name).value_or(r);
            }
            m_out << "\nRestore completed with status: " << q(r["status"], "phase")
                  << ". You may check for more information using the commands `velero restore describe "
                  << created_name << "` and `velero restore logs " << created_name << "`." << Qt::endl;
        } else {
            m_out << "Run `velero restore describe " << created_name << "` or `velero restore logs "
                  << created_name << "` for more details." << Qt::endl;
        }
        // As velero: 0 whatever the restore's outcome.
        return 0;
    }
    if (verb == QLatin1String("logs")) {
        const auto r = restores.get(name);
        if (!r)
            return fail(QStringLiteral("restores.velero.io \"%1\" not found").arg(name));
        if (!SimRestores::isFinished(*r) || q((*r)["status"], "phase") == QLatin1String("FailedValidation"))
            return fail(QStringLiteral(
                            "Logs for restore \"%1\" are not available until it's finished processing. "
                            "Please wait until the restore has a phase of Completed or Failed and try again.")
                            .arg(name));
        const SimStore store(storeRoot(*install));
        const auto log = SimStore::gunzip(store.restoreDir(name) + QStringLiteral("/restore-") + name +
                                          QStringLiteral("-logs.gz"));
        if (!log)
            return fail(QStringLiteral("logs for restore %1 are not in the storage location").arg(name));
        m_out << QString::fromUtf8(*log);
        m_out.flush();
        return 0;
    }
    m_err << "Error: unknown command \"" << verb << "\" for \"velero restore\"" << Qt::endl;
    return 1;
}

} // namespace aks::sim
