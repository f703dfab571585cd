// The backup store readers and the inspector backend, on stores written by aks_storegen.
#include "HostileCorpus.h"
#include "RawTar.h"
#include "StoreWriter.h"
#include "inspector/ArtifactReader.h"
#include "inspector/BackupCatalog.h"
#include "inspector/BackupComparison.h"
#include "inspector/BackupInspector.h"
#include "inspector/BackupVerifier.h"
#include "inspector/GzipInflater.h"
#include "inspector/LogEntry.h"
#include "inspector/ResourcePath.h"
#include "inspector/TarStreamParser.h"
#include "store/LocalFolderStore.h"
#include "store/StoreFactory.h"
#include "store/TarballStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace aks;
using namespace aks::storegen;

class TestInspectorBackend : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_store;
    std::vector<KubeObject> m_objects;
    std::vector<KubeObject> m_olderObjects; // shop as it was, with one object changed since and one gone
    const QString m_backup = QStringLiteral("daily-20261118020000");

    static QMap<QString, qint64> expectedCounts(const std::vector<KubeObject>& objects) {
        QMap<QString, qint64> m;
        for (const KubeObject& o : objects)
            ++m[o.groupVersionKind()];
        return m;
    }

    static BackupStorePtr open(const QString& path) {
        auto spec = StoreSpec::parse(path);
        if (!spec)
            return nullptr;
        auto store = openStore(*spec, CancelToken());
        return store ? std::move(*store) : nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_store = m_tmp.filePath(QStringLiteral("store"));
        ObjectFactory factory(42, QStringLiteral("shop-prod"));
        m_objects = factory.makeNamespace(QStringLiteral("shop"), 3);
        auto more = factory.makeNamespace(QStringLiteral("payments"), 2);
        std::move(more.begin(), more.end(), std::back_inserter(m_objects));

        BackupSpec b;
        b.name = m_backup;
        b.scheduleName = QStringLiteral("daily");
        b.warnings = 2;
        b.objects = m_objects;
        QVERIFY(writeBackup(m_store, b).ok());

        BackupSpec older;
        older.name = QStringLiteral("daily-20261117020000");
        older.start = QDateTime(QDate(2026, 11, 17), QTime(2, 0), Qt::UTC);
        m_olderObjects =
            ObjectFactory(42, QStringLiteral("shop-prod")).makeNamespace(QStringLiteral("shop"), 3);
        // Since then one object changed and one was deleted.
        m_olderObjects[1].json["metadata"]["labels"]["edited"] = "before";
        KubeObject retired = m_olderObjects.back();
        retired.name = QStringLiteral("retired-") + retired.name;
        retired.json["metadata"]["name"] = retired.name.toStdString();
        m_olderObjects.push_back(retired);
        older.objects = m_olderObjects;
        older.legacyFormat = true;
        older.missingArtifacts = {Artifact::Logs, Artifact::VolumeInfo};
        QVERIFY(writeBackup(m_store, older).ok());

        BackupSpec unfinished;
        unfinished.name = QStringLiteral("manual-unfinished");
        unfinished.start = QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);
        unfinished.neverFinishedUploading = true;
        QVERIFY(writeBackup(m_store, unfinished).ok());

        RestoreSpec r;
        r.name = QStringLiteral("restore-1");
        r.backupName = m_backup;
        r.objects = m_objects;
        QVERIFY(writeRestore(m_store, r).ok());
    }

    void catalogListsBackupsNewestFirst() {
        auto store = open(m_store);
        QVERIFY(store);
        auto list = BackupCatalog::list(*store, CancelToken());
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message));
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).name, m_backup);
        QCOMPARE(list->at(0).phase, QStringLiteral("Completed"));
        QCOMPARE(list->at(0).startTimestamp, QStringLiteral("2026-11-18T02:00:00Z"));
        QCOMPARE(list->at(0).expiration, QStringLiteral("2026-12-18T02:00:00Z"));
        QCOMPARE(list->at(0).scheduleName, QStringLiteral("daily"));
        QCOMPARE(list->at(0).storageLocation, QStringLiteral("default"));
        QCOMPARE(list->at(0).warnings, 2);
        QCOMPARE(*list->at(0).itemsBackedUp, qint64(m_objects.size()));
        QCOMPARE(list->at(0).artifacts.size(), 12);
        QVERIFY(!list->at(0).neverFinishedUploading());
        QVERIFY(!list->at(1).has(BackupArtifact::Logs));
        QCOMPARE(list->at(2).name, QStringLiteral("manual-unfinished"));
        QVERIFY(list->at(2).neverFinishedUploading());
    }

    void inspectCountsEachObjectOnce() {
        auto store = open(m_store);
        QVERIFY(store);
        int seen = 0;
        auto r = BackupInspector::inspect(
            *store, m_backup,
            [&seen](const ObjectRecord&, QByteArrayView) {
                ++seen;
                return Status();
            },
            JobContext());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->resources, expectedCounts(m_objects));
        QCOMPARE(r->scan.objects, qint64(m_objects.size()));
        QCOMPARE(seen, int(m_objects.size()));
        // Every object twice, plus metadata/version.
        QCOMPARE(r->scan.entries, qint64(m_objects.size()) * 2 + 1);
        QCOMPARE(r->scan.formatVersion, QStringLiteral("1.1.0"));
        QCOMPARE(r->namespaces, 2);
        QCOMPARE(*r->podVolumeBackups, 3); // one per app with a volume: shop 2, payments 1
        QCOMPARE(*r->volumeSnapshots, 0);  // the artifact holds null
        QCOMPARE(*r->csiVolumeSnapshots, 0);
        const nlohmann::json j = r->toJson();
        QCOMPARE(j["resources"]["apps/v1/Deployment"].get<int>(), 5);
        QCOMPARE(j["resources"]["v1/Namespace"].get<int>(), 2);
        QCOMPARE(j["completionTimestamp"].get<std::string>(), std::string("2026-11-18T02:00:30Z"));
        QCOMPARE(j["items"].get<int>(), int(m_objects.size()));
    }

    void legacyFormatHasNoPreferredVersionCopies() {
        auto store = open(m_store);
        auto r =
            BackupInspector::inspect(*store, QStringLiteral("daily-20261117020000"), nullptr, JobContext());
        QVERIFY(r.ok());
        QCOMPARE(r->scan.formatVersion, QStringLiteral("1"));
        QCOMPARE(r->scan.entries, r->scan.objects + 1);
    }

    void unfinishedBackupIsFlaggedNotInspected() {
        auto store = open(m_store);
        auto r = BackupInspector::inspect(*store, QStringLiteral("manual-unfinished"), nullptr, JobContext());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("manual-unfinished.tar.gz")));
        QVERIFY(r.error().message.contains(QStringLiteral("never finished uploading")));
    }

    void loneTarballKnowsOnlyItsResources() {
        const QString file = m_tmp.filePath(QStringLiteral("dl/daily-20261118020000-data.tar.gz"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        QVERIFY(QFile::copy(m_store + QStringLiteral("/backups/%1/%1.tar.gz").arg(m_backup), file));
        auto store = open(file);
        QVERIFY(store);
        auto name = BackupInspector::soleBackup(*store, CancelToken());
        QVERIFY(name.ok());
        QCOMPARE(*name, m_backup);
        auto r = BackupInspector::inspect(*store, *name, nullptr, JobContext());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const nlohmann::json j = r->toJson();
        QVERIFY(j["phase"].is_null());
        QVERIFY(j["startTimestamp"].is_null());
        QVERIFY(j["items"].is_null());
        QVERIFY(j["volumeSnapshots"].is_null());
        QCOMPARE(j["resources"]["apps/v1/ReplicaSet"].get<int>(), 5);
    }

    void invalidTopLevelEntriesAreRefusedLikeVelero() {
        const QString dir = m_tmp.filePath(QStringLiteral("bad-root"));
        QVERIFY(writeBackup(dir, BackupSpec{.name = QStringLiteral("b1")}).ok());
        QDir().mkpath(dir + QStringLiteral("/photos"));
        auto spec = StoreSpec::parse(dir);
        auto store = openStore(*spec, CancelToken());
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(
            QStringLiteral("Backup store contains invalid top-level directories")));
        QVERIFY(store.error().message.contains(QStringLiteral("photos")));
    }

    void localStoreRefusesEscapingKeys() {
        LocalFolderStore store(m_store);
        auto r = store.read(QStringLiteral("backups/../../etc/passwd"), 1024, CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
    }

    // Issue 16: a planted link or FIFO in a folder store is refused at read time, never followed
    // nor waited on.
    void localStoreRefusesLinksAndFifos() {
        const QString root = m_tmp.filePath(QStringLiteral("links"));
        const QString dir = root + QStringLiteral("/backups/b");
        QVERIFY(QDir().mkpath(dir));
        QFile outside(m_tmp.filePath(QStringLiteral("outside.json")));
        QVERIFY(outside.open(QIODevice::WriteOnly) && outside.write("{\"secret\":1}") > 0);
        outside.close();
        QVERIFY(QFile::link(outside.fileName(), dir + QStringLiteral("/b-logs.gz")));
        QVERIFY(QFile::link(m_tmp.path(), root + QStringLiteral("/backups/linked")));
        QVERIFY(::mkfifo(QFile::encodeName(dir + QStringLiteral("/b.tar.gz")).constData(), 0600) == 0);
        LocalFolderStore store(root);
        for (const char* key : {"backups/b/b-logs.gz", "backups/linked/outside.json", "backups/b/b.tar.gz"}) {
            const QString k = QString::fromLatin1(key);
            auto bytes = store.read(k, 1024, CancelToken());
            QVERIFY2(!bytes.ok() && bytes.error().kind == Error::Kind::BadInput, key);
            QVERIFY(!store
                         .readStream(
                             k, [](QByteArrayView) { return Status(); }, CancelToken())
                         .ok());
            QVERIFY(!store.stat(k, CancelToken()).ok());
        }
        auto fifo = store.read(QStringLiteral("backups/b/b.tar.gz"), 1024, CancelToken());
        QVERIFY(fifo.error().message.contains(QStringLiteral("FIFO")));
        QVERIFY(store.read(QStringLiteral("backups/b/none"), 1024, CancelToken()).error().kind ==
                Error::Kind::NotFound);
    }

    void verifyWholeBackup() {
        auto store = open(m_store);
        auto problems = BackupVerifier::verify(*store, m_backup, JobContext());
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void verifyReportsEveryProblem() {
        const QString dir = m_tmp.filePath(QStringLiteral("verify"));
        BackupSpec b;
        b.name = QStringLiteral("partial");
        b.phase = QStringLiteral("PartiallyFailed");
        b.objects = ObjectFactory(3).makeNamespace(QStringLiteral("shop"), 1);
        b.missingArtifacts = {Artifact::ResourceList};
        QVERIFY(writeBackup(dir, b).ok());
        auto store = open(dir);
        auto problems = BackupVerifier::verify(*store, b.name, JobContext());
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 2);
        QVERIFY(problems->at(0).contains(QStringLiteral("PartiallyFailed")));
        QVERIFY(problems->at(1).contains(QStringLiteral("partial-resource-list.json.gz")));
    }

    void hostile_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << "truncated-gzip"
                                   << "truncated";
        QTest::newRow("corrupt") << "corrupt-gzip"
                                 << "corrupt gzip data|not a valid tar stream";
        QTest::newRow("bomb") << "gzip-bomb"
                              << "more than";
        QTest::newRow("dotdot") << "dotdot-path"
                                << "escape";
        QTest::newRow("absolute") << "absolute-path"
                                  << "escape";
        QTest::newRow("symlink") << "symlink"
                                 << "symbolic link";
        QTest::newRow("hardlink") << "hardlink"
                                  << "hard link";
        QTest::newRow("device") << "device"
                                << "character device";
        QTest::newRow("directory") << "directory"
                                   << "directory";
        QTest::newRow("utf8") << "invalid-utf8"
                              << "not valid JSON";
        QTest::newRow("json") << "invalid-json"
                              << "not valid JSON";
        QTest::newRow("deep") << "deep-json"
                              << "not valid JSON";
    }

    void hostile() {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString dir = m_tmp.filePath(QStringLiteral("hostile-") + kind);
        const QString name = QStringLiteral("h-") + kind;
        // 80 MiB of zeros: beyond the per-object cap, yet quick to write.
        QVERIFY(writeHostileBackup(dir, name, *parseHostileKind(kind), qint64(80) << 20).ok());
        auto store = open(dir);
        QVERIFY(store);
        auto r = BackupInspector::inspect(*store, name, nullptr, JobContext());
        QVERIFY(!r.ok());
        const QString msg = r.error().message;
        QVERIFY2(msg.contains(QStringLiteral("Backup %1, artifact %1.tar.gz").arg(name)), qPrintable(msg));
        QVERIFY2(msg.contains(QRegularExpression(expected)), qPrintable(msg));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/aks-escape.json")));
        auto problems = BackupVerifier::verify(*store, name, JobContext());
        QVERIFY(problems.ok());
        QVERIFY(!problems->isEmpty());
    }

    // Tarballs Velero restores otherwise than they are written (the issue-16 attack among them):
    // inspect reads them as Velero does, and verify names the entry at fault.
    void readAsVeleroDoes_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("backdoor");
        QTest::addColumn<QString>("problem");
        QTest::newRow("dotslash")
            << "dotslash-backdoor" << true
            << "ClusterRoleBinding backdoor \\(entry \"\\./resources/clusterrolebindings"
               "\\.rbac\\.authorization\\.k8s\\.io/cluster/backdoor\\.json\"\\) would be "
               "restored by Velero but is not in the resource list";
        QTest::newRow("pax-size") << "pax-size-backdoor" << true << "backdoor .*not in the resource list";
        QTest::newRow("oldgnu") << "oldgnu-backdoor" << true << "backdoor .*not in the resource list";
        QTest::newRow("shadowing")
            << "shadowing-entry" << false
            << "entry \"resources//namespaces/cluster/shop\\.json\" is restored by Velero as "
               "resources/namespaces/cluster/shop\\.json";
        QTest::newRow("duplicate") << "duplicate" << false << "replaces an earlier entry of resources/";
        QTest::newRow("type-7") << "continuous-entry" << false << "contiguous\\.json\" is of tar type '7'";
    }

    void readAsVeleroDoes() {
        QFETCH(QString, kind);
        QFETCH(bool, backdoor);
        QFETCH(QString, problem);
        const QString dir = m_tmp.filePath(QStringLiteral("velero-reads-") + kind);
        const QString name = QStringLiteral("v-") + kind;
        QVERIFY(writeHostileBackup(dir, name, *parseHostileKind(kind)).ok());
        auto store = open(dir);
        QVERIFY(store);
        QStringList listed;
        auto r = BackupInspector::inspect(
            *store, name,
            [&listed](const ObjectRecord& o, QByteArrayView) {
                listed << o.groupVersionKind() + QLatin1Char(' ') + o.namespacedName();
                return Status();
            },
            JobContext());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const QString binding = QStringLiteral("rbac.authorization.k8s.io/v1/ClusterRoleBinding");
        QCOMPARE(listed.contains(binding + QStringLiteral(" backdoor")), backdoor);
        QCOMPARE(r->resources.value(binding), backdoor ? 1 : 0);
        QVERIFY(!listed.join(QLatin1Char('\n')).contains(QLatin1String("contiguous")));
        QVERIFY(r->scan.anomalyCount > 0 || backdoor);
        qint64 counted = 0;
        for (qint64 n : r->resources)
            counted += n;
        QCOMPARE(counted, r->scan.objects);

        auto problems = BackupVerifier::verify(*store, name, JobContext());
        QVERIFY(problems.ok());
        const QString all = problems->join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QRegularExpression(problem)), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Backup %1, artifact %1.tar.gz: ").arg(name)), qPrintable(all));
    }

    void ratioCapStopsBombs() {
        const QString dir = m_tmp.filePath(QStringLiteral("ratio"));
        QVERIFY(
            writeHostileBackup(dir, QStringLiteral("bomb"), HostileKind::GzipBomb, qint64(48) << 20).ok());
        LocalFolderStore store(dir);
        TarballScanner::Options options;
        options.inflate.ratioGraceBytes = 4 << 20;
        options.inflate.maxRatio = 100;
        options.maxEntryBytes = qint64(1) << 30;
        TarballScanner scanner(store, QStringLiteral("bomb"),
                               TarballScanner::defaultKey(QStringLiteral("bomb")), options);
        auto r = scanner.scan(nullptr, JobContext());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("decompression bomb")),
                 qPrintable(r.error().message));
    }

    void missingObjectFailsVerify() {
        const QString dir = m_tmp.filePath(QStringLiteral("missing"));
        QVERIFY(writeHostileBackup(dir, QStringLiteral("gone"), HostileKind::MissingObject).ok());
        auto store = open(dir);
        auto problems = BackupVerifier::verify(*store, QStringLiteral("gone"), JobContext());
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->at(0).contains(QStringLiteral("apps/v1/Deployment shop/vanished")));
    }

    void corruptArtifactNamesBackupAndArtifact() {
        const QString dir = m_tmp.filePath(QStringLiteral("badlog"));
        QVERIFY(writeBackup(dir, BackupSpec{.name = QStringLiteral("b")}).ok());
        QFile f(dir + QStringLiteral("/backups/b/b-logs.gz"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not gzip at all");
        f.close();
        auto store = open(dir);
        ArtifactReader reader(*store, QStringLiteral("b"));
        auto log = reader.readBytes(BackupArtifact::Logs, CancelToken());
        QVERIFY(!log.ok());
        QVERIFY(log.error().message.startsWith(QStringLiteral("Backup b, artifact b-logs.gz:")));
        auto absent = reader.readBytes(BackupArtifact::CsiVolumeSnapshots, CancelToken());
        QVERIFY(absent.ok());
        QVERIFY(absent->has_value());
    }

    void longNamesSurviveTheTarReader() {
        const QString dir = m_tmp.filePath(QStringLiteral("long"));
        BackupSpec b;
        b.name = QStringLiteral("long");
        b.objects = ObjectFactory(5).makeNamespace(QStringLiteral("n"), 1);
        KubeObject o = b.objects.back();
        o.name = QString(150, QLatin1Char('x'));
        o.json["metadata"]["name"] = o.name.toStdString();
        b.objects.push_back(o);
        QVERIFY(writeBackup(dir, b).ok());
        auto store = open(dir);
        bool found = false;
        auto r = BackupInspector::inspect(
            *store, b.name,
            [&](const ObjectRecord& rec, QByteArrayView) {
                found = found || rec.name == o.name;
                return Status();
            },
            JobContext());
        QVERIFY(r.ok());
        QVERIFY(found);
    }

    void tarParserRejectsGarbage() {
        TarStreamParser parser([](const TarStreamParser::Entry&) { return Status(); });
        QVERIFY(!parser.feed(QByteArray(512, 'x')).ok());
        TarStreamParser empty([](const TarStreamParser::Entry&) { return Status(); });
        QVERIFY(!empty.finish().ok());
    }

    // filepath.Clean as Velero's extraction applies it, and what stays refused.
    void tarPathCleaning_data() {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("clean");
        QTest::newRow("plain") << "resources/pods/cluster/a.json"
                               << "resources/pods/cluster/a.json";
        QTest::newRow("dot-slash") << "./resources/pods/cluster/a.json"
                                   << "resources/pods/cluster/a.json";
        QTest::newRow("double-slash") << "resources//pods///cluster/a.json"
                                      << "resources/pods/cluster/a.json";
        QTest::newRow("inner-dotdot") << "resources/x/../pods/./cluster/a.json"
                                      << "resources/pods/cluster/a.json";
        QTest::newRow("trailing-slash") << "resources/pods/cluster/a.json/"
                                        << "resources/pods/cluster/a.json";
        QTest::newRow("escapes") << "resources/../../a.json"
                                 << "";
        QTest::newRow("absolute") << "/resources/pods/cluster/a.json"
                                  << "";
        QTest::newRow("backslash") << "resources\\pods"
                                   << "";
        QTest::newRow("only-dots") << "./."
                                   << "";
    }

    void tarPathCleaning() {
        QFETCH(QString, written);
        QFETCH(QString, clean);
        QCOMPARE(TarStreamParser::cleanPath(written), clean);
    }

    // Header forms read the way Go's archive/tar reads them.
    void tarParserReadsAsGo() {
        using namespace storegen::rawtar;
        const QByteArray json = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\"}";
        const QByteArray name = "resources/pods/namespaces/a/p.json";
        QByteArray tar = paxHeader({{"size", QByteArray::number(json.size())}}) +
                         entry(name, json, '0', Style::Ustar, 0) +
                         entry(name + "2", json, '0', Style::OldGnu, -1, "15000000000") +
                         entry("resources/pods/namespaces/a/skipped.json", json, '7') +
                         entry("12345", json, '0', Style::Ustar, -1, "resources/pods/namespaces/a") +
                         QByteArray(1024, '\0');
        QList<QPair<QString, QByteArray>> seen;
        QStringList skipped;
        TarStreamParser parser([&seen](const TarStreamParser::Entry& e) {
            seen.append({e.path, e.content.toByteArray()});
            return Status();
        });
        parser.onSkipped([&skipped](const QString& path, char type) {
            skipped << path + QLatin1Char(' ') + QLatin1Char(type);
        });
        QVERIFY(parser.feed(tar).ok());
        QVERIFY(parser.finish().ok());
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[0].first, QString::fromLatin1(name)); // the pax size, not the header's 0
        QCOMPARE(seen[0].second, json);
        QCOMPARE(seen[1].first, QString::fromLatin1(name + "2"));                     // old GNU: no prefix
        QCOMPARE(seen[2].first, QStringLiteral("resources/pods/namespaces/a/12345")); // ustar prefix
        QCOMPARE(skipped, QStringList{QStringLiteral("resources/pods/namespaces/a/skipped.json 7")});

        // A malformed pax record makes Go refuse the archive: so do we.
        QByteArray badPax = entry("PaxHeaders/x", "8 size=1\n", 'x') + entry(name, json);
        TarStreamParser strict([](const TarStreamParser::Entry&) { return Status(); });
        QVERIFY(!strict.feed(badPax).ok());
    }

    void gzipMultiMemberAndTruncation() {
        const QByteArray a = QByteArray::fromBase64("H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA=="); // "hello"
        auto both = GzipInflater::inflateAll(QByteArray(a + a), 1024);
        QVERIFY(both.ok());
        QCOMPARE(*both, QByteArray("hellohello"));
        QVERIFY(!GzipInflater::inflateAll(a.left(a.size() - 4), 1024).ok());
        QVERIFY(!GzipInflater::inflateAll(a, 3).ok());
    }

    void resourcePaths() {
        ResourcePath p;
        QVERIFY(ResourcePath::parse(u"resources/deployments.apps/namespaces/shop/web.json", &p));
        QCOMPARE(p.groupResource, QStringLiteral("deployments.apps"));
        QCOMPARE(p.ns, QStringLiteral("shop"));
        QCOMPARE(p.name, QStringLiteral("web"));
        QVERIFY(p.isPrimaryCopy());
        QVERIFY(
            ResourcePath::parse(u"resources/persistentvolumes/v1-preferredversion/cluster/pv-1.json", &p));
        QVERIFY(p.isPreferredVersionCopy());
        QVERIFY(p.ns.isEmpty());
        QCOMPARE(p.name, QStringLiteral("pv-1"));
        QVERIFY(!ResourcePath::parse(u"metadata/version", &p));
        QVERIFY(!ResourcePath::parse(u"resources/pods/namespaces/shop.json", &p));
    }

    void logLines() {
        const LogEntry e =
            LogEntry::parse(QStringLiteral("time=\"2026-11-18T11:06:41Z\" level=warning msg=\"say \\\"hi\\\" "
                                           "\\\\ bye\" backup=velero/daily-1 name=web namespace=shop"));
        QCOMPARE(e.time, QStringLiteral("2026-11-18T11:06:41Z"));
        QCOMPARE(e.level, LogEntry::Level::Warning);
        QCOMPARE(e.message, QStringLiteral("say \"hi\" \\ bye"));
        QCOMPARE(e.field(QStringLiteral("namespace")), QStringLiteral("shop"));
        auto store = open(m_store);
        ArtifactReader reader(*store, m_backup);
        auto log = reader.readBytes(BackupArtifact::Logs, CancelToken());
        QVERIFY(log.ok() && log->has_value());
        int warnings = 0;
        for (const LogEntry& l : LogEntry::parseAll(log->value()))
            warnings += l.level == LogEntry::Level::Warning ? 1 : 0;
        QCOMPARE(warnings, 2);
    }

    // The expected changes come from the objects storegen wrote, never from the inspector's output.
    void compareTwoBackups() {
        auto store = open(m_store);
        QVERIFY(store);
        auto collect = [&](const QString& name, QList<ObjectRecord>& out) {
            auto r = BackupInspector::inspect(
                *store, name,
                [&out](const ObjectRecord& o, QByteArrayView) {
                    out.append(o);
                    return Status();
                },
                JobContext());
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        };
        QList<ObjectRecord> older, newer;
        collect(QStringLiteral("daily-20261117020000"), older);
        collect(m_backup, newer);
        QCOMPARE(older.size(), qsizetype(m_olderObjects.size()));
        QCOMPARE(newer.size(), qsizetype(m_objects.size()));

        QMap<QString, QString> before, after; // identity -> content
        for (const KubeObject& o : m_olderObjects)
            before.insert(o.groupVersionKind() + QLatin1Char(' ') + o.namespacedName(),
                          QString::fromStdString(o.json.dump()));
        for (const KubeObject& o : m_objects)
            after.insert(o.groupVersionKind() + QLatin1Char(' ') + o.namespacedName(),
                         QString::fromStdString(o.json.dump()));
        QStringList added, removed, changed;
        int unchanged = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key()))
                added << it.key();
            else if (before.value(it.key()) != it.value())
                changed << it.key();
            else
                ++unchanged;
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!after.contains(it.key()))
                removed << it.key();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(removed.size(), 1);
        QVERIFY(added.size() > 10); // the payments namespace

        const BackupComparison c = BackupComparison::compare(older, newer);
        QStringList gotAdded, gotRemoved, gotChanged;
        for (const auto& item : c.items) {
            const QString id =
                item.object.groupVersionKind() + QLatin1Char(' ') + item.object.namespacedName();
            (item.change == BackupComparison::Change::Added     ? gotAdded
             : item.change == BackupComparison::Change::Removed ? gotRemoved
                                                                : gotChanged)
                << id;
        }
        gotAdded.sort();
        gotRemoved.sort();
        gotChanged.sort();
        QCOMPARE(gotAdded, added);
        QCOMPARE(gotRemoved, removed);
        QCOMPARE(gotChanged, changed);
        QCOMPARE(c.unchanged, unchanged);
    }

    void cancelStopsTheScan() {
        auto store = open(m_store);
        CancelToken token;
        token.cancel();
        auto r = BackupInspector::inspect(*store, m_backup, nullptr, JobContext(token, nullptr, nullptr));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestInspectorBackend)
#include "tst_inspector_backend.moc"
