#include "VeleroClient.h"

#include "KubeNames.h"
#include "VeleroInstallCommand.h"
#include "VeleroJson.h"
#include "core/Logging.h"
#include "core/Redactor.h"
#include "jobs/ProcessRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace aks {
namespace {

QString lastLine(const ProcessResult& r) {
    return r.stderrTail.isEmpty() ? QString() : r.stderrTail.last();
}

QString detailOf(const ProcessSpec& spec, const QStringList& tail) {
    return VeleroClient::tr("Command: %1").arg(spec.describe()) +
           (tail.isEmpty() ? QString() : QStringLiteral("\n") + tail.join(QLatin1Char('\n')));
}

bool saysNotFound(const Error& e) {
    return e.kind == Error::Kind::ExitCode &&
           (e.message.contains(QLatin1String("not found")) || e.detail.contains(QLatin1String("not found")));
}

QString joinMap(const QMap<QString, QString>& map) {
    QStringList parts;
    for (auto it = map.begin(); it != map.end(); ++it)
        parts.append(it.key() + QLatin1Char(':') + it.value());
    return parts.join(QLatin1Char(','));
}

} // namespace

VeleroClient::VeleroClient(EnvironmentConfig environment, VeleroTarget target)
    : m_env(std::move(environment)), m_target(std::move(target)) {
    if (m_target.veleroNamespace.isEmpty())
        m_target.veleroNamespace = QStringLiteral("velero");
}

QStringList VeleroClient::globalArguments() const {
    QStringList a;
    if (!m_target.kubeconfig.isEmpty())
        a << QStringLiteral("--kubeconfig") << m_target.kubeconfig;
    if (!m_target.kubecontext.isEmpty())
        a << QStringLiteral("--kubecontext") << m_target.kubecontext;
    a << QStringLiteral("-n") << m_target.veleroNamespace;
    return a;
}

ProcessSpec VeleroClient::spec(QStringList arguments, const QString& displayName, bool longRunning) const {
    ProcessSpec s;
    s.program = m_env.velero;
    // Subcommand first: cobra takes the persistent flags after it.
    s.arguments = arguments + globalArguments();
    s.environment = m_env.processEnvironment;
    s.timeout = longRunning ? std::chrono::duration_cast<std::chrono::milliseconds>(m_env.longCommandTimeout)
                            : std::chrono::duration_cast<std::chrono::milliseconds>(m_env.commandTimeout);
    s.displayName = displayName;
    return s;
}

template <typename T>
Result<QList<T>> VeleroClient::getList(const QString& noun, const QString& listKind, const QString& name,
                                       const CancelToken& cancel) const {
    QStringList args{noun, QStringLiteral("get")};
    if (!name.isEmpty())
        args << name;
    args << QStringLiteral("-o") << QStringLiteral("json");
    const ProcessSpec s = spec(args, QStringLiteral("velero %1 get").arg(noun));
    auto out = ProcessRunner::runJson(s, cancel);
    if (!out) {
        Error e = out.error();
        if (!name.isEmpty() && saysNotFound(e))
            e.kind = Error::Kind::NotFound;
        return e;
    }
    auto items = VeleroJson::items(*out, listKind);
    if (!items)
        return Error::make(items.error().kind, items.error().message, tr("Command: %1").arg(s.describe()));
    QList<T> list;
    list.reserve(qsizetype(items->size()));
    for (const auto& item : *items) {
        auto parsed = T::fromJson(item);
        if (!parsed)
            return Error::make(parsed.error().kind, parsed.error().message,
                               tr("Command: %1").arg(s.describe()));
        list.append(std::move(parsed).value());
    }
    return list;
}

Result<QList<VeleroBackup>> VeleroClient::backups(const CancelToken& cancel) const {
    return getList<VeleroBackup>(QStringLiteral("backup"), QStringLiteral("Backup"), {}, cancel);
}

Result<VeleroBackup> VeleroClient::backup(const QString& name, const CancelToken& cancel) const {
    if (auto ok = KubeNames::checkSubdomain(name, tr("backup name")); !ok)
        return ok.error();
    auto list = getList<VeleroBackup>(QStringLiteral("backup"), QStringLiteral("Backup"), name, cancel);
    if (!list)
        return list.error();
    for (const auto& b : *list)
        if (b.name == name)
            return b;
    return Error::make(Error::Kind::NotFound,
                       tr("Velero has no backup named '%1' on this cluster. It may have expired or not yet "
                          "been synced from the storage location.")
                           .arg(name));
}

Result<QList<VeleroSchedule>> VeleroClient::schedules(const CancelToken& cancel) const {
    return getList<VeleroSchedule>(QStringLiteral("schedule"), QStringLiteral("Schedule"), {}, cancel);
}

