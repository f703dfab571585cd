#include "SnapshotFixtures.h"
#include "snapshot/Manifest.h"
#include "snapshot/SnapshotCatalog.h"
#include "snapshot/SnapshotEncryption.h"
#include "snapshot/SnapshotFormat.h"
#include "snapshot/SnapshotReader.h"
#include "snapshot/SnapshotWriter.h"

#include <QCryptographicHash>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/time.h>

using namespace aks;

class TestSnapshotStore : public QObject {
    Q_OBJECT

    static SnapshotWriter::Options encrypted(const QByteArray& passphrase) {
        SnapshotWriter::Options o;
        o.keepSecrets = true;
        o.passphrase = passphrase;
        o.kdfIterations = SnapshotEncryption::kMinIterations; // fast tests; the default is checked below
        return o;
    }

    static QStringList entries(const QString& dir) {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    static void rewrite(const QString& path, const QByteArray& bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    static QByteArray read(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Recomputes the manifest's MAC with the passphrase, as only its holder could.
    static void remac(const QString& folder, const QByteArray& passphrase) {
        const QString mpath = QDir(folder).filePath(snapshot::manifestFile());
        auto j = nlohmann::json::parse(read(mpath).toStdString());
        auto key = SnapshotEncryption::deriveKey(
            passphrase,
            QByteArray::fromHex(QByteArray::fromStdString(j["encryption"]["salt"].get<std::string>())),
            j["encryption"]["iterations"].get<int>());
        QVERIFY(key.ok());
        j["manifestMac"] = SnapshotEncryption::mac(*key, Manifest::macInput(j)).toHex().toStdString();
        rewrite(mpath, QByteArray::fromStdString(j.dump(2)));
    }

    // Rewrites the manifest so the named file's checksum matches again (to reach the later checks).
    static void fixManifest(const QString& folder, const QString& name) {
        const QString mpath = QDir(folder).filePath(snapshot::manifestFile());
        auto j = nlohmann::json::parse(read(mpath).toStdString());
        const QByteArray bytes = read(QDir(folder).filePath(name));
        for (auto& f : j["files"])
            if (f["name"] == name.toStdString()) {
                f["sha256"] =
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
                f["size"] = bytes.size();
            }
        rewrite(mpath, QByteArray::fromStdString(j.dump(2)));
    }

private slots:
    void writesCompleteFolderAndReadsItBack() {
        QTemporaryDir out;
        const Snapshot s = test::fixtureSnapshot();
        auto path = SnapshotWriter::write(s, out.path(), {});
        QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().fullText()));
        QCOMPARE(QFileInfo(*path).fileName(), QStringLiteral("aks-demo-20261101T023000Z"));
        QCOMPARE(entries(*path),
                 (QStringList{QStringLiteral("akshci-config.json"), QStringLiteral("cluster-payments.json"),
                              QStringLiteral("cluster-shop-prod.json"), QStringLiteral("manifest.json"),
                              QStringLiteral("versions.json")}));
        QCOMPARE(entries(out.path()), QStringList{QStringLiteral("aks-demo-20261101T023000Z")});

        auto loaded = SnapshotReader::load(*path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().fullText()));
        QCOMPARE(loaded->deployment, QStringLiteral("aks-demo"));
        QCOMPARE(loaded->createdUtc, s.createdUtc);
        QCOMPARE(loaded->host, QStringLiteral("hci-node-1"));
        QCOMPARE(loaded->clusterNames(),
                 (QStringList{QStringLiteral("payments"), QStringLiteral("shop-prod")}));
        QVERIFY(loaded->redacted);
        // Complete JSON: unknown, deeply nested fields and whole node pools survive.
        QVERIFY(loaded->config["AksHci"]["futureSetting"]["nested"]["deep"]["deeper"] ==
                "kept-unknown-field");
        QVERIFY(loaded->cluster(QStringLiteral("shop-prod"))->nodePools ==
                s.cluster(QStringLiteral("shop-prod"))->nodePools);
        QVERIFY(loaded->cluster(QStringLiteral("shop-prod"))->cluster["LoadBalancer"]["Count"] == 1);
        QVERIFY(loaded->versions == s.versions);

        auto manifest = SnapshotReader::verify(*path);
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->formatVersion, snapshot::kFormatVersion);
        QCOMPARE(manifest->toolVersion, QStringLiteral(AKS_VERSION));
        QCOMPARE(int(manifest->files.size()), 4);
        for (const auto& f : manifest->files)
            QCOMPARE(f.size, QFileInfo(QDir(*path).filePath(f.name)).size());
    }

    void redactsEverySecret() {
        QTemporaryDir out;
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), {});
        QVERIFY(path.ok());
        const auto files = test::allFiles(out.path());
        QCOMPARE(files.size(), 5);
        for (const QString& secret : test::fixtureSecrets())
            for (const auto& [name, bytes] : files)
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(secret + QStringLiteral(" in ") + name));
        const QByteArray config = read(QDir(*path).filePath(snapshot::configFile()));
        const QByteArray marker(snapshot::kRedactedMarker);
        QVERIFY(config.count(marker) >= 6);
        // What is not secret stays: the proxy host, public keys and certificates, non-secret settings.
        QVERIFY(config.contains("proxy.contoso.com:3128"));
        QVERIFY(config.contains("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC public@aks"));
        QVERIFY(config.contains("MIIBpublicCERT"));
        QVERIFY(config.contains("Standard_A4_v2"));
        QVERIFY(config.contains("\"caCertRotationThreshold\": 90"));
    }

    // What a killed export left (a hidden .partial folder) goes at the next export once it is old;
    // a young one may be another export still writing, and stays.
    void staleUnfinishedExportsAreCleanedUp() {
        QTemporaryDir dir;
        const QString stale = dir.filePath(QStringLiteral(".aks-demo-20261101T000000Z.partial-AbCdEf"));
        const QString young = dir.filePath(QStringLiteral(".aks-demo-20261101T000001Z.partial-GhIjKl"));
        QVERIFY(QDir().mkpath(stale) && QDir().mkpath(young));
        QFile junk(stale + QStringLiteral("/akshci-config.json"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.close();
        const qint64 twoHoursAgo = QDateTime::currentSecsSinceEpoch() - 7200;
        const timeval times[2] = {{twoHoursAgo, 0}, {twoHoursAgo, 0}};
        QCOMPARE(::utimes(QFile::encodeName(stale).constData(), times), 0);
        QVERIFY(SnapshotWriter::write(test::fixtureSnapshot(), dir.path(), {}).ok());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(young));
    }

    void refusesToOverwrite() {
        QTemporaryDir out;
        const Snapshot s = test::fixtureSnapshot();
        auto first = SnapshotWriter::write(s, out.path(), {});
        QVERIFY(first.ok());
        const QByteArray before = read(QDir(*first).filePath(snapshot::manifestFile()));
        Snapshot other = s;
        other.config["MOC"]["catalog"] = "changed";
        auto second = SnapshotWriter::write(other, out.path(), {});
        QVERIFY(!second.ok());
        QVERIFY(second.error().message.contains(QStringLiteral("already exists")));
        QCOMPARE(read(QDir(*first).filePath(snapshot::manifestFile())), before);
        QCOMPARE(entries(out.path()).size(), 1);
        QVERIFY(SnapshotReader::verify(*first).ok());
    }

    void failureAtEveryStepLeavesNoTornSnapshot() {
        const Snapshot earlier = test::fixtureSnapshot();
        Snapshot next = earlier;
        next.createdUtc = earlier.createdUtc.addSecs(3600);
        const int steps = SnapshotWriter::stepCount(next);
        QCOMPARE(steps, 6);
        for (int step = 0; step < steps; ++step) {
            QTemporaryDir out;
            auto kept = SnapshotWriter::write(earlier, out.path(), {});
            QVERIFY(kept.ok());
            SnapshotWriter::Options o;
            o.failBeforeStep = step;
            auto r = SnapshotWriter::write(next, out.path(), o);
            QVERIFY2(!r.ok(), qPrintable(QString::number(step)));
            QVERIFY(r.error().message.contains(QStringLiteral("test hook")));
            // Nothing new, not even a hidden partial folder; the earlier snapshot is intact.
            QCOMPARE(entries(out.path()), QStringList{QFileInfo(*kept).fileName()});
            QVERIFY(SnapshotReader::verify(*kept).ok());
            // The same export without the failure then succeeds.
            QVERIFY(SnapshotWriter::write(next, out.path(), {}).ok());
        }
    }

    void cancelledExportLeavesNothing() {
        QTemporaryDir out;
        CancelToken cancel;
        cancel.cancel();
        auto r = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), {}, cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(entries(out.path()).isEmpty());
    }

    void tamperedChecksumIsCaught() {
        QTemporaryDir out;
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), {});
        QVERIFY(path.ok());
        const QString file = QDir(*path).filePath(QStringLiteral("cluster-shop-prod.json"));
        QByteArray bytes = read(file);
        bytes.replace("\"ControlPlaneNodeCount\": 3", "\"ControlPlaneNodeCount\": 1");
        rewrite(file, bytes);
        const QByteArray manifestBefore = read(QDir(*path).filePath(snapshot::manifestFile()));
        auto verified = SnapshotReader::verify(*path);
        auto loaded = SnapshotReader::load(*path);
        QVERIFY(!verified.ok());
        QVERIFY(!loaded.ok());
        for (const Error& e : {verified.error(), loaded.error()}) {
            QVERIFY(e.message.contains(QStringLiteral("cluster-shop-prod.json")));
            QVERIFY(e.message.contains(QStringLiteral("checksum")));
            QCOMPARE(e.kind, Error::Kind::Corrupt);
        }
        // Reading never writes.
        QCOMPARE(read(QDir(*path).filePath(snapshot::manifestFile())), manifestBefore);
        QCOMPARE(read(file), bytes);

        const SnapshotInfo info = SnapshotCatalog::inspect(*path);
        QVERIFY(!info.verified);
        QVERIFY(info.error.contains(QStringLiteral("cluster-shop-prod.json")));
        QCOMPARE(info.deployment, QStringLiteral("aks-demo"));
    }

    void missingFileIsNamed() {
        QTemporaryDir out;
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), {});
        QVERIFY(path.ok());
        QVERIFY(QFile::remove(QDir(*path).filePath(QStringLiteral("versions.json"))));
        auto r = SnapshotReader::load(*path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("versions.json")));

        QVERIFY(QFile::remove(QDir(*path).filePath(snapshot::manifestFile())));
        auto m = SnapshotReader::verify(*path);
        QVERIFY(!m.ok());
        QVERIFY(m.error().message.contains(QStringLiteral("manifest.json")));
    }

    void invalidJsonIsNamed() {
        QTemporaryDir out;
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), {});
        QVERIFY(path.ok());
        rewrite(QDir(*path).filePath(snapshot::configFile()), "{\"MOC\": {\"catalog\": ");
        fixManifest(*path, snapshot::configFile());
        QVERIFY(SnapshotReader::verify(*path).ok());
        auto r = SnapshotReader::load(*path);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("akshci-config.json")));
        QVERIFY(r.error().message.contains(QStringLiteral("not valid JSON")));

        rewrite(QDir(*path).filePath(snapshot::manifestFile()), "not json at all");
        auto m = SnapshotReader::verify(*path);
        QVERIFY(!m.ok());
        QVERIFY(m.error().message.contains(QStringLiteral("manifest.json")));
    }

    void newerFormatIsRefused() {
        QTemporaryDir out;
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), {});
        QVERIFY(path.ok());
        const QString mpath = QDir(*path).filePath(snapshot::manifestFile());
        auto j = nlohmann::json::parse(read(mpath).toStdString());
        j["formatVersion"] = snapshot::kFormatVersion + 1;
        j["toolVersion"] = "9.0.0";
        rewrite(mpath, QByteArray::fromStdString(j.dump()));
        auto r = SnapshotReader::load(*path);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("manifest.json")));
        QVERIFY(r.error().message.contains(QStringLiteral("newer aks-recovery (9.0.0")));

        // 2^32 + 1 is no version: get<int>() would have wrapped it to 1 and read the folder as old.
        j["formatVersion"] = 4294967297ULL;
        rewrite(mpath, QByteArray::fromStdString(j.dump()));
        r = SnapshotReader::load(*path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("formatVersion")), qPrintable(r.error().message));
    }

    void manifestCannotPointOutsideTheFolder() {
        QTemporaryDir out;
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), {});
        QVERIFY(path.ok());
        const QString mpath = QDir(*path).filePath(snapshot::manifestFile());
        auto j = nlohmann::json::parse(read(mpath).toStdString());
        j["files"][0]["name"] = "../../etc/passwd";
        rewrite(mpath, QByteArray::fromStdString(j.dump()));
        auto r = SnapshotReader::verify(*path);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("outside the folder")));
    }

    void encryptedExportKeepsSecretsOnlyEncrypted() {
        QTemporaryDir out;
        const QByteArray passphrase("correct horse battery staple");
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), encrypted(passphrase));
        QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().fullText()));
        QVERIFY(QFileInfo::exists(QDir(*path).filePath(QStringLiteral("akshci-config.json.enc"))));
        QVERIFY(!QFileInfo::exists(QDir(*path).filePath(QStringLiteral("akshci-config.json"))));
        for (const QString& secret : test::fixtureSecrets())
            for (const auto& [name, bytes] : test::allFiles(out.path()))
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(secret + QStringLiteral(" in ") + name));

        // The checksums verify without the passphrase; the contents need it.
        auto manifest = SnapshotReader::verify(*path);
        QVERIFY(manifest.ok());
        QVERIFY(manifest->encrypted);
        QVERIFY(!manifest->redacted);
        auto noPass = SnapshotReader::load(*path);
        QVERIFY(!noPass.ok());
        QVERIFY(noPass.error().message.contains(QStringLiteral("passphrase")));
        auto wrong = SnapshotReader::load(*path, "wrong passphrase");
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QStringLiteral("passphrase is wrong")));

        auto loaded = SnapshotReader::load(*path, passphrase);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().fullText()));
        QVERIFY(loaded->config == test::fixtureSnapshot().config);
        QVERIFY(loaded->config["KVA"]["identity"] == test::fixtureSnapshot().config["KVA"]["identity"]);
        QVERIFY(loaded->encrypted);
        QVERIFY(!loaded->redacted);
    }

    void encryptedFileIsAuthenticated() {
        QTemporaryDir out;
        const QByteArray passphrase("another passphrase");
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), encrypted(passphrase));
        QVERIFY(path.ok());
        const QString name = QStringLiteral("versions.json.enc");
        QByteArray bytes = read(QDir(*path).filePath(name));
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        rewrite(QDir(*path).filePath(name), bytes);
        fixManifest(*path, name);
        // The fixed checksum changed the manifest, which its MAC catches before any file is read.
        auto r = SnapshotReader::load(*path, passphrase);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::PermissionDenied);
        QVERIFY(r.error().message.contains(QStringLiteral("manifest was changed")));
        // Even re-authenticated with the passphrase, the file's own tag fails.
        remac(*path, passphrase);
        r = SnapshotReader::load(*path, passphrase);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(name));
        QVERIFY(r.error().message.contains(QStringLiteral("changed")));
    }

    // Issue 16, attack 4: every .enc replaced by plaintext and the manifest's (unkeyed) checksums
    // recomputed. Refused by verify without a passphrase, and nothing loads with any passphrase.
    void downgradeToPlaintextIsRefused() {
        QTemporaryDir out;
        const QByteArray passphrase("correct horse battery staple");
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), encrypted(passphrase));
        QVERIFY(path.ok());
        const QDir dir(*path);
        const QByteArray planted = "{\"proxy\":{\"http\":\"http://attacker.example:3128\"}}";
        for (const QString& name : dir.entryList({QStringLiteral("*.enc")}, QDir::Files)) {
            rewrite(dir.filePath(name), name.startsWith(snapshot::configFile()) ? planted : QByteArray("{}"));
            fixManifest(*path, name);
        }
        auto verified = SnapshotReader::verify(*path);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().kind, Error::Kind::Corrupt);
        QVERIFY2(verified.error().message.contains(QStringLiteral("is not encrypted")),
                 qPrintable(verified.error().message));
        for (const QByteArray& pass : {QByteArray("wrong passphrase"), passphrase}) {
            auto loaded = SnapshotReader::load(*path, pass);
            QVERIFY(!loaded.ok());
            QCOMPARE(loaded.error().kind, Error::Kind::Corrupt);
        }
        QVERIFY(!SnapshotReader::verify(*path, passphrase).ok());
    }

    // The whole downgrade: files renamed to plaintext and the manifest's encryption removed. Only the
    // passphrase can tell, and with it verify refuses.
    void fullDowngradeFailsVerifyWithPassphrase() {
        QTemporaryDir out;
        const QByteArray passphrase("correct horse battery staple");
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), encrypted(passphrase));
        QVERIFY(path.ok());
        const QDir dir(*path);
        const QString mpath = dir.filePath(snapshot::manifestFile());
        auto j = nlohmann::json::parse(read(mpath).toStdString());
        j["encryption"] = nullptr;
        j.erase("manifestMac");
        j["redacted"] = true;
        for (auto& f : j["files"]) {
            const QString enc = QString::fromStdString(f["name"].get<std::string>());
            const QString plain = enc.chopped(4);
            const QByteArray bytes = "{\"name\":\"x\",\"cluster\":{}}";
            QVERIFY(QFile::remove(dir.filePath(enc)));
            rewrite(dir.filePath(plain), bytes);
            f["name"] = plain.toStdString();
            f["sha256"] = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
            f["size"] = bytes.size();
        }
        rewrite(mpath, QByteArray::fromStdString(j.dump(2)));
        QVERIFY(SnapshotReader::verify(*path).ok()); // a forged plain snapshot: nothing to check it by
        auto withPass = SnapshotReader::verify(*path, passphrase);
        QVERIFY(!withPass.ok());
        QVERIFY(withPass.error().message.contains(QStringLiteral("not encrypted")));
    }

    // A file moved to another file's name (both re-listed, manifest re-authenticated by someone with
    // the passphrase) fails: the name is in the associated data.
    void swappedFileFails() {
        QTemporaryDir out;
        const QByteArray passphrase("swap test");
        auto path = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), encrypted(passphrase));
        QVERIFY(path.ok());
        const QDir dir(*path);
        const QString a = QStringLiteral("versions.json.enc");
        const QString b = snapshot::configFile() + QStringLiteral(".enc");
        const QByteArray bytesA = read(dir.filePath(a));
        rewrite(dir.filePath(a), read(dir.filePath(b)));
        rewrite(dir.filePath(b), bytesA);
        fixManifest(*path, a);
        fixManifest(*path, b);
        remac(*path, passphrase);
        QVERIFY(SnapshotReader::verify(*path, passphrase).ok());
        auto r = SnapshotReader::load(*path, passphrase);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("moved from another name")));
    }

    void formatOneEncryptedStillReads() {
        // A format-1 snapshot: no salt, id or MAC in the manifest, the header alone as associated data.
        QTemporaryDir out;
        const QByteArray passphrase("old snapshot");
        auto key = SnapshotEncryption::newKey(passphrase, SnapshotEncryption::kMinIterations);
        QVERIFY(key.ok());
        const QDir dir(out.path());
        nlohmann::json files = nlohmann::json::array();
        const Snapshot fixture = test::fixtureSnapshot();
        const auto add = [&](const QString& name, const nlohmann::json& content) {
            auto bytes = SnapshotEncryption::encrypt(*key, QByteArray::fromStdString(content.dump()));
            QVERIFY(bytes.ok());
            rewrite(dir.filePath(name), *bytes);
            files.push_back(
                {{"name", name.toStdString()},
                 {"sha256",
                  QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex().toStdString()},
                 {"size", bytes->size()}});
        };
        add(snapshot::configFile() + QStringLiteral(".enc"), fixture.config);
        add(snapshot::versionsFile() + QStringLiteral(".enc"), fixture.versions);
        const nlohmann::json manifest = {
            {"format", snapshot::kFormatName},
            {"formatVersion", 1},
            {"toolVersion", "0.9.0"},
            {"host", "h"},
            {"createdUtc", "2026-11-18T10:00:00Z"},
            {"deployment", "aks-demo"},
            {"clusters", nlohmann::json::array()},
            {"redacted", false},
            {"encryption", {{"cipher", "AES-256-GCM"}, {"iterations", key->iterations}}},
            {"files", files}};
        rewrite(dir.filePath(snapshot::manifestFile()), QByteArray::fromStdString(manifest.dump(2)));
        auto loaded = SnapshotReader::load(out.path(), passphrase);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().fullText()));
        QVERIFY(loaded->config == fixture.config);
        QVERIFY(!SnapshotReader::load(out.path(), "wrong").ok());
    }

    void encryptionFormat() {
        auto key = SnapshotEncryption::newKey("pass phrase", SnapshotEncryption::kMinIterations);
        QVERIFY(key.ok());
        auto a = SnapshotEncryption::encrypt(*key, "same plaintext");
        auto b = SnapshotEncryption::encrypt(*key, "same plaintext");
        QVERIFY(a.ok() && b.ok());
        QVERIFY(SnapshotEncryption::isEncrypted(*a));
        QVERIFY(*a != *b); // a fresh nonce every time
        QCOMPARE(a->size(), 8 + 4 + 16 + 12 + 14 + 16);
        SnapshotEncryption::Key cache;
        auto plain = SnapshotEncryption::decrypt(*a, "pass phrase", cache, QStringLiteral("x"));
        QVERIFY(plain.ok());
        QCOMPARE(*plain, QByteArray("same plaintext"));
        QVERIFY(
            !SnapshotEncryption::decrypt("AKSENC01short", "pass phrase", cache, QStringLiteral("x")).ok());
        QCOMPARE(SnapshotWriter::Options().kdfIterations, SnapshotEncryption::kDefaultIterations);
        QVERIFY(SnapshotEncryption::kDefaultIterations >= 600000);
    }

    void keepingSecretsNeedsAPassphrase() {
        QTemporaryDir out;
        SnapshotWriter::Options o;
        o.keepSecrets = true;
        auto r = SnapshotWriter::write(test::fixtureSnapshot(), out.path(), o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("passphrase")));
        QVERIFY(entries(out.path()).isEmpty());
    }

    void catalogListsNewestFirstWithIntegrity() {
        QTemporaryDir out;
        Snapshot s = test::fixtureSnapshot();
        auto older = SnapshotWriter::write(s, out.path(), {});
        s.createdUtc = s.createdUtc.addDays(1);
        s.clusters.pop_back();
        auto newer = SnapshotWriter::write(s, out.path(), {});
        s.createdUtc = s.createdUtc.addDays(1);
        auto broken = SnapshotWriter::write(s, out.path(), {});
        QVERIFY(older.ok() && newer.ok() && broken.ok());
        QVERIFY(QFile::remove(QDir(*broken).filePath(snapshot::configFile())));
        QVERIFY(QDir(out.path()).mkdir(QStringLiteral(".aks-demo-20261201T000000Z.partial-abc123")));
        QVERIFY(QDir(out.path()).mkdir(QStringLiteral("unrelated-folder")));

        const auto list = SnapshotCatalog::list(out.path());
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].folder, *broken);
        QVERIFY(!list[0].verified);
        QVERIFY(list[0].error.contains(snapshot::configFile()));
        QCOMPARE(list[1].folder, *newer);
        QVERIFY(list[1].verified);
        QCOMPARE(list[1].clusters, QStringList{QStringLiteral("payments")});
        QCOMPARE(list[2].folder, *older);
        QCOMPARE(list[2].clusters.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
