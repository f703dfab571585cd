#include "core/Redactor.h"

#include <QTest>

using namespace aks;

class TestRedactor : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { Redactor::clearRegisteredSecrets(); }

    void patterns_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("sas sig")
            << QStringLiteral("GET https://acct.blob.core.windows.net/c?sv=2021&sig=abc%2Fdef123&se=x")
            << QStringLiteral("abc%2Fdef123");
        QTest::newRow("authorization")
            << QStringLiteral("Authorization: SharedKey acct:c2lnbmF0dXJl") << QStringLiteral("c2lnbmF0dXJl");
        QTest::newRow("aws auth")
            << QStringLiteral("authorization=AWS4-HMAC-SHA256 Credential=AKIA/2026, Signature=ff00aa")
            << QStringLiteral("ff00aa");
        QTest::newRow("account key")
            << QStringLiteral("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=Zm9vYmFy==;")
            << QStringLiteral("Zm9vYmFy==");
        QTest::newRow("ini secret") << QStringLiteral("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG")
                                    << QStringLiteral("wJalrXUtnFEMI/K7MDENG");
        QTest::newRow("azure file") << QStringLiteral("AZURE_CLIENT_SECRET=s3cr3t-value")
                                    << QStringLiteral("s3cr3t-value");
        QTest::newRow("password flag") << QStringLiteral("--password=hunter22") << QStringLiteral("hunter22");
        QTest::newRow("json password")
            << QStringLiteral(R"({"proxyPassword":"p@ss w0rd","user":"bob"})") << QStringLiteral("p@ss w0rd");
        QTest::newRow("json identity") << QStringLiteral(R"({"identity":"ZXlKaGJHY2lPaUpTVXpJMU5p"})")
                                       << QStringLiteral("ZXlKaGJHY2lPaUpTVXpJMU5p");
        QTest::newRow("pem") << QStringLiteral(
                                    "-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----")
                             << QStringLiteral("MIIEabc");
        QTest::newRow("amz signature")
            << QStringLiteral("https://s3/b/k?X-Amz-Signature=deadbeef&X-Amz-Date=1")
            << QStringLiteral("deadbeef");
    }

    void patterns() {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Redactor::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String(Redactor::kMask)), qPrintable(out));
    }

    void registeredSecretsAnywhere() {
        Redactor::registerSecret(QStringLiteral("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu"));
        const QString out = Redactor::redact(
            QStringLiteral("key was Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu in plain text"));
        QCOMPARE(out, QStringLiteral("key was ***REDACTED*** in plain text"));
    }

    void registeredSecretPercentEncoded() {
        Redactor::registerSecret(QStringLiteral("a+b/c=d=="));
        QVERIFY(
            !Redactor::redact(QStringLiteral("x?k=a%2Bb%2Fc%3Dd%3D%3D")).contains(QStringLiteral("a%2Bb")));
    }

    void shortSecretsAreNotRegistered() {
        Redactor::registerSecret(QStringLiteral("1"));
        QCOMPARE(Redactor::redact(QStringLiteral("node 1 of 3")), QStringLiteral("node 1 of 3"));
    }

    void ordinaryTextIsUntouched() {
        const QString text = QStringLiteral("velero backup get daily-20261118 -o json --kubeconfig /tmp/k");
        QCOMPARE(Redactor::redact(text), text);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
