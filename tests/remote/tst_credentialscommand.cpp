#include "cli/commands/CredentialsCommand.h"
#include "credentials/CredentialStore.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace aks;

class TestCredentialsCommand : public QObject {
    Q_OBJECT

    int run(const QStringList& args, const QByteArray& stdinText, QString* outText = nullptr,
            QString* errText = nullptr) {
        QBuffer in;
        in.setData(stdinText);
        in.open(QIODevice::ReadOnly);
        QString out, err;
        QTextStream o(&out), e(&err);
        CliContext ctx{EnvironmentConfig{}, o, e, CancelToken()};
        CredentialsCommand cmd(&in);
        const int rc = cmd.run(args, ctx);
        o.flush();
        e.flush();
        if (outText)
            *outText = out;
        if (errText)
            *errText = err;
        return rc;
    }

private slots:
    void setReadsTheSecretFromStdin() {
        QString err;
        QCOMPARE(run({QStringLiteral("set"), QStringLiteral("s3://cmdbucket/aks"),
                      QStringLiteral("--access-key-id"), QStringLiteral("minio")},
                     "stdin-secret-value-1\n", nullptr, &err),
                 0);
        auto saved = CredentialStore::load(QStringLiteral("s3://cmdbucket/aks endpoint=default"));
        QVERIFY(saved.ok() && saved->has_value());
        QCOMPARE((*saved)->secretAccessKey, QStringLiteral("stdin-secret-value-1"));
        QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("s3://cmdbucket/aks")}, {}), 0);
        QVERIFY(!CredentialStore::load(QStringLiteral("s3://cmdbucket/aks endpoint=default"))->has_value());
    }

    // The endpoint is part of the entry; a plain-http endpoint other than loopback is refused.
    void setBindsTheSecretToItsEndpoint() {
        QString err;
        QCOMPARE(run({QStringLiteral("set"), QStringLiteral("azure://acct2/velero"), QStringLiteral("--sas"),
                      QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:10000")},
                     "sv=1&sig=endpoint-bound\n", nullptr, &err),
                 0);
        auto bound =
            CredentialStore::load(QStringLiteral("azure://acct2/velero endpoint=http://127.0.0.1:10000"));
        QVERIFY(bound.ok() && bound->has_value());
        QVERIFY(!CredentialStore::load(QStringLiteral("azure://acct2/velero endpoint=default"))->has_value());
        QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("azure://acct2/velero"),
                      QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:10000")},
                     {}),
                 0);
        QCOMPARE(run({QStringLiteral("set"), QStringLiteral("azure://acct2/velero"),
                      QStringLiteral("--endpoint"), QStringLiteral("http://blob.example:10000")},
                     "a2V5\n", nullptr, &err),
                 2);
        QVERIFY(err.contains(QLatin1String("http://blob.example:10000")));
    }

    void setRefusesBadUsage() {
        QString err;
        QCOMPARE(run({QStringLiteral("set"), QStringLiteral("s3://velero")}, "x\n", nullptr, &err), 2);
        QVERIFY(err.contains(QLatin1String("--access-key-id")));
        QCOMPARE(run({QStringLiteral("set"), QStringLiteral("azure://acct2/velero")}, "", nullptr, &err), 2);
        QVERIFY(err.contains(QLatin1String("No secret on stdin")));
        QCOMPARE(run({QStringLiteral("set"), QStringLiteral("/tmp/folder")}, "x\n", nullptr, &err), 2);
        QCOMPARE(run({QStringLiteral("frobnicate"), QStringLiteral("s3://velero")}, {}), 2);
    }

    void importFileMovesTheSecretAndOffersToDeleteTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials-velero"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "AZURE_SUBSCRIPTION_ID=1\nAZURE_STORAGE_ACCOUNT_ACCESS_KEY=aW1wb3J0ZWQta2V5LXZhbHVlLTEyMw==\n");
        f.close();
        QString out;
        QCOMPARE(
            run({QStringLiteral("import-file"), QStringLiteral("azure://acct2/velero"), path}, "n\n", &out),
            0);
        QVERIFY(out.contains(QLatin1String("Delete it now? [y/N]")));
        QVERIFY(QFile::exists(path));
        QCOMPARE(
            run({QStringLiteral("import-file"), QStringLiteral("azure://acct2/velero"), path}, "y\n", &out),
            0);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!out.contains(QLatin1String("aW1wb3J0ZWQta2V5")));
        auto saved = CredentialStore::load(QStringLiteral("azure://acct2/velero endpoint=default"));
        QVERIFY(saved.ok() && saved->has_value());
        QCOMPARE((*saved)->accountKey, QStringLiteral("aW1wb3J0ZWQta2V5LXZhbHVlLTEyMw=="));
        QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("azure://acct2/velero")}, {}), 0);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsCommand)
#include "tst_credentialscommand.moc"
