#include "VeleroCommand.h"
#include "SimEnv.h"

#include "SimRestores.h"
#include "SimStore.h"

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

const QSet<QString> kBooleanFlags{QStringLiteral("wait"),
                                  QStringLiteral("force"),
                                  QStringLiteral("details"),
                                  QStringLiteral("client-only"),
                                  QStringLiteral("use-restic"),
                                  QStringLiteral("use-node-agent"),
                                  QStringLiteral("dry-run"),
                                  QStringLiteral("default-volumes-to-fs-backup"),
                                  QStringLiteral("default-volumes-to-restic"),
                                  QStringLiteral("restore-volumes"),
                                  QStringLiteral("use-volume-snapshots"),
                                  QStringLiteral("no-secret"),
                                  QStringLiteral("help"),
                                  QStringLiteral("all")};

constexpr const char* kVersion = "v1.13.2";

} // namespace

VeleroCommand::VeleroCommand() : m_out(stdout), m_err(stderr) {}

int VeleroCommand::fail(const QString& message) {
    m_err << "An error occurred: " << message << Qt::endl;
    return 1;
}

int VeleroCommand::run(const QStringList& arguments) {
    m_args = SimArgs::parse(arguments, kBooleanFlags);
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

nlohmann::json VeleroCommand::bsl(const nlohmann::json& install) const {
    const SimStore store(storeRoot(install));
    const QString now = SimEnv::timestamp(SimEnv::now());
    nlohmann::json objectStorage = {{"bucket", install.value("bucket", std::string())}};
    if (!q(install, "prefix").isEmpty())
        objectStorage["prefix"] = install["prefix"];
    nlohmann::json status = {{"lastValidationTime", stdStr(now)}};
    QString problem;
    if (SimEnv::fault(QStringLiteral("bsl-unavailable")))
        problem = QStringLiteral(
            "BackupStorageLocation \"default\" is unavailable: rpc error: code = Unknown desc = "
            "storage: service returned error: StatusCode=403, ErrorCode=AuthorizationFailure");
    else if (!store.exists())
        problem =
            QStringLiteral(
                "BackupStorageLocation \"default\" is unavailable: the bucket or prefix %1 does not exist")
                .arg(store.root());
    else if (const QStringList bad = store.invalidTopLevel(); !bad.isEmpty())
        problem =
            QStringLiteral("BackupStorageLocation \"default\" is unavailable: Backup store contains invalid "
                           "top-level directories: [%1]")
                .arg(bad.join(QLatin1Char(' ')));
    if (problem.isEmpty()) {
        status["phase"] = "Available";
        status["lastSyncedTime"] = stdStr(now);
    } else {
        status["phase"] = "Unavailable";
        status["message"] = stdStr(problem);
    }
    return {{"apiVersion", "velero.io/v1"},
            {"kind", "BackupStorageLocation"},
            {"metadata",
             {{"name", "default"},
              {"namespace", stdStr(m_namespace)},
              {"creationTimestamp", install.value("installedAt", std::string())}}},
            {"spec",
             {{"provider", install.value("provider", std::string())},
              {"objectStorage", objectStorage},
              {"config", install.value("config", nlohmann::json::object())},
              {"default", true},
              {"accessMode", install.value("accessMode", std::string("ReadWrite"))}}},
            {"status", status}};
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
                 q(st, "phase"), q(sp, "accessMode")});
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
    m_out << "Client:\n\tVersion: " << kVersion
          << "\n\tGit commit: 6c3b1b3b0f9b3c0ac43d2f0b0a3f2d7b8c6e3a1d\n";
    if (m_args.isTrue(QStringLiteral("client-only"))) {
        m_out.flush();
        return 0;
    }
    QString error;
    auto env = SimEnv::connect(m_args, QStringLiteral("kubecontext"), &error);
    if (env && QFileInfo::exists(env->veleroDir() + QStringLiteral("/install.json")))
        m_out << "Server:\n\tVersion: " << kVersion << "\n";
    else
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
    const QString provider = m_args.value(QStringLiteral("provider"));
    const QString bucket = m_args.value(QStringLiteral("bucket"));
    const QString plugins = m_args.value(QStringLiteral("plugins"));
    const QString secretFile = m_args.value(QStringLiteral("secret-file"));
    if (provider.isEmpty())
        return fail(QStringLiteral("--provider is required"));
    if (bucket.isEmpty())
        return fail(QStringLiteral("--bucket is required"));
    if (plugins.isEmpty())
        return fail(QStringLiteral("--plugins is required"));
    if (secretFile.isEmpty() && !m_args.isTrue(QStringLiteral("no-secret")))
        return fail(QStringLiteral("One of --secret-file or --no-secret is required"));
    QString secretMode;
    if (!secretFile.isEmpty()) {
        QFile f(secretFile);
        if (!f.open(QIODevice::ReadOnly) || f.readAll().trimmed().isEmpty())
            return fail(QStringLiteral("open %1: no such file or directory").arg(secretFile));
        secretMode = QString::number(int(QFileInfo(secretFile).permissions() & 0x0fff), 16);
    }
    nlohmann::json config = nlohmann::json::object();
    for (const QString& kv : m_args.list(QStringLiteral("backup-location-config"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QStringLiteral("invalid argument \"%1\" for \"--backup-location-config\"").arg(kv));
        config[stdStr(kv.left(eq))] = stdStr(kv.mid(eq + 1));
    }
    const nlohmann::json install = {{"namespace", stdStr(m_namespace)},
                                    {"provider", stdStr(provider)},
                                    {"plugins", stdStr(plugins)},
                                    {"bucket", stdStr(bucket)},
                                    {"prefix", stdStr(m_args.value(QStringLiteral("prefix")))},
                                    {"config", config},
                                    {"accessMode", "ReadWrite"},
                                    {"fsBackup", m_args.isTrue(QStringLiteral("use-restic")) ? "restic"
                                                 : m_args.isTrue(QStringLiteral("use-node-agent"))
                                                     ? "node-agent"
                                                     : "none"},
                                    {"secretFile", stdStr(secretFile)},
                                    {"secretFileMode", stdStr(secretMode)},
                                    {"installedAt", stdStr(SimEnv::timestamp(SimEnv::now()))}};
    if (!SimEnv::writeJson(m_env.veleroDir() + QStringLiteral("/install.json"), install))
        return fail(QStringLiteral("could not write the simulator state in %1").arg(m_env.veleroDir()));
    m_out << "CustomResourceDefinition/backups.velero.io: created\n"
          << "Namespace/" << m_namespace << ": created\n"
          << "BackupStorageLocation/default: created\n"
          << "Deployment/velero: created\n";
    if (m_args.isTrue(QStringLiteral("wait")))
        m_out << "Waiting for Velero deployment to be ready.\n";
    m_out << "Velero is installed! ⛵ Use 'kubectl logs deployment/velero -n " << m_namespace
          << "' to view the status." << Qt::endl;
    return 0;
}

