// `aks-recovery backups`, `inspect` and `verify` as an admin runs them, on a generated store.
#include "ArchiveWriter.h"
#include "HostileCorpus.h"
#include "RawTar.h"
#include "StoreWriter.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace aks::storegen;

class TestInspectorCli : public QObject {
    Q_OBJECT

    struct Run {
        int code;
        QString out;
        QString err;
    };

    QTemporaryDir m_tmp;
    QString m_store;
    const QString m_backup = QStringLiteral("nightly-1");
    std::vector<KubeObject> m_objects;

    Run run(const QStringList& args) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(e);
        p.start(aks::test::binary(QStringLiteral("aks-recovery")), args);
        if (!p.waitForFinished(60000))
            return {-1, {}, {}};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_store = m_tmp.filePath(QStringLiteral("store"));
        m_objects = ObjectFactory(9).makeNamespace(QStringLiteral("shop"), 2);
        BackupSpec b;
        b.name = m_backup;
        b.warnings = 1;
        b.objects = m_objects;
        QVERIFY(writeBackup(m_store, b).ok());
        QVERIFY(writeHostileBackup(m_store, QStringLiteral("broken"), HostileKind::TruncatedGzip).ok());
    }

    void backupsJson() {
        const Run r =
            run({QStringLiteral("backups"), QStringLiteral("--store"), m_store, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j.size(), size_t(2));
        // Same start time: the tie is broken by name.
        QCOMPARE(j[0]["name"].get<std::string>(), std::string("broken"));
        QCOMPARE(j[1]["name"].get<std::string>(), std::string("nightly-1"));
        QCOMPARE(j[1]["phase"].get<std::string>(), std::string("Completed"));
        QCOMPARE(j[1]["artifacts"].size(), size_t(12));
    }

    void backupsTable() {
        const Run r = run({QStringLiteral("backups"), QStringLiteral("--store"), m_store});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 3);
        QVERIFY(r.out.contains(QStringLiteral("nightly-1")));
    }

    void inspectJson() {
        const Run r = run({QStringLiteral("inspect"), QStringLiteral("--store"), m_store,
                           QStringLiteral("--backup"), m_backup, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        for (const char* key : {"name", "phase", "startTimestamp", "completionTimestamp", "expiration",
                                "items", "errors", "warnings", "resources", "namespaces", "volumeSnapshots",
                                "podVolumeBackups", "csiVolumeSnapshots"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["startTimestamp"].get<std::string>(), std::string("2026-11-18T02:00:00Z"));
        QCOMPARE(j["expiration"].get<std::string>(), std::string("2026-12-18T02:00:00Z"));
        QCOMPARE(j["items"].get<size_t>(), m_objects.size());
        QCOMPARE(j["warnings"].get<int>(), 1);
        QCOMPARE(j["errors"].get<int>(), 0);
        QCOMPARE(j["namespaces"].get<int>(), 1);
        QCOMPARE(j["resources"]["apps/v1/Deployment"].get<int>(), 2);
        QCOMPARE(j["resources"]["v1/Pod"].get<int>(), 4);
        QCOMPARE(j["resources"]["v1/PersistentVolume"].get<int>(), 1);
        QCOMPARE(j["podVolumeBackups"].get<int>(), 1);
        QCOMPARE(j["volumeSnapshots"].get<int>(), 0);
    }

    void inspectLoneTarball() {
        const QString file = m_tmp.filePath(QStringLiteral("nightly-1-data.tar.gz"));
        QVERIFY(QFile::copy(m_store + QStringLiteral("/backups/nightly-1/nightly-1.tar.gz"), file));
        const Run r = run({QStringLiteral("inspect"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["name"].get<std::string>(), std::string("nightly-1"));
        QVERIFY(j["phase"].is_null());
        QVERIFY(j["expiration"].is_null());
        QVERIFY(j["podVolumeBackups"].is_null());
        QCOMPARE(j["resources"]["v1/Service"].get<int>(), 2);
    }

    void inspectList() {
        const Run r = run({QStringLiteral("inspect"), QStringLiteral("--store"), m_store,
                           QStringLiteral("--backup"), m_backup, QStringLiteral("--list")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(m_objects.size()));
        QVERIFY(lines.contains(QStringLiteral("v1/Namespace shop")));
        QVERIFY(lines.contains(QStringLiteral("apps/v1/Deployment shop/web")));
    }

    void inspectShow() {
        const Run r = run({QStringLiteral("inspect"), QStringLiteral("--store"), m_store,
                           QStringLiteral("--backup"), m_backup, QStringLiteral("--show"),
                           QStringLiteral("Deployment"), QStringLiteral("shop/api")});
        QCOMPARE(r.code, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["metadata"]["name"].get<std::string>(), std::string("api"));
        QCOMPARE(j["kind"].get<std::string>(), std::string("Deployment"));
        const Run missing = run({QStringLiteral("inspect"), QStringLiteral("--store"), m_store,
                                 QStringLiteral("--backup"), m_backup, QStringLiteral("--show"),
                                 QStringLiteral("Deployment"), QStringLiteral("shop/none")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("shop/none")));
    }

    void inspectLogsFiltered() {
        const Run all = run({QStringLiteral("inspect"), QStringLiteral("--store"), m_store,
                             QStringLiteral("--backup"), m_backup, QStringLiteral("--logs")});
        QCOMPARE(all.code, 0);
        QVERIFY(all.out.count(QLatin1Char('\n')) > int(m_objects.size()));
        const Run warn =
            run({QStringLiteral("inspect"), QStringLiteral("--store"), m_store, QStringLiteral("--backup"),
                 m_backup, QStringLiteral("--logs"), QStringLiteral("--level"), QStringLiteral("warning")});
        QCOMPARE(warn.code, 0);
        QCOMPARE(warn.out.count(QLatin1Char('\n')), 1);
        QVERIFY(warn.out.contains(QStringLiteral("level=warning")));
    }

    // Issue 16: bytes from a backup never reach the terminal as control sequences.
    void inspectEscapesTerminalSequences() {
        const QString store = m_tmp.filePath(QStringLiteral("esc-store"));
        BackupSpec b;
        b.name = QStringLiteral("esc");
        b.objects = m_objects;
        QVERIFY(writeBackup(store, b).ok());
        const QString dir = store + QStringLiteral("/backups/esc/");
        QVERIFY(writeGzipFile(dir + QStringLiteral("esc-logs.gz"),
                              "time=\"2026-11-18T11:06:41Z\" level=info msg=\"\x1b]0;pwned\x07\x1b[2J\xc2\x9b"
                              "31m \xe2\x80\xae"
                              "evil\"\n")
                    .ok());
        QVERIFY(rawtar::spliceIntoTarGz(
                    dir + QStringLiteral("esc.tar.gz"),
                    rawtar::entry(
                        "resources/configmaps/namespaces/shop/\x1b[31mred.json",
                        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"red\"}}"))
                    .ok());
        for (const char* mode : {"--logs", "--list"}) {
            const Run r = run({QStringLiteral("inspect"), QStringLiteral("--store"), store,
                               QStringLiteral("--backup"), QStringLiteral("esc"), QString::fromLatin1(mode)});
            QCOMPARE(r.code, 0);
            QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x07)) &&
                         !r.out.contains(QChar(0x9b)) && !r.out.contains(QChar(0x202e)),
                     mode);
            QVERIFY2(r.out.contains(QStringLiteral("\\x1b")), qPrintable(r.out));
        }
    }

    void verifyWhole() {
        const Run r = run({QStringLiteral("verify"), QStringLiteral("--store"), m_store,
                           QStringLiteral("--backup"), m_backup});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("is whole")));
    }

    void verifyBroken() {
        const Run r = run({QStringLiteral("verify"), QStringLiteral("--store"), m_store,
                           QStringLiteral("--backup"), QStringLiteral("broken")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Backup broken, artifact broken.tar.gz: truncated")),
                 qPrintable(r.out));
    }

    void usageErrors() {
        QCOMPARE(run({QStringLiteral("inspect"), QStringLiteral("--json")}).code, 2);
        QCOMPARE(run({QStringLiteral("backups"), QStringLiteral("--store"), QStringLiteral("ftp://x")}).code,
                 2);
        QCOMPARE(run({QStringLiteral("inspect"), QStringLiteral("--store"), m_store, QStringLiteral("--json"),
                      QStringLiteral("--list")})
                     .code,
                 2);
        const Run noStore = run(
            {QStringLiteral("backups"), QStringLiteral("--store"), m_tmp.filePath(QStringLiteral("nope"))});
        QCOMPARE(noStore.code, 1);
        QVERIFY(noStore.err.contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestInspectorCli)
#include "tst_inspector_cli.moc"
