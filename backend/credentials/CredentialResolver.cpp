#include "CredentialResolver.h"

#include "CredentialStore.h"
#include "CredentialsFileParser.h"

#include <spdlog/spdlog.h>

namespace aks {

std::optional<StoreCredentials> CredentialResolver::fromEnvironment(StoreSpec::Kind kind,
                                                                    const QProcessEnvironment& env) {
    StoreCredentials c;
    c.source = tr("the environment");
    if (kind == StoreSpec::Kind::AzureBlob) {
        if (const QString key = env.value(QStringLiteral("AZURE_STORAGE_KEY")); !key.isEmpty()) {
            c.kind = StoreCredentials::Kind::AzureSharedKey;
            c.accountKey = key;
        } else if (QString sas = env.value(QStringLiteral("AZURE_STORAGE_SAS_TOKEN")); !sas.isEmpty()) {
            if (sas.startsWith(QLatin1Char('?')))
                sas.remove(0, 1);
            c.kind = StoreCredentials::Kind::AzureSas;
            c.sasToken = sas;
        } else {
            return std::nullopt;
        }
    } else if (kind == StoreSpec::Kind::S3) {
        c.kind = StoreCredentials::Kind::AwsKeys;
        c.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
        c.secretAccessKey = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        c.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN"));
        if (c.accessKeyId.isEmpty() || c.secretAccessKey.isEmpty())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    c.registerSecrets();
    return c;
}

Result<StoreCredentials> CredentialResolver::resolve(const StoreSpec& spec, const Sources& sources) {
    const bool azure = spec.kind == StoreSpec::Kind::AzureBlob;
    if (!azure && spec.kind != StoreSpec::Kind::S3)
        return Error::make(Error::Kind::BadInput,
                           tr("%1 is not a cloud store and needs no credentials.").arg(spec.toString()));
    const QString store = spec.toString();
    if (sources.keychain) {
        auto saved = CredentialStore::load(store);
        if (saved && saved->has_value())
            return std::move(**saved);
        if (!saved)
            spdlog::warn("Keychain not used for {}: {}", store.toStdString(),
                         saved.error().message.toStdString());
    }
    if (!spec.credentialsFile.isEmpty())
        return CredentialsFileParser::parseFile(spec.credentialsFile, azure
                                                                          ? CredentialsFileParser::Want::Azure
                                                                          : CredentialsFileParser::Want::Aws);
    if (auto env = fromEnvironment(spec.kind, sources.environment))
        return std::move(*env);
    return Error::make(
        Error::Kind::PermissionDenied,
        azure
            ? tr("No credentials for %1. Save the storage account key or a SAS token in the keychain "
                 "(aks-recovery credentials set %1, reading it from stdin), give the velero credentials file "
                 "with --credentials-file, or set AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN.")
                  .arg(store)
            : tr("No credentials for %1. Save the access key in the keychain (aks-recovery credentials set "
                 "%1, reading it from stdin), give the velero credentials file with --credentials-file, or "
                 "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.")
                  .arg(store));
}

} // namespace aks
