#include "CliRun.h"
#include "SnapshotFixtures.h"
#include "snapshot/SnapshotCatalog.h"
#include "snapshot/SnapshotFormat.h"
#include "snapshot/SnapshotReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace aks;
using test::runCli;

// Exports against the AksHci simulator of the demo environment (aks-recovery --demo).
class TestSnapshotExport : public QObject {
    Q_OBJECT

    static QStringList visibleFolders(const QString& dir) {
        return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

    static QString exportedFolder(const QString& dir) {
        const QStringList folders = visibleFolders(dir);
        return folders.size() == 1 ? QDir(dir).filePath(folders.first()) : QString();
    }

private slots:
    void initTestCase() {
        // Seeds the demo state once, so the timings below measure exports only.
        const auto r = runCli({QStringLiteral("--demo-reset")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void exportsEveryCluster() {
        QTemporaryDir out;
        const auto r = runCli({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("export"),
                               QStringLiteral("--out"), out.path()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString folder = exportedFolder(out.path());
        QVERIFY(QFileInfo(folder).fileName().startsWith(QStringLiteral("aks-demo-")));
        QVERIFY(r.out.contains(QDir::toNativeSeparators(folder)));
        auto s = SnapshotReader::load(folder);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        QStringList expected = {QStringLiteral("analytics"), QStringLiteral("payments"),
                                QStringLiteral("shop-prod")};
        QCOMPARE(s->clusterNames(), expected);
        QCOMPARE(s->deployment, QStringLiteral("aks-demo"));
        QVERIFY(s->config.is_object() && !s->config.empty());
        QVERIFY(!s->versions["aksHciVersion"].get<std::string>().empty());
        for (const SnapshotCluster& c : s->clusters) {
            QVERIFY(!c.nodePools.empty());
            QVERIFY(c.cluster.is_object());
        }
        // The simulator's seeded secrets are nowhere in the folder.
        for (const char* secret :
             {"Pr0xy!Demo-Secret-2024", "svc-aksproxy", "ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNklrUkZUVTh0"})
            for (const auto& [name, bytes] : test::allFiles(out.path()))
                QVERIFY2(!bytes.contains(secret), qPrintable(name));
        QVERIFY(test::allFiles(out.path()).size() == 6);
        // The exported environment compares equal with itself, live.
        const auto diff = runCli({QStringLiteral("--demo"), QStringLiteral("snapshot"),
                                  QStringLiteral("diff"), folder, QStringLiteral("live")});
        QVERIFY2(diff.code == 0, qPrintable(diff.out + diff.err));
    }

    void exportsOneCluster() {
        QTemporaryDir out;
        const auto r =
            runCli({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("export"),
                    QStringLiteral("--out"), out.path(), QStringLiteral("--cluster"),
                    QStringLiteral("payments"), QStringLiteral("--name"), QStringLiteral("site-b")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString folder = exportedFolder(out.path());
        QVERIFY(QFileInfo(folder).fileName().startsWith(QStringLiteral("site-b-")));
        auto m = SnapshotReader::verify(folder);
        QVERIFY(m.ok());
        QCOMPARE(m->clusters, QStringList{QStringLiteral("payments")});
        // Compared with the whole environment, the two clusters left out are "added".
        const auto diff =
            runCli({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("diff"), folder,
                    QStringLiteral("live"), QStringLiteral("--json")});
        QCOMPARE(diff.code, 1);
        const auto j = nlohmann::json::parse(diff.out.toStdString());
        QVERIFY(j["summary"]["added"] == 2);
    }

    void unknownClusterFails() {
        QTemporaryDir out;
        const auto r = runCli({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("export"),
                               QStringLiteral("--out"), out.path(), QStringLiteral("--cluster"),
                               QStringLiteral("no-such-cluster")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no-such-cluster")));
        QVERIFY(visibleFolders(out.path()).isEmpty());
    }

    void encryptedExportWithPassphraseOnStdin() {
        QTemporaryDir out;
        const auto r = runCli({QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("export"),
                               QStringLiteral("--out"), out.path(), QStringLiteral("--keep-secrets")},
                              "a passphrase from stdin\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString folder = exportedFolder(out.path());
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("akshci-config.json.enc"))));
        QVERIFY(!SnapshotReader::load(folder).ok());
        QVERIFY(SnapshotReader::load(folder, "a passphrase from stdin").ok());
    }

    // SIGKILL at many moments of an export: the output folder holds a whole, verified snapshot or none.
    void killedExportLeavesNoTornSnapshot() {
        QTemporaryDir out;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AKS_SNAPSHOT_TEST_STEP_DELAY_MS"), QStringLiteral("150"));
        int complete = 0;
        int none = 0;
        for (int delay = 100; delay <= 3100; delay += 250) {
            QTemporaryDir dir(out.filePath(QStringLiteral("run-XXXXXX")));
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(test::binary(QStringLiteral("aks-recovery")),
                    {QStringLiteral("--demo"), QStringLiteral("snapshot"), QStringLiteral("export"),
                     QStringLiteral("--out"), dir.path()});
            QVERIFY(p.waitForStarted());
            QTest::qWait(delay);
            aks::test::killHard(p);
            p.waitForFinished();
            const auto list = SnapshotCatalog::list(dir.path());
            QVERIFY(list.size() <= 1);
            if (list.isEmpty()) {
                ++none;
                continue;
            }
            QVERIFY2(list.first().verified, qPrintable(list.first().error));
            QVERIFY(SnapshotReader::load(list.first().folder).ok());
            ++complete;
        }
        qInfo("killed exports: %d left a complete snapshot, %d left none", complete, none);
        QVERIFY(none > 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotExport)
#include "tst_snapshotexport.moc"
