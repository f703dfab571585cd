// Only pipeline output becomes the answer: host lines, warnings and verbose text a cmdlet writes are
// framed separately by the host script and go to the log, redacted.
#include "../clusters/SimFixture.h"
#include "core/Redactor.h"
#include "powershell/FrameReader.h"
#include "powershell/PowerShellExecutor.h"
#include "powershell/PowerShellProtocol.h"

#include "JsonCompare.h"

#include <QTest>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

using namespace aks;

class TstPsFraming : public QObject {
    Q_OBJECT
    SimFixture m_sim;
    std::ostringstream m_log;
    std::shared_ptr<spdlog::logger> m_previous;

private slots:
    void initTestCase() {
        m_previous = spdlog::default_logger();
        auto logger =
            std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log));
        logger->set_level(spdlog::level::debug);
        spdlog::set_default_logger(logger);
    }
    void cleanupTestCase() { spdlog::set_default_logger(m_previous); }

    void readerSeparatesRecords() {
        const QString nonce = QStringLiteral("abc123");
        FrameReader r(nonce, 4);
        const QByteArray p = "@@AKS abc123 4 ";
        r.feed("banner\n" + p + "BEGIN\n" + p + "STREAM host " + QByteArray("Installing...").toBase64() +
               "\n" + p + "STREAM warning " + QByteArray("slow\nsecond line").toBase64() +
               "\n{\"Name\":\"c\"}\n" + p + "END 1 " + QByteArray("boom").toBase64() + ' ' +
               QByteArray("Id,Cmd").toBase64() + "\n");
        QVERIFY(r.finished());
        QCOMPARE(r.body(), QByteArray("{\"Name\":\"c\"}\n"));
        QCOMPARE(r.records().size(), 2);
        QCOMPARE(r.records()[0].kind, QStringLiteral("host"));
        QCOMPARE(r.records()[1].text, QStringLiteral("slow\nsecond line"));
        QCOMPARE(r.errorId(), QStringLiteral("Id,Cmd"));
        // An END without an id (older hosts) still parses.
        FrameReader old(nonce, 4);
        old.feed(p + "BEGIN\n" + p + "END 0 \n");
        QVERIFY(old.finished() && old.errorId().isEmpty() && old.records().isEmpty());
    }

    void recordsCountAgainstTheCap() {
        FrameReader r(QStringLiteral("n"), 1, 64);
        const QByteArray p = "@@AKS n 1 ";
        QByteArray in = p + "BEGIN\n";
        for (int i = 0; i < 10; ++i)
            in += p + "STREAM verbose " + QByteArray(20, 'x').toBase64() + "\n";
        r.feed(in);
        QVERIFY(r.tooLarge());
    }

    // The host script stays valid for the real engine: no prompts, no progress, streams 2-6 redirected.
    void hostScriptPreamble() {
        const QString s = PowerShellProtocol::hostScript(QStringLiteral("n"), true);
        QVERIFY(s.contains(QStringLiteral("$ConfirmPreference = 'None'")));
        QVERIFY(s.contains(QStringLiteral("$ProgressPreference = 'SilentlyContinue'")));
        QVERIFY(s.contains(QStringLiteral("2>&1 3>&1 4>&1 5>&1 6>&1")));
        QVERIFY(s.contains(QStringLiteral("STREAM $kind")));
        QVERIFY(s.contains(QStringLiteral("$_.FullyQualifiedErrorId")));
    }

    void hostOutputStaysOutOfTheAnswer_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("long-lived") << int(EnvironmentConfig::PowerShellMode::LongLived);
        QTest::newRow("per-call") << int(EnvironmentConfig::PowerShellMode::PerCall);
    }
    void hostOutputStaysOutOfTheAnswer() {
        QFETCH(int, mode);
        QVERIFY(m_sim.seed());
        m_log.str({});
        const QString secret = QStringLiteral("3f2a9c1e-5b7d-4e8a-9c0f-1d2e3f4a5b6c");
        Redactor::registerSecret(secret);
        auto ps = PowerShellExecutor::create(m_sim.env(EnvironmentConfig::PowerShellMode(mode)));
        // Host lines and a warning around a query: the answer is still one clean JSON object.
        const auto r = ps->execute(
            PsRequest{QStringLiteral(
                          "Initialize-AksHciNode\nSet-AksHciRegistration -subscriptionId '%1' "
                          "-resourceGroupName 'rg'\nGet-AksHciCredential -name 'shop-prod' -configPath '%2'\n"
                          "Get-AksHciCredential -name 'shop-prod' -configPath '%2'\n"
                          "Get-AksHciCluster -name 'shop-prod'")
                          .arg(secret, m_sim.dir.filePath(QStringLiteral("kc"))),
                      QStringLiteral("framing"), std::chrono::seconds(20)},
            CancelToken());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        const auto j = nlohmann::json::parse(r->toStdString(), nullptr, false);
        QVERIFY(j.is_object());
        QCOMPARE_JSON(j["Name"], "shop-prod");
        spdlog::default_logger()->flush();
        const QString log = QString::fromStdString(m_log.str());
        QVERIFY2(log.contains(QStringLiteral("framing [host] Checking whether this node meets")),
                 qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("[warning] Overwriting the existing kubeconfig")));
        QVERIFY(log.contains(QString::fromLatin1(Redactor::kMask)));
        QVERIFY(!log.contains(secret));
    }
};

QTEST_GUILESS_MAIN(TstPsFraming)
#include "tst_ps_framing.moc"
