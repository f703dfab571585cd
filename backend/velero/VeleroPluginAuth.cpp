#include "VeleroPluginAuth.h"

#include "VeleroCliTable.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace aks {
namespace {

QString bareProvider(const QString& provider) {
    return provider.startsWith(QLatin1String("velero.io/")) ? provider.mid(10) : provider;
}

std::optional<QString> invalidKeys(const QString& provider, const QMap<QString, QString>& config) {
    const QStringList allowed = VeleroCliTable::instance().bslConfigKeys(provider);
    QStringList bad;
    for (auto it = config.cbegin(); it != config.cend(); ++it)
        if (!allowed.contains(it.key()))
            bad << it.key();
    if (bad.isEmpty())
        return std::nullopt;
    return QStringLiteral("config has invalid keys [%1]; valid keys are [%2]")
        .arg(bad.join(QLatin1Char(' ')), allowed.join(QLatin1Char(' ')));
}

std::optional<QString> boolValue(const QMap<QString, QString>& config, const QString& key) {
    static const QStringList valid{QStringLiteral("1"),     QStringLiteral("t"),     QStringLiteral("T"),
                                   QStringLiteral("true"),  QStringLiteral("TRUE"),  QStringLiteral("True"),
                                   QStringLiteral("0"),     QStringLiteral("f"),     QStringLiteral("F"),
                                   QStringLiteral("false"), QStringLiteral("FALSE"), QStringLiteral("False")};
    if (!config.contains(key) || valid.contains(config.value(key)))
        return std::nullopt;
    return QStringLiteral(
               "could not parse %1 (expected bool): strconv.ParseBool: parsing \"%2\": invalid syntax")
        .arg(key, config.value(key));
}

bool isTrue(const QString& v) {
    return v == QLatin1String("1") || v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
           v == QLatin1String("t") || v == QLatin1String("T");
}

} // namespace

QMap<QString, QString> VeleroPluginAuth::dotenv(const QByteArray& text) {
    QMap<QString, QString> out;
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 &&
            (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) &&
            value.endsWith(value.at(0)))
            value = value.mid(1, value.size() - 2);
        out.insert(line.left(eq).trimmed().remove(QRegularExpression(QStringLiteral("^export\\s+"))), value);
    }
    return out;
}

std::optional<QString> VeleroPluginAuth::problem(const QString& provider,
                                                 const QMap<QString, QString>& config,
                                                 const QByteArray& credentials) {
    const QString p = bareProvider(provider);
    if (p == QLatin1String("azure"))
        return azure(config, credentials);
    if (p == QLatin1String("aws"))
        return aws(config, credentials);
    return QStringLiteral("unable to locate ObjectStore plugin named velero.io/%1").arg(p);
}

