#include "CredentialsFileParser.h"

#include "core/Redactor.h"

#include <QFile>
#include <QHash>

namespace aks {
namespace {

constexpr qint64 kMaxFileSize = 64 * 1024;

QString unquote(QString v) {
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))) &&
        v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v;
}

} // namespace

Result<StoreCredentials> CredentialsFileParser::parseFile(const QString& path, Want want,
                                                          const QString& profile) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           tr("Cannot read the credentials file %1: %2.").arg(path, f.errorString()));
    if (f.size() > kMaxFileSize)
        return Error::make(Error::Kind::BadInput,
                           tr("%1 is too large to be a velero credentials file.").arg(path));
    return parse(f.readAll(), path, want, profile);
}

Result<StoreCredentials> CredentialsFileParser::parse(const QByteArray& text, const QString& fileName,
                                                      Want want, const QString& profile) {
    // Both formats are KEY=value lines; the AWS one groups them under [profile] headers.
    QHash<QString, QHash<QString, QString>> sections;
    QString section;
    bool sawSection = false;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed();
            if (section.startsWith(QLatin1String("profile ")))
                section = section.mid(8).trimmed();
            sawSection = true;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        QString key = line.left(eq).trimmed();
        if (key.startsWith(QLatin1String("export ")))
            key = key.mid(7).trimmed();
        const QString value = unquote(line.mid(eq + 1));
        // Other secrets in the file (a client secret) must not leak either.
        const QString upper = key.toUpper();
        if (upper.contains(QLatin1String("SECRET")) || upper.contains(QLatin1String("KEY")) ||
            upper.contains(QLatin1String("TOKEN")) || upper.contains(QLatin1String("PASSWORD")))
            Redactor::registerSecret(value);
        sections[section].insert(want == Want::Aws ? key.toLower() : key, value);
    }

    StoreCredentials c;
    c.source = tr("the credentials file %1").arg(fileName);
    if (want == Want::Azure) {
        const auto& kv = sections.value(QString());
        c.accountKey = kv.value(QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY"),
                                kv.value(QStringLiteral("AZURE_STORAGE_KEY")));
        if (!c.accountKey.isEmpty()) {
            c.kind = StoreCredentials::Kind::AzureSharedKey;
            c.registerSecrets();
            return c;
        }
        c.sasToken = kv.value(QStringLiteral("AZURE_STORAGE_SAS_TOKEN"));
        // The '?' goes before the emptiness check: a lone "?" is no token, not an empty one that
        // signs nothing (found with fuzz_credentials_file).
        if (c.sasToken.startsWith(QLatin1Char('?')))
            c.sasToken.remove(0, 1);
        if (!c.sasToken.isEmpty()) {
            c.kind = StoreCredentials::Kind::AzureSas;
            c.registerSecrets();
            return c;
        }
        if (kv.contains(QStringLiteral("AZURE_CLIENT_SECRET")) ||
            kv.contains(QStringLiteral("AZURE_CLIENT_ID")))
            return Error::make(
                Error::Kind::BadInput,
                tr("%1 holds service principal credentials (AZURE_CLIENT_ID/AZURE_CLIENT_SECRET); "
                   "this app reads the storage with the storage account key. Add "
                   "AZURE_STORAGE_ACCOUNT_ACCESS_KEY=<key> or give the key another way.")
                    .arg(fileName));
        return Error::make(Error::Kind::BadInput,
                           sawSection
                               ? tr("%1 looks like an AWS credentials file, but the store is on Azure Blob "
                                    "Storage; it needs a line AZURE_STORAGE_ACCOUNT_ACCESS_KEY=<key>.")
                                     .arg(fileName)
                               : tr("%1 has no line AZURE_STORAGE_ACCOUNT_ACCESS_KEY=<key>.").arg(fileName));
    }

    const QString wanted = profile.isEmpty() ? QStringLiteral("default") : profile;
    if (!sections.contains(wanted))
        return Error::make(Error::Kind::BadInput,
                           sawSection ? tr("%1 has no [%2] profile.").arg(fileName, wanted)
                                      : tr("%1 is not an AWS credentials file: it needs a [%2] profile with "
                                           "aws_access_key_id and aws_secret_access_key.")
                                            .arg(fileName, wanted));
    const auto& kv = sections.value(wanted);
    c.kind = StoreCredentials::Kind::AwsKeys;
    c.accessKeyId = kv.value(QStringLiteral("aws_access_key_id"));
    c.secretAccessKey = kv.value(QStringLiteral("aws_secret_access_key"));
    c.sessionToken = kv.value(QStringLiteral("aws_session_token"));
    if (c.accessKeyId.isEmpty() || c.secretAccessKey.isEmpty())
        return Error::make(
            Error::Kind::BadInput,
            tr("The [%1] profile in %2 needs both aws_access_key_id and aws_secret_access_key.")
                .arg(wanted, fileName));
    c.registerSecrets();
    return c;
}

} // namespace aks