Result<QList<VeleroBsl>> VeleroClient::backupStorageLocations(const CancelToken& cancel) const {
    return getList<VeleroBsl>(QStringLiteral("backup-location"), QStringLiteral("BackupStorageLocation"), {},
                              cancel);
}

Result<QList<VeleroRestore>> VeleroClient::restores(const CancelToken& cancel) const {
    return getList<VeleroRestore>(QStringLiteral("restore"), QStringLiteral("Restore"), {}, cancel);
}

Result<VeleroRestore> VeleroClient::restore(const QString& name, const CancelToken& cancel) const {
    if (auto ok = KubeNames::checkSubdomain(name, tr("restore name")); !ok)
        return ok.error();
    auto list = getList<VeleroRestore>(QStringLiteral("restore"), QStringLiteral("Restore"), name, cancel);
    if (!list)
        return list.error();
    for (const auto& r : *list)
        if (r.name == name)
            return r;
    return Error::make(Error::Kind::NotFound,
                       tr("Velero has no restore named '%1' on this cluster.").arg(name));
}

Result<QString> VeleroClient::restoreLogs(const QString& name, const CancelToken& cancel) const {
    if (auto ok = KubeNames::checkSubdomain(name, tr("restore name")); !ok)
        return ok.error();
    const ProcessSpec s = spec({QStringLiteral("restore"), QStringLiteral("logs"), name},
                               QStringLiteral("velero restore logs"));
    auto r = ProcessRunner::run(s, cancel);
    if (!r)
        return r.error();
    if (r->exitCode != 0)
        return Error::make(Error::Kind::ExitCode,
                           tr("Could not read the logs of restore '%1': %2").arg(name, lastLine(*r)),
                           detailOf(s, r->stderrTail));
    return QString::fromUtf8(r->standardOutput);
}

Status VeleroClient::downloadBackup(const QString& name, const QString& file,
                                    const CancelToken& cancel) const {
    if (auto ok = KubeNames::checkSubdomain(name, tr("backup name")); !ok)
        return ok.error();
    const QFileInfo target(file);
    if (file.isEmpty() || !target.absoluteDir().exists())
        return Error::make(
            Error::Kind::BadInput,
            tr("Cannot download backup '%1' to '%2': the folder does not exist.").arg(name, file));
    ProcessSpec s = spec({QStringLiteral("backup"), QStringLiteral("download"), name, QStringLiteral("-o"),
                          target.absoluteFilePath(), QStringLiteral("--force")},
                         QStringLiteral("velero backup download"), true);
    auto r = ProcessRunner::run(s, cancel);
    if (!r)
        return r.error();
    if (r->exitCode != 0)
        return Error::make(Error::Kind::ExitCode,
                           tr("Could not download backup '%1': %2").arg(name, lastLine(*r)),
                           detailOf(s, r->stderrTail));
    if (!QFileInfo::exists(target.absoluteFilePath()))
        return Error::make(Error::Kind::BadOutput,
                           tr("velero reported that backup '%1' was downloaded, but %2 is not there.")
                               .arg(name, target.absoluteFilePath()));
    return {};
}

Status VeleroClient::validate(const RestoreOptions& o) {
    if (!o.name.isEmpty())
        if (auto ok = KubeNames::checkSubdomain(o.name, tr("restore name")); !ok)
            return ok;
    if (auto ok = KubeNames::checkSubdomain(o.fromBackup, tr("backup name")); !ok)
        return ok;
    if (auto ok = KubeNames::checkNamespaces(o.includeNamespaces, tr("namespace to include")); !ok)
        return ok;
    if (auto ok = KubeNames::checkNamespaces(o.excludeNamespaces, tr("namespace to exclude")); !ok)
        return ok;
    if (auto ok = KubeNames::checkResources(o.includeResources, tr("resource to include")); !ok)
        return ok;
    if (auto ok = KubeNames::checkResources(o.excludeResources, tr("resource to exclude")); !ok)
        return ok;
    for (auto it = o.namespaceMappings.begin(); it != o.namespaceMappings.end(); ++it) {
        if (auto ok = KubeNames::checkLabel(it.key(), tr("namespace to map")); !ok)
            return ok;
        if (auto ok = KubeNames::checkLabel(it.value(), tr("target namespace")); !ok)
            return ok;
    }
    return {};
}