int VeleroCommand::backup() {
    const QString verb = m_args.positional.value(1);
    if (!connect())
        return 1;
    const auto install = installed("backups.velero.io");
    if (!install)
        return 1;
    const SimStore store(storeRoot(*install));
    const bool sameNamespace = q(*install, "namespace") == m_namespace;
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
    if (list && list->is_array() && q(*install, "namespace") == m_namespace) {
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
    if (m_args.positional.value(1) != QLatin1String("get")) {
        m_err << "Error: unknown command \"" << m_args.positional.value(1)
              << "\" for \"velero backup-location\"" << Qt::endl;
        return 1;
    }
    if (!connect())
        return 1;
    const auto install = installed("backupstoragelocations.velero.io");
    if (!install)
        return 1;
    std::vector<nlohmann::json> items;
    if (q(*install, "namespace") == m_namespace)
        items.push_back(bsl(*install));
    return printItems(QStringLiteral("BackupStorageLocation"), items, m_args.positional.mid(2));
}

int VeleroCommand::restore() {
    const QString verb = m_args.positional.value(1);
    if (!connect())
        return 1;
    const auto install = installed("restores.velero.io");
    if (!install)
        return 1;
    SimRestores restores(m_env, SimStore(storeRoot(*install)), m_namespace);
    const QString name = m_args.positional.value(2);
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
