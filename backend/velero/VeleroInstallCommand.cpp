#include "VeleroInstallCommand.h"

#include "VeleroCliTable.h"
#include "VeleroPluginAuth.h"

#include <QFile>

namespace aks {
namespace {

constexpr qint64 kMaxCredentialsBytes = 64 * 1024;

QString flagTrue(const char* flag) {
    return QStringLiteral("--%1=true").arg(QLatin1String(flag));
}

} // namespace

Result<QString> VeleroInstallCommand::pluginImage(const QString& provider, const VeleroSemVer& client) {
    const VeleroCliTable& table = VeleroCliTable::instance();
    const auto row = table.pluginFor(provider, client);
    if (!row)
        return Error::make(
            Error::Kind::BadInput,
            tr("velero %1 is not in the plugin compatibility table (velero 1.2 to %2 are): install "
               "a supported velero CLI, it also chooses the server's version.")
                .arg(client.toString(), table.newestVelero()));
    return QString(table.pluginImage(provider) + QLatin1Char(':') + row->tag);
}

Result<QByteArray> VeleroInstallCommand::credentials(const InstallOptions& o) {
    if (o.credentialsFile.isEmpty())
        return o.credentials;
    QFile f(o.credentialsFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::NotFound,
            tr("Could not read the Velero credentials file %1: %2").arg(o.credentialsFile, f.errorString()));
    if (f.size() > kMaxCredentialsBytes)
        return Error::make(Error::Kind::BadInput,
                           tr("%1 is too large to be a Velero credentials file.").arg(o.credentialsFile));
    return f.readAll();
}

Status VeleroInstallCommand::checkStore(const InstallOptions& o, const QByteArray& credentials) {
    if (o.provider == QLatin1String("azure")) {
        const auto vars = VeleroPluginAuth::dotenv(credentials);
        const bool sas = vars.contains(QStringLiteral("AZURE_STORAGE_SAS_TOKEN")) ||
                         vars.contains(QStringLiteral("AZURE_STORAGE_ACCOUNT_SAS"));
        if (sas && o.config.value(QStringLiteral("storageAccountKeyEnvVar")).isEmpty() &&
            vars.value(QStringLiteral("AZURE_CLIENT_SECRET")).isEmpty())
            return Error::make(
                Error::Kind::BadInput,
                tr("The Azure plugin cannot use a SAS token: Velero needs the storage account key "
                   "(storageAccountKeyEnvVar) or a service principal. The app can read the backups "
                   "with the SAS, but it cannot install Velero with it."));
    }
    if (auto problem = VeleroPluginAuth::problem(o.provider, o.config, credentials))
        return Error::make(Error::Kind::BadInput,
                           tr("With these settings the backup location would stay Unavailable; the %1 plugin "
                              "says: %2")
                               .arg(o.provider, *problem));
    if (o.volumeSnapshots && o.provider == QLatin1String("azure")) {
        const auto vars = VeleroPluginAuth::dotenv(credentials);
        if (vars.value(QStringLiteral("AZURE_SUBSCRIPTION_ID")).isEmpty() ||
            vars.value(QStringLiteral("AZURE_RESOURCE_GROUP")).isEmpty() ||
            vars.value(QStringLiteral("AZURE_CLIENT_SECRET")).isEmpty())
            return Error::make(
                Error::Kind::BadInput,
                tr("Native Azure disk snapshots need a service principal with AZURE_SUBSCRIPTION_ID "
                   "and AZURE_RESOURCE_GROUP in the credentials file; install without volume "
                   "snapshots instead."));
    }
    return {};
}

Result<QList<QStringList>> VeleroInstallCommand::build(const InstallOptions& o, const VeleroSemVer& client,
                                                       const QString& secretFile) {
    const VeleroCliTable& table = VeleroCliTable::instance();
    if (o.provider != QLatin1String("azure") && o.provider != QLatin1String("aws"))
        return Error::make(Error::Kind::BadInput,
                           tr("Velero's provider must be azure or aws, not '%1'.").arg(o.provider));
    if (o.bucket.isEmpty() || o.bucket.startsWith(QLatin1Char('-')))
        return Error::make(Error::Kind::BadInput,
                           tr("Velero cannot be installed without the bucket or container of the backups."));
    auto paired = pluginImage(o.provider, client);
    if (!paired)
        return paired.error();
    const QString image = o.pluginImage.isEmpty() ? *paired : o.pluginImage;
    if (!table.pluginPairs(o.provider, image, client))
        return Error::make(
            Error::Kind::BadInput,
            tr("The plugin %1 does not pair with velero %2 (the compatibility table pairs %3).")
                .arg(image, client.toString(), *paired));
    auto creds = credentials(o);
    if (!creds)
        return creds.error();
    if (auto ok = checkStore(o, *creds); !ok)
        return ok.error();
    const bool readOnlyPossible =
        table.supports(QStringLiteral("install"), QStringLiteral("no-default-backup-location"), client) &&
        table.supports(QStringLiteral("backup-location create"), QStringLiteral("default"), client);
    if (o.readOnly && !readOnlyPossible)
        return Error::make(
            Error::Kind::BadInput,
            tr("velero %1 cannot create the backup location ReadOnly as the default (needs 1.6 or "
               "newer).")
                .arg(client.toString()));
    const QString config = VeleroCliTable::formatMap(o.config);

    QStringList install{QStringLiteral("install")};
    if (o.readOnly) {
        install << flagTrue("no-default-backup-location");
        if (o.volumeSnapshots)
            install << QStringLiteral("--provider") << o.provider;
    } else {
        install << QStringLiteral("--provider") << o.provider << QStringLiteral("--bucket") << o.bucket;
        if (!o.prefix.isEmpty())
            install << QStringLiteral("--prefix") << o.prefix;
        if (!o.config.isEmpty())
            install << QStringLiteral("--backup-location-config") << config;
    }
    install << QStringLiteral("--plugins") << image << QStringLiteral("--secret-file") << secretFile;
    if (o.volumeSnapshots) {
        install << flagTrue("use-volume-snapshots");
        if (!o.snapshotConfig.isEmpty())
            install << QStringLiteral("--snapshot-location-config")
                    << VeleroCliTable::formatMap(o.snapshotConfig);
    } else {
        install << QStringLiteral("--use-volume-snapshots=false");
    }
    if (o.fileSystemBackup) {
        const bool nodeAgent =
            table.supports(QStringLiteral("install"), QStringLiteral("use-node-agent"), client);
        install << flagTrue(nodeAgent ? "use-node-agent" : "use-restic");
        if (o.defaultVolumesToFsBackup)
            install << flagTrue(nodeAgent ? "default-volumes-to-fs-backup" : "default-volumes-to-restic");
    }
    if (o.wait)
        install << flagTrue("wait");
    QList<QStringList> out{install};
    if (o.readOnly) {
        QStringList create{QStringLiteral("backup-location"),
                           QStringLiteral("create"),
                           QStringLiteral("default"),
                           QStringLiteral("--provider"),
                           o.provider,
                           QStringLiteral("--bucket"),
                           o.bucket};
        if (!o.prefix.isEmpty())
            create << QStringLiteral("--prefix") << o.prefix;
        if (!o.config.isEmpty())
            create << QStringLiteral("--config") << config;
        create << QStringLiteral("--access-mode") << QStringLiteral("ReadOnly") << flagTrue("default");
        out << create;
    }
    // The lines must read as velero of that version reads them (no unknown or removed flag).
    for (const QStringList& args : out)
        if (const auto parsed = table.parse(args, client); !parsed.ok())
            return Error::make(
                Error::Kind::BadInput,
                tr("velero %1 would refuse the command: %2").arg(client.toString(), parsed.error));
    return out;
}

} // namespace aks
