#include "VeleroClient.h"

#include "KubeNames.h"
#include "VeleroJson.h"
#include "core/Redactor.h"
#include "jobs/ProcessRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QThread>

#include <spdlog/spdlog.h>

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
        a << QStringLiteral("--wait");
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
        for (qint64 waited = 0; waited < interval.count(); waited += 50) {
            if (job.isCancelled())
                return Error::make(
                    Error::Kind::Cancelled,
                    tr("Stopped waiting for restore '%1'; Velero goes on with it on the cluster.").arg(name));
            QThread::msleep(50);
        }
    }
}

Status VeleroClient::validate(const InstallOptions& o) {
    auto missing = [](const QString& what) {
        return Error::make(Error::Kind::BadInput, tr("Velero cannot be installed without %1.").arg(what));
    };
    if (o.pluginImage.isEmpty())
        return missing(tr("the plugin image (e.g. velero/velero-plugin-for-microsoft-azure:v1.10.0)"));
    if (o.bucket.isEmpty())
        return missing(o.provider == InstallOptions::Provider::Azure ? tr("a blob container")
                                                                     : tr("a bucket"));
    static const QRegularExpression safeValue(
        QRegularExpression::anchoredPattern(QStringLiteral("[^,=\\s]+")));
    if (o.provider == InstallOptions::Provider::Azure) {
        if (o.resourceGroup.isEmpty())
            return missing(tr("the storage account's resource group"));
        if (o.storageAccount.isEmpty())
            return missing(tr("the storage account"));
        if (o.azureCredentials.isEmpty())
            return missing(tr("credentials for the Azure plugin"));
        for (const QString& v : {o.resourceGroup, o.storageAccount})
            if (!safeValue.match(v).hasMatch())
                return Error::make(
                    Error::Kind::BadInput,
                    tr("'%1' cannot be passed to --backup-location-config (no commas, '=' or spaces).")
                        .arg(v));
    } else {
        if (o.s3Url.isEmpty())
            return missing(tr("the MinIO URL (http://HOST:9000)"));
        if (o.accessKeyId.isEmpty() || o.secretAccessKey.isEmpty())
            return missing(tr("the MinIO access key and secret key"));
        if (!safeValue.match(o.s3Url).hasMatch() || !safeValue.match(o.region).hasMatch())
            return Error::make(Error::Kind::BadInput,
                               tr("The MinIO URL or region contains a comma, '=' or a space."));
    }
    return {};
}

Status VeleroClient::install(const InstallOptions& o, const CancelToken& cancel) const {
    if (auto ok = validate(o); !ok)
        return ok;
    QByteArray secret;
    if (o.provider == InstallOptions::Provider::Azure) {
        for (auto it = o.azureCredentials.begin(); it != o.azureCredentials.end(); ++it) {
            Redactor::registerSecret(it.value());
            secret += (it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n')).toUtf8();
        }
    } else {
        Redactor::registerSecret(o.secretAccessKey);
        secret = (QStringLiteral("[default]\naws_access_key_id=") + o.accessKeyId +
                  QStringLiteral("\naws_secret_access_key=") + o.secretAccessKey + QLatin1Char('\n'))
                     .toUtf8();
    }
    // QTemporaryFile creates the file 0600 and removes it when it goes out of scope.
    const QString secretDir = o.secretDir.isEmpty() ? QDir::tempPath() : o.secretDir;
    QTemporaryFile secretFile(QDir(secretDir).filePath(QStringLiteral("aks-velero-credentials-XXXXXX")));
    if (!secretFile.open())
        return Error::make(
            Error::Kind::PermissionDenied,
            tr("Could not write the temporary credentials file for velero install in %1.").arg(secretDir));
    secretFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (secretFile.write(secret) != secret.size() || !secretFile.flush())
        return Error::make(
            Error::Kind::PermissionDenied,
            tr("Could not write the temporary credentials file %1.").arg(secretFile.fileName()));
    secret.fill('\0');

    QStringList a{QStringLiteral("install")};
    if (o.provider == InstallOptions::Provider::Azure) {
        QString config =
            QStringLiteral("resourceGroup=%1,storageAccount=%2").arg(o.resourceGroup, o.storageAccount);
        if (!o.subscriptionId.isEmpty())
            config += QStringLiteral(",subscriptionId=") + o.subscriptionId;
        a << QStringLiteral("--provider") << QStringLiteral("azure")
          << QStringLiteral("--backup-location-config") << config;
    } else {
        a << QStringLiteral("--provider") << QStringLiteral("aws")
          << QStringLiteral("--backup-location-config")
          << QStringLiteral("region=%1,s3ForcePathStyle=true,s3Url=%2").arg(o.region, o.s3Url)
          << QStringLiteral("--use-volume-snapshots=false");
    }
    a << QStringLiteral("--plugins") << o.pluginImage << QStringLiteral("--bucket") << o.bucket;
    if (!o.prefix.isEmpty())
        a << QStringLiteral("--prefix") << o.prefix;
    a << QStringLiteral("--secret-file") << secretFile.fileName();
    const bool restic = o.fsBackup == InstallOptions::FsBackup::Restic;
    a << (restic ? QStringLiteral("--use-restic") : QStringLiteral("--use-node-agent"));
    if (o.defaultVolumesToFsBackup)
        a << (restic ? QStringLiteral("--default-volumes-to-restic")
                     : QStringLiteral("--default-volumes-to-fs-backup"));
    if (o.wait)
        a << QStringLiteral("--wait");
    const ProcessSpec s = spec(a, QStringLiteral("velero install"), true);
    auto r = ProcessRunner::run(s, cancel);
    secretFile.remove();
    if (!r)
        return r.error();
    if (r->exitCode != 0)
        return Error::make(Error::Kind::ExitCode, tr("velero install failed: %1").arg(lastLine(*r)),
                           detailOf(s, r->stderrTail));
    spdlog::info("velero installed with bucket {}", o.bucket.toStdString());
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
