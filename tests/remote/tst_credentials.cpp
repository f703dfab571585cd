#include "core/Logging.h"
#include "core/Redactor.h"
#include "credentials/CredentialResolver.h"
#include "credentials/CredentialStore.h"
#include "credentials/CredentialsFileParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

using namespace aks;

namespace {

const QString kAzureKey = QStringLiteral("c2VjcmV0LWFjY291bnQta2V5LWZvci10ZXN0cy0xMjM0NTY3OA==");
const QString kAwsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

StoreSpec azureSpec() {
    return StoreSpec::parse(QStringLiteral("azure://acct1/velero/aks")).value();
}
StoreSpec s3Spec() {
    return StoreSpec::parse(QStringLiteral("s3://velero/aks")).value();
}

} // namespace

class TestCredentials : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void cleanup() {
        for (const StoreSpec& spec : {azureSpec(), s3Spec()}) {
            QVERIFY(CredentialStore::remove(CredentialStore::entryName(spec)).ok());
            QVERIFY(CredentialStore::remove(CredentialStore::legacyEntryName(spec)).ok());
        }
        StoreSpec other = azureSpec();
        other.endpoint = QUrl(QStringLiteral("http://127.0.0.1:10000"));
        QVERIFY(CredentialStore::remove(CredentialStore::entryName(other)).ok());
    }

    void parsesTheAzurePluginFile() {
        const QByteArray text = "AZURE_SUBSCRIPTION_ID=1111\nAZURE_RESOURCE_GROUP=rg\n"
                                "AZURE_STORAGE_ACCOUNT_ACCESS_KEY=" +
                                kAzureKey.toLatin1() + "\nAZURE_CLOUD_NAME=AzurePublicCloud\n";
        auto c = CredentialsFileParser::parse(text, QStringLiteral("credentials-velero"),
                                              CredentialsFileParser::Want::Azure);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->kind, StoreCredentials::Kind::AzureSharedKey);
        QCOMPARE(c->accountKey, kAzureKey);
        QVERIFY(c->source.contains(QLatin1String("credentials-velero")));
        QVERIFY(!Redactor::redact(QStringLiteral("key ") + kAzureKey).contains(kAzureKey));
    }

    void explainsAServicePrincipalFile() {
        auto c = CredentialsFileParser::parse("AZURE_CLIENT_ID=x\nAZURE_CLIENT_SECRET=very-secret-value-1\n",
                                              QStringLiteral("sp.txt"), CredentialsFileParser::Want::Azure);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QLatin1String("service principal")),
                 qPrintable(c.error().message));
        QVERIFY(
            !Redactor::redact(QStringLiteral("very-secret-value-1")).contains(QLatin1String("very-secret")));
    }

    void parsesTheAwsPluginFile() {
        const QByteArray text = "# minio\n[default]\naws_access_key_id = minio\naws_secret_access_key = " +
                                kAwsSecret.toLatin1() +
                                "\n\n[other]\naws_access_key_id=o\naws_secret_access_key=o-secret-xyz\n";
        auto c = CredentialsFileParser::parse(text, QStringLiteral("minio.credentials"),
                                              CredentialsFileParser::Want::Aws);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->kind, StoreCredentials::Kind::AwsKeys);
        QCOMPARE(c->accessKeyId, QStringLiteral("minio"));
        QCOMPARE(c->secretAccessKey, kAwsSecret);
        auto other = CredentialsFileParser::parse(text, QStringLiteral("m"), CredentialsFileParser::Want::Aws,
                                                  QStringLiteral("other"));
        QVERIFY(other.ok());
        QCOMPARE(other->accessKeyId, QStringLiteral("o"));
        auto missing = CredentialsFileParser::parse(text, QStringLiteral("m"),
                                                    CredentialsFileParser::Want::Aws, QStringLiteral("prod"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("has no [prod] profile")));
    }

    void rejectsTheWrongFormat() {
        auto azureForAws = CredentialsFileParser::parse(
            "AZURE_STORAGE_ACCOUNT_ACCESS_KEY=abc\n", QStringLiteral("f"), CredentialsFileParser::Want::Aws);
        QVERIFY(!azureForAws.ok());
        QVERIFY(azureForAws.error().message.contains(QLatin1String("not an AWS credentials file")));
        auto awsForAzure = CredentialsFileParser::parse(
            "[default]\naws_access_key_id=a\n", QStringLiteral("f"), CredentialsFileParser::Want::Azure);
        QVERIFY(!awsForAzure.ok());
        QVERIFY(awsForAzure.error().message.contains(QLatin1String("looks like an AWS credentials file")));
        auto missing = CredentialsFileParser::parseFile(m_dir.filePath(QStringLiteral("none")),
                                                        CredentialsFileParser::Want::Aws);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void readsTheEnvironment() {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AZURE_STORAGE_SAS_TOKEN"),
                   QStringLiteral("?sv=2019-12-12&sig=abcdefgh12345"));
        auto sas = CredentialResolver::fromEnvironment(StoreSpec::Kind::AzureBlob, env);
        QVERIFY(sas.has_value());
        QCOMPARE(sas->kind, StoreCredentials::Kind::AzureSas);
        QCOMPARE(sas->sasToken, QStringLiteral("sv=2019-12-12&sig=abcdefgh12345"));
        env.insert(QStringLiteral("AZURE_STORAGE_KEY"), kAzureKey);
        QCOMPARE(CredentialResolver::fromEnvironment(StoreSpec::Kind::AzureBlob, env)->kind,
                 StoreCredentials::Kind::AzureSharedKey);
        QVERIFY(!CredentialResolver::fromEnvironment(StoreSpec::Kind::S3, env).has_value());
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIA1"));
        QVERIFY(!CredentialResolver::fromEnvironment(StoreSpec::Kind::S3, env).has_value()); // needs both
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kAwsSecret);
        auto aws = CredentialResolver::fromEnvironment(StoreSpec::Kind::S3, env);
        QVERIFY(aws.has_value());
        QCOMPARE(aws->secretAccessKey, kAwsSecret);
    }

    void keychainRoundTrip() {
        StoreCredentials c;
        c.kind = StoreCredentials::Kind::AwsKeys;
        c.accessKeyId = QStringLiteral("minio");
        c.secretAccessKey = kAwsSecret;
        const QString store = s3Spec().toString();
        const Status saved = CredentialStore::save(store, c);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        auto loaded = CredentialStore::load(store);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->accessKeyId, QStringLiteral("minio"));
        QCOMPARE((*loaded)->secretAccessKey, kAwsSecret);
        QCOMPARE((*loaded)->kind, StoreCredentials::Kind::AwsKeys);
        QVERIFY(CredentialStore::remove(store).ok());
        auto gone = CredentialStore::load(store);
        QVERIFY(gone.ok());
        QVERIFY(!gone->has_value());
        QVERIFY(CredentialStore::remove(store).ok()); // deleting twice is fine
    }

    void keychainWinsThenFileThenEnvironment() {
        StoreSpec spec = azureSpec();
        spec.credentialsFile = writeFile(m_dir, QStringLiteral("azure.txt"),
                                         "AZURE_STORAGE_ACCOUNT_ACCESS_KEY=ZmlsZS1rZXktdmFsdWUtMTIzNA==\n");
        CredentialResolver::Sources sources;
        sources.environment = QProcessEnvironment();
        sources.environment.insert(QStringLiteral("AZURE_STORAGE_KEY"),
                                   QStringLiteral("ZW52LWtleS12YWx1ZS01Njc4"));

        StoreCredentials saved;
        saved.kind = StoreCredentials::Kind::AzureSas;
        saved.sasToken = QStringLiteral("sv=2019-12-12&sig=keychain-signature-1");
        QVERIFY(CredentialStore::save(CredentialStore::entryName(spec), saved).ok());
        auto first = CredentialResolver::resolve(spec, sources);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->kind, StoreCredentials::Kind::AzureSas);
        QCOMPARE(first->source, QStringLiteral("the OS keychain"));

        QVERIFY(CredentialStore::remove(CredentialStore::entryName(spec)).ok());
        auto second = CredentialResolver::resolve(spec, sources);
        QVERIFY(second.ok());
        QCOMPARE(second->accountKey, QStringLiteral("ZmlsZS1rZXktdmFsdWUtMTIzNA=="));

        spec.credentialsFile.clear();
        auto third = CredentialResolver::resolve(spec, sources);
        QVERIFY(third.ok());
        QCOMPARE(third->accountKey, QStringLiteral("ZW52LWtleS12YWx1ZS01Njc4"));
        QCOMPARE(third->source, QStringLiteral("the environment"));

        sources.environment = QProcessEnvironment();
        auto none = CredentialResolver::resolve(spec, sources);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(
                     QLatin1String("aks-recovery credentials set azure://acct1/velero/aks")),
                 qPrintable(none.error().message));
        QVERIFY(none.error().message.contains(QLatin1String("AZURE_STORAGE_KEY")));
    }

    // Issue 16, attack 5: a SAS token saved for one account and endpoint is never sent to another.
    void keychainSecretIsBoundToItsEndpoint() {
        CredentialResolver::Sources sources;
        sources.environment = QProcessEnvironment();
        StoreSpec azurite = azureSpec();
        azurite.endpoint = QUrl(QStringLiteral("http://127.0.0.1:10000"));
        StoreCredentials saved;
        saved.kind = StoreCredentials::Kind::AzureSas;
        saved.sasToken = QStringLiteral("sv=2019-12-12&sig=bound-to-azurite");
        QVERIFY(CredentialStore::save(CredentialStore::entryName(azurite), saved).ok());
        QVERIFY(CredentialResolver::resolve(azurite, sources).ok());

        StoreSpec elsewhere = azureSpec();
        elsewhere.endpoint = QUrl(QStringLiteral("https://attacker.example"));
        auto other = CredentialResolver::resolve(elsewhere, sources);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, Error::Kind::PermissionDenied);
        auto publicCloud = CredentialResolver::resolve(azureSpec(), sources);
        QVERIFY(!publicCloud.ok());
        QVERIFY(CredentialStore::entryName(azurite) != CredentialStore::entryName(elsewhere));
    }

    // Secrets never cross plain http:// except to a loopback emulator.
    void plainHttpOnlyToLoopback_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("azurite") << "http://127.0.0.1:10000" << true;
        QTest::newRow("loopback-range") << "http://127.8.9.10:9000" << true;
        QTest::newRow("ipv6-loopback") << "http://[::1]:9000" << true;
        QTest::newRow("localhost") << "http://LOCALHOST:9000" << true;
        QTest::newRow("https") << "https://minio.example:9000" << true;
        QTest::newRow("public-cloud") << "" << true;
        QTest::newRow("lan-minio") << "http://10.0.0.5:9000" << false;
        QTest::newRow("hostname") << "http://minio.local:9000" << false;
        QTest::newRow("localhost-lookalike") << "http://localhost.attacker.example" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    }

    void plainHttpOnlyToLoopback() {
        QFETCH(QString, endpoint);
        QFETCH(bool, allowed);
        StoreSpec spec = s3Spec();
        spec.endpoint = QUrl(endpoint);
        CredentialResolver::Sources sources;
        sources.keychain = false;
        sources.environment = QProcessEnvironment();
        sources.environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("minio"));
        sources.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kAwsSecret);
        auto c = CredentialResolver::resolve(spec, sources);
        QCOMPARE(c.ok(), allowed);
        if (!allowed) {
            QCOMPARE(c.error().kind, Error::Kind::BadInput);
            QVERIFY(!c.error().fullText().contains(kAwsSecret));
        }
    }

    // A secret saved before the endpoint was part of the entry's name is never used.
    void legacyEntryIsIgnored() {
        StoreCredentials saved;
        saved.kind = StoreCredentials::Kind::AzureSharedKey;
        saved.accountKey = QStringLiteral("bGVnYWN5LWtleS0xMjM0");
        QVERIFY(CredentialStore::save(CredentialStore::legacyEntryName(azureSpec()), saved).ok());
        CredentialResolver::Sources sources;
        sources.environment = QProcessEnvironment();
        auto r = CredentialResolver::resolve(azureSpec(), sources);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(QLatin1String("without its endpoint")),
                 qPrintable(r.error().detail));
    }

    void loadedSecretsNeverReachTheLog() {
        QTemporaryDir logs;
        initLogging({logs.path(), false, true});
        const QString file =
            writeFile(m_dir, QStringLiteral("minio.credentials"),
                      "[default]\naws_access_key_id=minio\naws_secret_access_key=Zq81-unique-"
                      "secret-for-log-test\n");
        StoreSpec spec = s3Spec();
        spec.credentialsFile = file;
        CredentialResolver::Sources sources;
        sources.keychain = false;
        sources.environment = QProcessEnvironment();
        auto c = CredentialResolver::resolve(spec, sources);
        QVERIFY(c.ok());
        spdlog::info("resolved {}", c->secretAccessKey.toStdString());
        spdlog::default_logger()->flush();
        QFile log(logFilePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("resolved"));
        QVERIFY(!text.contains("Zq81-unique-secret-for-log-test"));
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
