#include "CliRun.h"
#include "SnapshotFixtures.h"
#include "snapshot/SnapshotFormat.h"
#include "snapshot/SnapshotWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace aks;
using test::runCli;

class TestSnapshotCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_before;
    QString m_same;
    QString m_after;

private slots:
    void initTestCase() {
        Snapshot s = test::fixtureSnapshot();
        m_before = *SnapshotWriter::write(s, m_dir.path(), {});
        s.createdUtc = s.createdUtc.addSecs(60);
        s.clusters[1].cluster["Status"] = "Deployed"; // volatile only
        m_same = *SnapshotWriter::write(s, m_dir.path(), {});
        s.createdUtc = s.createdUtc.addSecs(60);
        s.clusters[1].nodePools[0]["NodeCount"] = 1;
        s.config["MOC"]["vlanID"] = 10;
        m_after = *SnapshotWriter::write(s, m_dir.path(), {});
    }

    void diffEqualExitsZero() {
        const auto r = runCli({QStringLiteral("snapshot"), QStringLiteral("diff"), m_before, m_same});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Result: the deployments match.")));
        QVERIFY(r.out.contains(QStringLiteral("Ignored (volatile):")));
        QVERIFY(r.out.contains(QStringLiteral("clusters.shop-prod.status")));
    }

    void diffDifferentExitsOne() {
        const auto r = runCli({QStringLiteral("snapshot"), QStringLiteral("diff"), m_before, m_after});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral(
            "CHANGED  Cluster shop-prod, node pool linuxpool: NodeCount: 3 -> 1 [Node pool]")));
        QVERIFY(r.out.contains(QStringLiteral("Management cluster: MOC.vlanID: 9 -> 10 [Network]")));
        QVERIFY(r.out.contains(QStringLiteral("DIFFER in 2 field(s)")));
    }

    void diffJson() {
        const auto r = runCli({QStringLiteral("snapshot"), QStringLiteral("diff"), m_before, m_after,
                               QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QVERIFY(j["matters"] == true);
        QVERIFY(j["summary"]["changed"] == 2);
        QVERIFY(!j["ignored"].empty());
        const auto same = runCli(
            {QStringLiteral("snapshot"), QStringLiteral("diff"), m_before, m_same, QStringLiteral("--json")});
        QCOMPARE(same.code, 0);
        QVERIFY(nlohmann::json::parse(same.out.toStdString())["matters"] == false);
    }

    void verifyAndList() {
        auto r = runCli({QStringLiteral("snapshot"), QStringLiteral("verify"), m_before});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("verified, 4 file(s)")));
        r = runCli(
            {QStringLiteral("snapshot"), QStringLiteral("list"), m_dir.path(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(int(j.size()), 3);
        QCOMPARE(QString::fromStdString(j[0]["folder"].get<std::string>()), m_after);
        QVERIFY(j[0]["verified"] == true);
    }

    void tamperedSnapshotFailsNamingTheFile() {
        QTemporaryDir dir;
        const QString path = *SnapshotWriter::write(test::fixtureSnapshot(), dir.path(), {});
        const QString file = QDir(path).filePath(QStringLiteral("cluster-payments.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write(" ");
        f.close();
        for (const QStringList& args :
             {QStringList{QStringLiteral("snapshot"), QStringLiteral("verify"), path},
              QStringList{QStringLiteral("snapshot"), QStringLiteral("diff"), m_before, path},
              QStringList{QStringLiteral("snapshot"), QStringLiteral("list"), dir.path()}}) {
            const auto r = runCli(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(QString(r.err + r.out).contains(QStringLiteral("cluster-payments.json")),
                     qPrintable(r.err + r.out));
        }
    }

    void encryptedSnapshotNeedsPassphrase() {
        QTemporaryDir dir;
        SnapshotWriter::Options o;
        o.keepSecrets = true;
        o.passphrase = "stdin passphrase";
        o.kdfIterations = 1000;
        const QString path = *SnapshotWriter::write(test::fixtureSnapshot(), dir.path(), o);
        auto r = runCli({QStringLiteral("snapshot"), QStringLiteral("diff"), m_before, path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("passphrase")));
        r = runCli({QStringLiteral("snapshot"), QStringLiteral("diff"), m_before, path,
                    QStringLiteral("--passphrase-stdin")},
                   "stdin passphrase\n");
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        // Secrets are compared but never printed.
        for (const QString& secret : test::fixtureSecrets())
            QVERIFY2(!r.out.contains(secret), qPrintable(secret));
    }

    void badUsage() {
        QCOMPARE(runCli({QStringLiteral("snapshot")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("snapshot"), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("snapshot"), QStringLiteral("diff"), m_before}).code, 2);
        QCOMPARE(runCli({QStringLiteral("snapshot"), QStringLiteral("export")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("snapshot"), QStringLiteral("export"), QStringLiteral("--out"),
                         m_dir.path(), QStringLiteral("--keep-secrets")})
                     .code,
                 2);
        const auto help = runCli({QStringLiteral("snapshot"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("snapshot export --out DIR")));
        const auto missing = runCli({QStringLiteral("snapshot"), QStringLiteral("diff"), m_before,
                                     m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCli)
#include "tst_snapshotcli.moc"
