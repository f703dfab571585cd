#include "VeleroInstallPlanner.h"

#include "credentials/CredentialResolver.h"
#include "inspector/BackupCatalog.h"
#include "store/StoreFactory.h"
#include "velero/VeleroPluginAuth.h"

namespace aks {
namespace {

const QString kKeyVariable = QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY");

// The demo's folder store has no secret: a credentials file that authenticates in every mode the
// plan's config can name (service principal, and the key variable when one is named).
QByteArray demoCredentials(const VeleroInstallPlan& v) {
    if (v.provider == QLatin1String("aws"))
        return "[default]\naws_access_key_id=demo\naws_secret_access_key=demo-secret-key\n";
    QByteArray out = "AZURE_SUBSCRIPTION_ID=00000000-0000-0000-0000-000000000000\n"
                     "AZURE_TENANT_ID=11111111-1111-1111-1111-111111111111\n"
                     "AZURE_CLIENT_ID=22222222-2222-2222-2222-222222222222\n"
                     "AZURE_CLIENT_SECRET=demo-service-principal-secret\n"
                     "AZURE_RESOURCE_GROUP=aks-demo-backups\n"
                     "AZURE_CLOUD_NAME=AzurePublicCloud\n";
    const QString keyVar = v.config.value(QStringLiteral("storageAccountKeyEnvVar"));
    if (!keyVar.isEmpty())
        out += (keyVar + QStringLiteral("=ZGVtby1hY2NvdW50LWtleQ==\n")).toUtf8();
    return out;
}

} // namespace

Result<LocationChoice> VeleroInstallPlanner::choose(const RestorePlan& plan, const ClusterRestorePlan& c,
                                                    const QDateTime& now, const CancelToken& cancel) {
    auto spec = StoreSpec::parse(plan.storeFor(c));
    if (!spec)
        return spec.error();
    if (!c.velero.credentialsFile.isEmpty())
        spec->credentialsFile = c.velero.credentialsFile;
    auto store = openStore(*spec, cancel);
    if (!store)
        return store.error();
    auto backups = BackupCatalog::list(**store, cancel);
    if (!backups)
        return backups.error();
    LocationChoice choice;
    bool fileSystemData = false;
    const QDateTime horizon = now.addSecs(std::chrono::seconds(kRecoveryWindow).count());
    for (const BackupInfo& b : *backups) {
        const QDateTime expires = QDateTime::fromString(b.expiration, Qt::ISODate);
        const bool expiring = expires.isValid() && expires < horizon;
        if (expiring)
            choice.expiring << b.name;
        if (b.name == c.backup) {
            choice.chosenExpires = expiring;
            fileSystemData = b.has(BackupArtifact::PodVolumeBackups);
        }
    }
    choice.readOnly = !(c.restoreVolumes && fileSystemData);
    if (choice.readOnly)
        choice.why =
            tr("The backup location on %1 is created ReadOnly: the restore of %2 needs no file-system "
               "volume data, and a ReadOnly location keeps Velero's garbage collector from deleting "
               "expired backups from the store.")
                .arg(c.cluster, c.backup);
    else
        choice.why =
            tr("The backup location on %1 is created ReadWrite: %2 holds file-system volume data, and "
               "Velero cannot restore it from a ReadOnly location (velero issue 9626). Velero's garbage "
               "collector deletes every backup of that location that is past its expiry.")
                .arg(c.cluster, c.backup);
    return choice;
}

Result<InstallOptions> VeleroInstallPlanner::options(const EnvironmentConfig& env, const RestorePlan& plan,
                                                     const ClusterRestorePlan& c, bool readOnly) {
    const QStringList problems = c.velero.problems(c.cluster);
    if (!problems.isEmpty())
        return Error::make(Error::Kind::BadInput, problems.join(QLatin1Char(' ')));
    InstallOptions o;
    o.provider = c.velero.provider;
    o.pluginImage = c.velero.plugin;
    o.bucket = c.velero.bucket;
    o.prefix = c.storePrefix;
    o.config = c.velero.config;
    o.readOnly = readOnly;
    o.fileSystemBackup = true;
    o.volumeSnapshots = false; // AKS hybrid volumes are restored from file-system backups
    if (!c.velero.credentialsFile.isEmpty()) {
        o.credentialsFile = c.velero.credentialsFile;
        return o;
    }
    auto spec = StoreSpec::parse(plan.storeFor(c));
    if (!spec)
        return spec.error();
    if (spec->kind == StoreSpec::Kind::LocalFolder || spec->kind == StoreSpec::Kind::Tarball) {
        if (!env.demo)
            return Error::make(
                Error::Kind::BadInput,
                tr("Velero cannot be installed against the folder %1 without a credentials file: "
                   "give the plan the credentials file of %2's backup location.")
                    .arg(plan.store, c.cluster));
        o.credentials = demoCredentials(c.velero);
        return o;
    }
    auto creds = CredentialResolver::resolve(*spec);
    if (!creds)
        return Error::make(creds.error().kind,
                           tr("No credentials for the backup storage %1 to install Velero with: %2")
                               .arg(plan.store, creds.error().message));
    creds->registerSecrets();
    switch (creds->kind) {
    case StoreCredentials::Kind::AzureSas:
        return Error::make(
            Error::Kind::BadInput,
            tr("The credentials of %1 are a SAS token (%2). The Azure plugin cannot use a SAS: "
               "give the plan the storage account key or the service principal credentials file "
               "Velero used.")
                .arg(plan.store, creds->source));
    case StoreCredentials::Kind::AzureSharedKey:
        o.credentials = (kKeyVariable + QLatin1Char('=') + creds->accountKey +
                         QStringLiteral("\nAZURE_CLOUD_NAME=AzurePublicCloud\n"))
                            .toUtf8();
        // The key is what authenticates: name its variable, or the plugin never reads it.
        o.config.insert(QStringLiteral("storageAccountKeyEnvVar"), kKeyVariable);
        o.config.remove(QStringLiteral("useAAD"));
        break;
    case StoreCredentials::Kind::AwsKeys:
        o.credentials = (QStringLiteral("[%1]\naws_access_key_id=%2\naws_secret_access_key=%3\n")
                             .arg(o.config.value(QStringLiteral("profile"), QStringLiteral("default")),
                                  creds->accessKeyId, creds->secretAccessKey) +
                         (creds->sessionToken.isEmpty()
                              ? QString()
                              : QStringLiteral("aws_session_token=%1\n").arg(creds->sessionToken)))
                            .toUtf8();
        break;
    }
    return o;
}

} // namespace aks
