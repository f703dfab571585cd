// Velero credentials files (--secret-file): the Azure plugin's KEY=value lines and the AWS
// plugin's INI profiles, as admins hand them to the app.
#include "FuzzSupport.h"
#include "core/Redactor.h"
#include "credentials/CredentialsFileParser.h"

#include <cstddef>
#include <cstdint>

namespace {
// A secret that was read is masked in everything logged from then on.
void checkMasked(const QString& secret) {
    if (secret.trimmed().size() < 6 || secret.contains(QLatin1String("REDACTED")))
        return; // short values are not registered; the mask itself cannot mask anything
    if (aks::Redactor::redact(secret) == secret)
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    const QByteArray text = aksfuzz::bytes(data, size).toByteArray();
    using P = aks::CredentialsFileParser;
    const QString file = QStringLiteral("credentials-velero");

    if (const auto azure = P::parse(text, file, P::Want::Azure)) {
        if (azure->kind == aks::StoreCredentials::Kind::AzureSharedKey && azure->accountKey.isEmpty())
            __builtin_trap();
        if (azure->kind == aks::StoreCredentials::Kind::AzureSas && azure->sasToken.isEmpty())
            __builtin_trap();
        if (azure->kind == aks::StoreCredentials::Kind::AwsKeys)
            __builtin_trap();
        checkMasked(azure->accountKey);
        checkMasked(azure->sasToken);
    }
    for (const QString& profile : {QStringLiteral("default"), QStringLiteral("minio"), QString()}) {
        const auto aws = P::parse(text, file, P::Want::Aws, profile);
        if (!aws)
            continue;
        if (aws->kind != aks::StoreCredentials::Kind::AwsKeys || aws->accessKeyId.isEmpty() ||
            aws->secretAccessKey.isEmpty())
            __builtin_trap();
        checkMasked(aws->secretAccessKey);
        checkMasked(aws->sessionToken);
    }
    // Secrets registered by one input must not pile up over the run.
    aks::Redactor::clearRegisteredSecrets();
    return 0;
}