std::optional<QString> VeleroPluginAuth::azure(const QMap<QString, QString>& config,
                                               const QByteArray& credentials) {
    if (auto bad = invalidKeys(QStringLiteral("azure"), config))
        return bad;
    const QString account = config.value(QStringLiteral("storageAccount"));
    if (account.isEmpty())
        return QStringLiteral("storageAccount is required in BSL");
    const QMap<QString, QString> file = dotenv(credentials);
    const QString cloud = file.value(QStringLiteral("AZURE_CLOUD_NAME")).toLower();
    static const QStringList clouds{QString(),
                                    QStringLiteral("azurepubliccloud"),
                                    QStringLiteral("azurecloud"),
                                    QStringLiteral("azurechinacloud"),
                                    QStringLiteral("azureusgovernment"),
                                    QStringLiteral("azureusgovernmentcloud")};
    if (!clouds.contains(cloud))
        return QStringLiteral("unknown cloud: %1").arg(file.value(QStringLiteral("AZURE_CLOUD_NAME")));

    // 1. Shared key from the variable the BSL names.
    const QString keyVar = config.value(QStringLiteral("storageAccountKeyEnvVar"));
    if (!keyVar.isEmpty()) {
        if (file.value(keyVar).isEmpty())
            return QStringLiteral("no storage account access key with key %1 found in credential")
                .arg(keyVar);
        return std::nullopt;
    }
    if (auto bad = boolValue(config, QStringLiteral("useAAD")))
        return bad;
    // The credential chain: a service principal when the file has a secret or certificate.
    const bool secretOrCert = !file.value(QStringLiteral("AZURE_CLIENT_SECRET")).isEmpty() ||
                              !file.value(QStringLiteral("AZURE_CLIENT_CERTIFICATE")).isEmpty() ||
                              !file.value(QStringLiteral("AZURE_CLIENT_CERTIFICATE_PATH")).isEmpty();
    const bool username = !file.value(QStringLiteral("AZURE_USERNAME")).isEmpty();
    std::optional<QString> credentialProblem;
    if (secretOrCert || username) {
        if (!secretOrCert || file.value(QStringLiteral("AZURE_TENANT_ID")).isEmpty() ||
            file.value(QStringLiteral("AZURE_CLIENT_ID")).isEmpty())
            return QStringLiteral(
                "failed to create Azure AD credential: incomplete credential configuration. "
                "Check AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET");
    } else {
        credentialProblem =
            QStringLiteral("ManagedIdentityCredential: no default identity is assigned to this resource (the "
                           "credentials file "
                           "holds no service principal and this node has no managed identity)");
    }
    // 2. AAD data-plane access.
    if (isTrue(config.value(QStringLiteral("useAAD")))) {
        if (credentialProblem)
            return QStringLiteral("failed to get storage account client: %1").arg(*credentialProblem);
        return std::nullopt;
    }
    // 3. Exchange a key through ARM ListKeys.
    const QString subscription =
        config.value(QStringLiteral("subscriptionId"), file.value(QStringLiteral("AZURE_SUBSCRIPTION_ID")));
    if (subscription.isEmpty())
        return QStringLiteral(
            "failed to get storage account access key: subscription ID is required in BSL or "
            "credential to create the storage account client");
    const QString group =
        config.value(QStringLiteral("resourceGroup"), file.value(QStringLiteral("AZURE_RESOURCE_GROUP")));
    if (group.isEmpty())
        return QStringLiteral(
            "failed to get storage account access key: resource group is required in BSL or "
            "credential to exchange the storage account access key");
    if (credentialProblem)
        return QStringLiteral("failed to get storage account access key: %1").arg(*credentialProblem);
    return std::nullopt;
}

std::optional<QString> VeleroPluginAuth::aws(const QMap<QString, QString>& config,
                                             const QByteArray& credentials) {
    if (auto bad = invalidKeys(QStringLiteral("aws"), config))
        return bad;
    for (const char* key : {"s3ForcePathStyle", "insecureSkipTLSVerify"})
        if (auto bad = boolValue(config, QString::fromLatin1(key)))
            return bad;
    int encryption = 0;
    for (const char* key : {"kmsKeyId", "customerKeyEncryptionFile", "customerKeyEncryptionSecret"})
        encryption += config.value(QString::fromLatin1(key)).isEmpty() ? 0 : 1;
    if (encryption > 1)
        return QStringLiteral(
            "only one of kmsKeyId, customerKeyEncryptionFile or customerKeyEncryptionSecret may be set");
    const QString s3Url = config.value(QStringLiteral("s3Url"));
    if (!s3Url.isEmpty()) {
        const QUrl url(s3Url);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return QStringLiteral("invalid s3Url %1, URL must be valid according to "
                                  "https://golang.org/pkg/net/url/#Parse "
                                  "and start with http:// or https://")
                .arg(s3Url);
        if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
            return QStringLiteral("path is not expected in s3Url %1").arg(s3Url);
    }
    // Plugin >= 1.14.1 wants a signing region with s3Url; without s3Url only real AWS can look it up.
    if (config.value(QStringLiteral("region")).isEmpty())
        return QStringLiteral("A region must be set");
    const QString profile = config.value(QStringLiteral("profile"), QStringLiteral("default"));
    QString section;
    QMap<QString, QString> values;
    for (const QByteArray& raw : credentials.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (section == profile && eq > 0)
            values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    if (values.value(QStringLiteral("aws_access_key_id")).isEmpty() ||
        values.value(QStringLiteral("aws_secret_access_key")).isEmpty())
        return QStringLiteral(
                   "failed to retrieve credentials: no aws_access_key_id and aws_secret_access_key in "
                   "profile %1 of the credentials file")
            .arg(profile);
    return std::nullopt;
}

} // namespace aks
