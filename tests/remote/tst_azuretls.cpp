#include "AzuriteFixture.h"
#include "store/AzureBlobStore.h"

#include <QTest>

using namespace aks;
using aks::test::AzuriteFixture;

// TLS is always verified: a certificate from an unknown CA is refused with a clear error, and
// accepted once its CA is given as the store's CA file.
class TestAzureTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_certs;
    AzuriteFixture m_azurite;

    AzureBlobStore store(const QString& caFile) const {
        StoreSpec s = StoreSpec::parse(QStringLiteral("azure://devstoreaccount1/velero")).value();
        s.endpoint = m_azurite.endpoint();
        StoreCredentials c;
        c.kind = StoreCredentials::Kind::AzureSharedKey;
        c.accountKey = QString::fromLatin1(AzuriteFixture::kKey);
        c.source = QStringLiteral("the test");
        HttpOptions http;
        http.caFile = caFile;
        return AzureBlobStore(s, c, http);
    }

private slots:
    void initTestCase() {
        // A private CA and a server certificate for 127.0.0.1 signed by it.
        const QString dir = m_certs.path();
        auto openssl = [&](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.start(QStringLiteral("openssl"), args);
            return p.waitForFinished(60000) && p.exitCode() == 0
                       ? QString()
                       : QString::fromUtf8(p.readAllStandardError());
        };
        QString e = openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Test CA"),
                             QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                             QStringLiteral("ca.pem")});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QFile ext(m_certs.filePath(QStringLiteral("ext.cnf")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
        ext.close();
        e = openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                     QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                     QStringLiteral("server.csr")});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                     QStringLiteral("ext.cnf"), QStringLiteral("-out"), QStringLiteral("server.pem")});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QString problem = m_azurite.start(m_certs.filePath(QStringLiteral("server.pem")),
                                                m_certs.filePath(QStringLiteral("server.key")));
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("Azurite is required for this test: ") + problem));
    }

    void unknownCaIsRefused() {
        auto s = store({});
        auto r = s.list(QString(), CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(
            r.error().message.contains(QLatin1String("TLS certificate of 127.0.0.1 could not be verified")),
            qPrintable(r.error().message));
        QVERIFY(!r.error().detail.isEmpty());
    }

    void givenCaIsTrusted() {
        auto s = store(m_certs.filePath(QStringLiteral("ca.pem")));
        auto r = s.list(QString(), CancelToken());
        // The container does not exist: what matters is that TLS got through to Azurite's answer.
        QVERIFY(!r.ok());
        QVERIFY2(r.error().kind == Error::Kind::NotFound, qPrintable(r.error().fullText()));
    }
};

QTEST_GUILESS_MAIN(TestAzureTls)
#include "tst_azuretls.moc"