QStringList VeleroClient::restoreArguments(const RestoreOptions& o) {
    QStringList a{QStringLiteral("restore"), QStringLiteral("create")};
    if (!o.name.isEmpty())
        a << o.name;
    a << QStringLiteral("--from-backup") << o.fromBackup;
    const auto list = [&a](const char* flag, const QStringList& values) {
        if (!values.isEmpty())
            a << QString::fromLatin1(flag) << values.join(QLatin1Char(','));
    };
    list("--include-namespaces", o.includeNamespaces);
    list("--exclude-namespaces", o.excludeNamespaces);
    list("--include-resources", o.includeResources);
    list("--exclude-resources", o.excludeResources);
    if (!o.namespaceMappings.isEmpty())
        a << QStringLiteral("--namespace-mappings") << joinMap(o.namespaceMappings);
    if (o.restoreVolumes)
        a << (*o.restoreVolumes ? QStringLiteral("--restore-volumes=true")
                                : QStringLiteral("--restore-volumes=false"));
    if (o.existingResourcePolicy)
        a << QStringLiteral("--existing-resource-policy")
          << (*o.existingResourcePolicy == RestoreOptions::ExistingResourcePolicy::Update
                  ? QStringLiteral("update")
                  : QStringLiteral("none"));
    if (o.wait)
        a << QStringLiteral("--wait=true");
    return a;
}

Result<VeleroRestore> VeleroClient::createRestore(const RestoreOptions& options,
                                                  const CancelToken& cancel) const {
    if (auto ok = validate(options); !ok)
        return ok.error();
    const ProcessSpec s =
        spec(restoreArguments(options), QStringLiteral("velero restore create"), options.wait);
    auto r = ProcessRunner::run(s, cancel);
    if (!r)
        return r.error();
    if (r->exitCode != 0)
        return Error::make(
            Error::Kind::ExitCode,
            tr("Velero did not accept the restore of backup '%1': %2").arg(options.fromBackup, lastLine(*r)),
            detailOf(s, r->stderrTail));
    QString name = options.name;
    if (name.isEmpty()) {
        static const QRegularExpression submitted(QStringLiteral("Restore request \"([^\"]+)\" submitted"));
        const auto m = submitted.match(QString::fromUtf8(r->standardOutput));
        if (!m.hasMatch())
            return Error::make(Error::Kind::BadOutput,
                               tr("velero restore create did not say which restore it created."),
                               detailOf(s, r->stderrTail));
        name = m.captured(1);
    }
    // --wait exits 0 whatever the outcome: the phase is the answer.
    return restore(name, cancel);
}

Result<VeleroRestore> VeleroClient::waitForRestore(const QString& name, const JobContext& job,
                                                   std::chrono::milliseconds interval) const {
    for (;;) {
        auto r = restore(name, job.cancelToken());
        if (!r)
            return r;
        const int pct = r->percent();
        job.setProgress(pct < 0 ? 0 : pct, pct < 0 ? -1 : 100,
                        tr("Restore %1: %2 (%3 of %4 items)")
                            .arg(name, r->phase.isEmpty() ? tr("New") : r->phase)
                            .arg(r->itemsRestored)
                            .arg(r->totalItems));
        if (r->isFinished())
            return r;
        if (!job.cancelToken().sleepUnlessCancelled(interval))
            return Error::make(
                Error::Kind::Cancelled,
                tr("Stopped waiting for restore '%1'; Velero goes on with it on the cluster.").arg(name));
    }
}

Status VeleroClient::validate(const InstallOptions& o) {
    if (o.provider != QLatin1String("azure") && o.provider != QLatin1String("aws"))
        return Error::make(Error::Kind::BadInput,
                           tr("Velero's provider must be azure or aws, not '%1'.").arg(o.provider));
    if (o.bucket.isEmpty())
        return Error::make(
            Error::Kind::BadInput,
            tr("Velero cannot be installed without %1.")
                .arg(o.provider == QLatin1String("azure") ? tr("a blob container") : tr("a bucket")));
    if (o.credentialsFile.isEmpty() && o.credentials.isEmpty())
        return Error::make(
            Error::Kind::BadInput,
            tr("Velero cannot be installed without credentials for the %1 plugin.").arg(o.provider));
    return {};
}

QString VeleroClient::secretFilePlaceholder(const InstallOptions& o) {
    return o.credentialsFile.isEmpty() ? tr("<temporary credentials file, removed after>")
                                       : o.credentialsFile;
}

Result<QStringList> VeleroClient::installPreview(const InstallOptions& o, const VeleroSemVer& client) const {
    auto lines = VeleroInstallCommand::build(o, client, secretFilePlaceholder(o));
    if (!lines)
        return lines.error();
    QStringList out;
    for (const QStringList& args : *lines)
        out << Redactor::redact(spec(args, {}).describe());
    return out;
}

