#include "CliRun.h"
#include "SnapshotFixtures.h"
#include "snapshot/SnapshotCatalog.h"
#include "snapshot/SnapshotFormat.h"
#include "snapshot/SnapshotReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
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
        // Manifest, config, versions, registration, autoscaler profiles and one file per cluster.
        QCOMPARE(test::allFiles(out.path()).size(), 8);
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(snapshot::registrationFile())));
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(snapshot::autoScalerProfilesFile())));
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

    // How many of `files` a folder under `dir` (hidden or not) holds: the export's progress.
    static int filesWritten(const QString& dir, const QStringList& files) {
        int most = 0;
        for (const QFileInfo& sub :
             QDir(dir).entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
            int n = 0;
            for (const QString& f : files)
                n += QFileInfo::exists(QDir(sub.absoluteFilePath()).filePath(f));
            most = std::max(most, n);
        }
        return most;
    }

    // SIGKILL after each file an export writes, and between the last one and the rename that
    // publishes the snapshot: the output folder never shows a snapshot, and the next export there
    // completes and verifies.
    void killedExportLeavesNoTornSnapshot() {
        QTemporaryDir out;
        const QStringList demoExport = {QStringLiteral("--demo"), QStringLiteral("snapshot"),
                                        QStringLiteral("export"), QStringLiteral("--out")};
        // An export left alone: the files it writes, the manifest last.
        QTemporaryDir whole(out.filePath(QStringLiteral("whole-XXXXXX")));
        const auto complete = runCli(demoExport + QStringList{whole.path()});
        QVERIFY2(complete.code == 0, qPrintable(complete.err));
        const QStringList files = QDir(exportedFolder(whole.path())).entryList(QDir::Files);
        QVERIFY2(files.size() >= 4, qPrintable(files.join(QLatin1Char(' '))));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AKS_SNAPSHOT_TEST_STEP_DELAY_MS"), QStringLiteral("150"));
        for (int written = 0; written <= files.size(); ++written) {
            QTemporaryDir dir(out.filePath(QStringLiteral("run-XXXXXX")));
            bool killedMidway = false;
            // On a loaded machine the last rename may beat the kill; then that moment is tried again.
            for (int attempt = 0; attempt < 3 && !killedMidway; ++attempt) {
                QProcess p;
                p.setProcessEnvironment(env);
                p.start(test::binary(QStringLiteral("aks-recovery")), demoExport + QStringList{dir.path()});
                QVERIFY(p.waitForStarted());
                // Waits on the export's own progress, not on a clock.
                while (p.state() == QProcess::Running && filesWritten(dir.path(), files) < written)
                    p.waitForFinished(5);
                const int seen = filesWritten(dir.path(), files);
                aks::test::killHard(p);
                QVERIFY(p.waitForFinished(60000));
                if (p.exitStatus() == QProcess::NormalExit) {
                    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
                    QVERIFY(QDir(dir.path()).removeRecursively() && QDir().mkpath(dir.path()));
                    continue; // it finished before the kill
                }
                QVERIFY2(seen >= written,
                         qPrintable(QStringLiteral("%1 of %2 files").arg(seen).arg(written)));
                killedMidway = true;
                QVERIFY2(SnapshotCatalog::list(dir.path()).isEmpty(),
                         qPrintable(visibleFolders(dir.path()).join(QLatin1Char(' '))));
                QVERIFY(visibleFolders(dir.path()).isEmpty());
            }
            QVERIFY2(killedMidway,
                     qPrintable(QStringLiteral("no kill landed after %1 file(s)").arg(written)));
            // What the kill left behind does not stop the next export there.
            const auto again = runCli(demoExport + QStringList{dir.path()});
            QVERIFY2(again.code == 0, qPrintable(again.err));
            const auto list = SnapshotCatalog::list(dir.path());
            QCOMPARE(list.size(), 1);
            QVERIFY2(list.first().verified, qPrintable(list.first().error));
            QVERIFY(SnapshotReader::load(list.first().folder).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshotExport)
#include "tst_snapshotexport.moc"
