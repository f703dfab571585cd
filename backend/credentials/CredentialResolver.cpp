#include "CredentialResolver.h"

#include "CredentialStore.h"
#include "CredentialsFileParser.h"
#include "SessionCredentials.h"
#include "core/Logging.h"

#include <QHostAddress>

#include <atomic>

#include <spdlog/spdlog.h>

namespace aks {
namespace {
std::atomic<CredentialResolver::Advice> credentialAdvice{CredentialResolver::Advice::CommandLine};
} // namespace

void CredentialResolver::setAdvice(Advice advice) {
    credentialAdvice = advice;
}

CredentialResolver::Advice CredentialResolver::advice() {
    return credentialAdvice;
}

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

Status CredentialResolver::checkTransport(const StoreSpec& spec) {
    if (spec.endpoint.isEmpty() ||
        spec.endpoint.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return {};
    const QString host = spec.endpoint.host();
    const bool loopback =
        host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
    if (spec.endpoint.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && loopback)
        return {};
    return Error::make(
        Error::Kind::BadInput,
        tr("The credentials for %1 are not sent to %2: over plain %3:// a secret would cross the "
           "network in clear text. Only a loopback emulator (127.0.0.1, ::1, localhost) may be "
           "reached without TLS.")
            .arg(spec.toString(), spec.endpoint.toString(QUrl::RemoveUserInfo), spec.endpoint.scheme()),
        tr("Use an https:// endpoint."));
}

Result<StoreCredentials> CredentialResolver::resolve(const StoreSpec& spec, const Sources& sources) {
    const bool azure = spec.kind == StoreSpec::Kind::AzureBlob;
    if (!azure && spec.kind != StoreSpec::Kind::S3)
        return Error::make(Error::Kind::BadInput,
                           tr("%1 is not a cloud store and needs no credentials.").arg(spec.toString()));
    if (Status st = checkTransport(spec); !st)
        return st.error();
    const QString store = spec.toString();
    if (auto typed = SessionCredentials::find(CredentialStore::entryName(spec)))
        return std::move(*typed);
    bool legacyIgnored = false;
    if (sources.keychain) {
        const QString entry = CredentialStore::entryName(spec);
        auto saved = CredentialStore::load(entry);
        if (saved && saved->has_value())
            return std::move(**saved);
        if (!saved)
            logLine(LogLevel::Warning, tr("Keychain not used for %1: %2").arg(entry, saved.error().message));
        // An entry saved before endpoints were part of its name may have been meant for another
        // endpoint: never sent, only pointed out.
        auto legacy = CredentialStore::load(CredentialStore::legacyEntryName(spec));
        legacyIgnored = legacy && legacy->has_value();
        if (legacyIgnored)
            logLine(LogLevel::Warning,
                    tr("The keychain holds credentials for %1 saved without an endpoint; they are not used. "
                       "Save them again with `aks-recovery credentials set %1` (and --endpoint).")
                        .arg(store));
    }
    if (!spec.credentialsFile.isEmpty())
        return CredentialsFileParser::parseFile(spec.credentialsFile, azure
                                                                          ? CredentialsFileParser::Want::Azure
                                                                          : CredentialsFileParser::Want::Aws);
    if (auto env = fromEnvironment(spec.kind, sources.environment))
        return std::move(*env);
    const QString legacyNote =
        legacyIgnored
            ? tr("The keychain entry for %1 saved by an older version, without its endpoint, is not used: "
                 "save the secret again for this endpoint.")
                  .arg(store)
            : QString();
    if (advice() == Advice::Desktop)
        return Error::make(
            Error::Kind::PermissionDenied,
            azure ? tr("No credentials for %1. Open the store with File > Open backup store... and type the "
                       "storage account key or a SAS token (kept in the keychain, or for this session only), "
                       "or name the velero credentials file there.")
                        .arg(store)
                  : tr("No credentials for %1. Open the store with File > Open backup store... and type the "
                       "access key id and secret (kept in the keychain, or for this session only), or name "
                       "the velero credentials file there.")
                        .arg(store),
            legacyNote);
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
                  .arg(store),
        legacyNote);
}

} // namespace aks