Status VeleroClient::uninstall(const CancelToken& cancel) const {
    const ProcessSpec s = spec({QStringLiteral("uninstall"), QStringLiteral("--force")},
                               QStringLiteral("velero uninstall"), true);
    auto r = ProcessRunner::run(s, cancel);
    if (!r)
        return r.error();
    if (r->exitCode != 0)
        return Error::make(Error::Kind::ExitCode, tr("velero uninstall failed: %1").arg(lastLine(*r)),
                           detailOf(s, r->stderrTail));
    return {};
}

Result<VeleroSemVer> VeleroClient::clientVersion(const CancelToken& cancel) const {
    ProcessSpec s;
    s.program = m_env.velero;
    s.arguments = {QStringLiteral("version"), QStringLiteral("--client-only")};
    s.environment = m_env.processEnvironment;
    s.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(m_env.commandTimeout);
    s.displayName = QStringLiteral("velero version --client-only");
    auto r = ProcessRunner::run(s, cancel);
    if (!r)
        return r.error();
    static const QRegularExpression line(QStringLiteral("Version:\\s*(\\S+)"));
    const auto m = line.match(QString::fromUtf8(r->standardOutput));
    const auto v = m.hasMatch() ? VeleroSemVer::parse(m.captured(1)) : std::nullopt;
    if (r->exitCode != 0 || !v)
        return Error::make(Error::Kind::BadOutput,
                           tr("Could not read the velero CLI's version (velero version --client-only): %1")
                               .arg(lastLine(*r)),
                           detailOf(s, r->stderrTail));
    return *v;
}

Status VeleroClient::install(const InstallOptions& o, const CancelToken& cancel) const {
    if (auto ok = validate(o); !ok)
        return ok;
    auto client = clientVersion(cancel);
    if (!client)
        return client.error();
    // QTemporaryFile creates the file 0600 and removes it when it goes out of scope.
    // In the run's private folder when there is one: the next start sweeps it after a kill.
    const QString secretDir = o.secretDir.isEmpty() ? QDir::tempPath() : o.secretDir;
    QTemporaryFile secretFile(QDir(secretDir).filePath(QStringLiteral("aks-velero-credentials-XXXXXX")));
    QString secretPath = o.credentialsFile;
    if (secretPath.isEmpty()) {
        if (!secretFile.open())
            return Error::make(Error::Kind::PermissionDenied,
                               tr("Could not write the temporary credentials file for velero install in %1.")
                                   .arg(secretDir));
        secretFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (secretFile.write(o.credentials) != o.credentials.size() || !secretFile.flush())
            return Error::make(
                Error::Kind::PermissionDenied,
                tr("Could not write the temporary credentials file %1.").arg(secretFile.fileName()));
        secretPath = secretFile.fileName();
    }
    auto lines = VeleroInstallCommand::build(o, *client, secretPath);
    if (!lines)
        return lines.error();
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const ProcessSpec s = spec(lines->at(i), QStringLiteral("velero %1").arg(lines->at(i).first()), true);
        auto r = ProcessRunner::run(s, cancel);
        if (!r)
            return r.error();
        if (r->exitCode != 0)
            return Error::make(Error::Kind::ExitCode,
                               i == 0 ? tr("velero install failed: %1").arg(lastLine(*r))
                                      : tr("Velero is installed, but creating its backup location failed: %1")
                                            .arg(lastLine(*r)),
                               detailOf(s, r->stderrTail));
    }
    secretFile.remove();
    logLine(LogLevel::Info, o.readOnly ? tr("Velero installed with bucket %1 (read-only)").arg(o.bucket)
                                       : tr("Velero installed with bucket %1").arg(o.bucket));
    return {};
}

Result<VeleroVersion> VeleroClient::version(const CancelToken& cancel) const {
    const ProcessSpec s = spec({QStringLiteral("version")}, QStringLiteral("velero version"));
    auto r = ProcessRunner::run(s, cancel);
    if (!r)
        return r.error();
    VeleroVersion v;
    enum { None, Client, Server } section = None;
    const QStringList lines = QString::fromUtf8(r->standardOutput).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line == QLatin1String("Client:"))
            section = Client;
        else if (line == QLatin1String("Server:"))
            section = Server;
        else if (line.startsWith(QLatin1String("Version:"))) {
            const QString value = line.mid(8).trimmed();
            (section == Server ? v.server : v.client) = value;
        } else if (line.startsWith(QLatin1String("<error")))
            v.serverError = line;
    }
    if (v.client.isEmpty())
        return Error::make(Error::Kind::BadOutput,
                           r->exitCode != 0 ? tr("velero version failed: %1").arg(lastLine(*r))
                                            : tr("velero version did not print a client version."),
                           detailOf(s, r->stderrTail));
    if (v.server.isEmpty() && v.serverError.isEmpty() && r->exitCode != 0)
        v.serverError = lastLine(*r);
    return v;
}

} // namespace aks
