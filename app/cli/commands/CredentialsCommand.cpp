#include "CredentialsCommand.h"

#include "credentials/CredentialResolver.h"
#include "credentials/CredentialStore.h"
#include "credentials/CredentialsFileParser.h"
#include "store/StoreSpec.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace aks {

QString CredentialsCommand::readLine() {
    if (m_input)
        return QString::fromUtf8(m_input->readLine()).trimmed();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

int CredentialsCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("  credentials set STORE [--sas] [--access-key-id ID]   the secret is read from stdin\n"
           "  credentials delete STORE\n"
           "  credentials import-file STORE FILE [--delete-file | --keep-file]\n"
           "STORE is azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX]."));
    p.addOption(
        {QStringLiteral("sas"), tr("Azure: the secret is a SAS token, not the storage account key.")});
    p.addOption(
        {QStringLiteral("access-key-id"), tr("S3: the access key id the secret belongs to."), tr("ID")});
    p.addOption({QStringLiteral("profile"), tr("import-file, S3: the profile to read (default: default)."),
                 tr("NAME")});
    p.addOption(
        {QStringLiteral("delete-file"), tr("import-file: delete the file once its secret is saved.")});
    p.addOption({QStringLiteral("keep-file"), tr("import-file: keep the file.")});
    p.addOption(
        {QStringLiteral("endpoint"),
         tr("The custom endpoint (Azurite, Azure Stack Hub, MinIO) the secret is for; it is only ever "
            "sent there."),
         QStringLiteral("URL")});
    if (auto done = parseOptions(p, args, ctx, true))
        return *done;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const int wantArgs = action == QLatin1String("import-file") ? 3 : 2;
    if ((action != QLatin1String("set") && action != QLatin1String("delete") &&
         action != QLatin1String("import-file")) ||
        pos.size() != wantArgs) {
        ctx.err
            << tr("Usage: aks-recovery credentials set|delete STORE, or credentials import-file STORE FILE.")
            << Qt::endl;
        return ExitUsage;
    }
    auto spec = StoreSpec::parse(pos.at(1));
    if (!spec) {
        ctx.err << spec.error().message << Qt::endl;
        return ExitUsage;
    }
    const bool azure = spec->kind == StoreSpec::Kind::AzureBlob;
    if (!azure && spec->kind != StoreSpec::Kind::S3) {
        ctx.err
            << tr("%1 is not a cloud store; only azure:// and s3:// stores have credentials.").arg(pos.at(1))
            << Qt::endl;
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("endpoint"))) {
        const QUrl url(p.value(QStringLiteral("endpoint")), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            ctx.err << tr("'%1' is not a valid endpoint URL.").arg(p.value(QStringLiteral("endpoint")))
                    << Qt::endl;
            return ExitUsage;
        }
        spec->endpoint = url;
    }
    if (Status st = CredentialResolver::checkTransport(*spec); !st && action != QLatin1String("delete")) {
        ctx.err << st.error().fullText() << Qt::endl;
        return ExitUsage;
    }
    const QString store = spec->toString();
    const QString entry = CredentialStore::entryName(*spec);

    if (action == QLatin1String("delete")) {
        // The entry an older version saved without its endpoint goes too.
        for (const QString& name : {entry, CredentialStore::legacyEntryName(*spec)})
            if (Status s = CredentialStore::remove(name); !s) {
                ctx.err << s.error().message << Qt::endl;
                return ExitFailure;
            }
        ctx.out << tr("Deleted the credentials for %1 from the OS keychain.").arg(store) << Qt::endl;
        return ExitOk;
    }

    StoreCredentials c;
    if (action == QLatin1String("set")) {
        if (!azure && !p.isSet(QStringLiteral("access-key-id"))) {
            ctx.err << tr("An S3 store needs --access-key-id ID; the secret access key is read from stdin.")
                    << Qt::endl;
            return ExitUsage;
        }
        const QString secret = readLine();
        if (secret.isEmpty()) {
            ctx.err << tr("No secret on stdin. Pipe it in, e.g. from your password manager.") << Qt::endl;
            return ExitUsage;
        }
        if (azure && p.isSet(QStringLiteral("sas"))) {
            c.kind = StoreCredentials::Kind::AzureSas;
            c.sasToken = secret.startsWith(QLatin1Char('?')) ? secret.mid(1) : secret;
        } else if (azure) {
            c.kind = StoreCredentials::Kind::AzureSharedKey;
            c.accountKey = secret;
        } else {
            c.kind = StoreCredentials::Kind::AwsKeys;
            c.accessKeyId = p.value(QStringLiteral("access-key-id"));
            c.secretAccessKey = secret;
        }
        c.registerSecrets();
    } else {
        const QString file = pos.at(2);
        auto parsed = CredentialsFileParser::parseFile(
            file, azure ? CredentialsFileParser::Want::Azure : CredentialsFileParser::Want::Aws,
            p.isSet(QStringLiteral("profile")) ? p.value(QStringLiteral("profile"))
                                               : QStringLiteral("default"));
        if (!parsed) {
            ctx.err << parsed.error().message << Qt::endl;
            return ExitFailure;
        }
        c = *parsed;
    }
    if (Status s = CredentialStore::save(entry, c); !s) {
        ctx.err << s.error().message << Qt::endl;
        return ExitFailure;
    }
    ctx.out << tr("Saved the credentials for %1 in the OS keychain.").arg(store) << Qt::endl;
    if (action != QLatin1String("import-file"))
        return ExitOk;

    const QString file = pos.at(2);
    bool remove = p.isSet(QStringLiteral("delete-file"));
    if (!remove && !p.isSet(QStringLiteral("keep-file"))) {
        ctx.out << tr("%1 still holds the secret in plain text. Delete it now? [y/N] ").arg(file)
                << Qt::flush;
        const QString answer = readLine().toLower();
        remove = answer == QLatin1String("y") || answer == QLatin1String("yes");
    }
    if (remove) {
        if (!QFile::remove(file)) {
            ctx.err << tr("Cannot delete %1; delete it yourself.").arg(file) << Qt::endl;
            return ExitFailure;
        }
        ctx.out << tr("Deleted %1.").arg(file) << Qt::endl;
    } else {
        ctx.out
            << tr("Kept %1; delete it once you no longer need it, since it holds the secret in plain text.")
                   .arg(file)
            << Qt::endl;
    }
    return ExitOk;
}

} // namespace aks
