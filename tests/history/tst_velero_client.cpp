// VeleroClient and KubectlClient against the simulators as child processes: every output shape
// (List, single object, empty list), installs, restores and the faults.
#include "SimFixture.h"
#include "StoreWriter.h"
#include "velero/KubectlClient.h"
#include "velero/VeleroClient.h"
#include "velero/VeleroJson.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace aks;

class TstVeleroClient : public QObject {
    Q_OBJECT

private:
    test::SimFixture m_sim;
    const QString m_now = QStringLiteral("2026-11-20T12:00:00Z");

    EnvironmentConfig env(const QString& fault = {}) const {
        EnvironmentConfig e;
        e.velero = test::SimFixture::velero();
        e.kubectl = test::SimFixture::kubectl();
        e.processEnvironment = m_sim.environment(fault);
        e.commandTimeout = std::chrono::seconds(20);
        e.longCommandTimeout = std::chrono::seconds(60);
        return e;
    }
    VeleroTarget target(const QString& cluster) const {
        VeleroTarget t;
        t.kubeconfig = m_sim.kubeconfig(cluster);
        return t;
    }
    VeleroClient client(const QString& cluster, const QString& fault = {}) const {
        return VeleroClient(env(fault), target(cluster));
    }
    InstallOptions azureInstall(const QString& prefix) const {
        InstallOptions o;
        o.provider = QStringLiteral("azure");
        o.bucket = m_sim.storeDir();
        o.prefix = prefix;
        o.config = {
            {QStringLiteral("storageAccount"), QStringLiteral("acct")},
            {QStringLiteral("storageAccountKeyEnvVar"), QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}};
        o.credentials = "AZURE_STORAGE_ACCOUNT_ACCESS_KEY=s3cr3t-value\nAZURE_CLOUD_NAME=AzurePublicCloud\n";
        return o;
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(test::SimFixture::velero()), "aks-sim-velero is not built");
        QVERIFY(m_sim.seed(m_now));
    }

    void listShape() {
        auto backups = client(QStringLiteral("shop-prod")).backups({});
        QVERIFY2(backups.ok(), qPrintable(backups.ok() ? QString() : backups.error().fullText()));
        QCOMPARE(backups->size(), 21);
        int partial = 0;
        for (const auto& b : *backups) {
            QCOMPARE(b.scheduleName, QStringLiteral("daily"));
            QCOMPARE(b.ttlSeconds, qint64(720) * 3600);
            QVERIFY(b.started.isValid());
            QVERIFY(b.expiration > b.started);
            QCOMPARE(b.veleroNamespace, QStringLiteral("velero"));
            QVERIFY(b.raw.contains("spec"));
            partial += b.phase == QLatin1String("PartiallyFailed") ? 1 : 0;
        }
        QCOMPARE(partial, 1);
        // A JSON without its tarball is still listed, as Velero's sync lists it.
        auto payments = client(QStringLiteral("payments")).backups({});
        QVERIFY(payments.ok());
        QCOMPARE(payments->size(), 22);
    }

    void singleObjectShape() {
        // One restore in the cluster: velero prints the object alone, not a List of one.
        auto restores = client(QStringLiteral("shop-prod")).restores({});
        QVERIFY(restores.ok());
        QCOMPARE(restores->size(), 1);
        QCOMPARE(restores->first().phase, QStringLiteral("Completed"));
        QCOMPARE(restores->first().warnings, 1);
        auto one = client(QStringLiteral("shop-prod")).backup(QStringLiteral("daily-20261120020004"), {});
        QVERIFY2(one.ok(), qPrintable(one.ok() ? QString() : one.error().fullText()));
        QCOMPARE(one->name, QStringLiteral("daily-20261120020004"));
        QCOMPARE(one->started, QDateTime(QDate(2026, 11, 20), QTime(2, 0, 4), Qt::UTC));
    }

    void jsonShapes() {
        const auto list = nlohmann::json::parse(
            R"({"kind":"BackupList","apiVersion":"velero.io/v1","metadata":{},"items":[]})");
        QCOMPARE(VeleroJson::items(list, QStringLiteral("Backup"))->size(), size_t(0));
        const auto nullItems = nlohmann::json::parse(R"({"kind":"BackupList","items":null})");
        QCOMPARE(VeleroJson::items(nullItems, QStringLiteral("Backup"))->size(), size_t(0));
        const auto single = nlohmann::json::parse(R"({"kind":"Backup","metadata":{"name":"a"}})");
        QCOMPARE(VeleroJson::items(single, QStringLiteral("Backup"))->size(), size_t(1));
        const auto wrong = nlohmann::json::parse(R"({"kind":"Restore","metadata":{"name":"a"}})");
        QVERIFY(!VeleroJson::items(wrong, QStringLiteral("Backup")).ok());
        QCOMPARE(VeleroJson::goDurationSeconds(QStringLiteral("720h0m0s")), qint64(2592000));
        QCOMPARE(VeleroJson::goDurationSeconds(QStringLiteral("1h30m")), qint64(5400));
        QCOMPARE(VeleroJson::goDurationSeconds(QStringLiteral("soon")), qint64(-1));
    }

    void notInstalledAndUnknownCluster() {
        auto backups = client(QStringLiteral("standby")).backups({});
        QVERIFY(!backups.ok());
        QCOMPARE(backups.error().kind, Error::Kind::ExitCode);
        QVERIFY(backups.error().message.contains(QLatin1String("could not find the requested resource")));

        VeleroTarget unknown;
        unknown.kubeconfig = m_sim.kubeconfig(QStringLiteral("shop-prod"));
        unknown.kubecontext = QStringLiteral("gone-cluster");
        auto r = VeleroClient(env(), unknown).backups({});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("gone-cluster")));

        VeleroTarget none;
        none.kubeconfig = m_sim.stateDir() + QStringLiteral("/missing.kubeconfig");
        QVERIFY(!VeleroClient(env(), none).schedules({}).ok());

        auto missing = client(QStringLiteral("shop-prod")).backup(QStringLiteral("no-such-backup"), {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void schedulesAndLocations() {
        auto schedules = client(QStringLiteral("analytics")).schedules({});
        QVERIFY(schedules.ok());
        QCOMPARE(schedules->size(), 1);
        QCOMPARE(schedules->first().cron, QStringLiteral("0 2 * * *"));
        QCOMPARE(schedules->first().phase, QStringLiteral("Enabled"));
        // analytics missed its last two runs: the schedule's last backup is two days back.
        QCOMPARE(schedules->first().lastBackup.date(), QDate(2026, 11, 18));

        auto bsls = client(QStringLiteral("analytics")).backupStorageLocations({});
        QVERIFY(bsls.ok());
        QCOMPARE(bsls->size(), 1);
        const VeleroBsl& l = bsls->first();
        QVERIFY(l.isAvailable());
        QVERIFY(l.isDefault);
        QCOMPARE(l.provider, QStringLiteral("azure"));
        QCOMPARE(l.prefix, QStringLiteral("analytics"));
        QCOMPARE(l.bucket, m_sim.storeDir());
        QCOMPARE(l.accessMode, QStringLiteral("ReadWrite"));
        QVERIFY(l.lastSyncedTime.isValid());

        auto down =
            client(QStringLiteral("analytics"), QStringLiteral("bsl-unavailable")).backupStorageLocations({});
        QVERIFY(down.ok());
        QCOMPARE(down->first().phase, QStringLiteral("Unavailable"));
        QVERIFY(!down->first().message.isEmpty());
    }

    void installRestoreAndVerify() {
        VeleroClient standby = client(QStringLiteral("standby"));
        auto st = standby.install(azureInstall(QStringLiteral("shop-prod")), {});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().fullText()));
        // The credentials file was 0600 while velero read it, and is gone now.
        auto install = nlohmann::json::parse([&] {
            QFile f(m_sim.stateDir() + QStringLiteral("/velero/standby/install.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string("{}");
        }());
        QCOMPARE(QString::fromStdString(install.value("secretFileMode", std::string())),
                 QStringLiteral("600"));
        QVERIFY(!QFileInfo::exists(QString::fromStdString(install.value("secretFile", std::string()))));

        auto backups = standby.backups({});
        QVERIFY(backups.ok());
        QCOMPARE(backups->size(), 21);

        KubectlClient kubectl(env(), target(QStringLiteral("standby")));
        auto before = kubectl.namespaces({});
        QVERIFY(before.ok());
        QVERIFY(!before->contains(QStringLiteral("shop")));
        QVERIFY(before->contains(QStringLiteral("velero")));

        RestoreOptions o;
        o.name = QStringLiteral("standby-restore");
        o.fromBackup = QStringLiteral("daily-20261120020004");
        o.includeNamespaces = {QStringLiteral("shop"), QStringLiteral("checkout")};
        o.restoreVolumes = true;
        o.existingResourcePolicy = RestoreOptions::ExistingResourcePolicy::Update;
        o.wait = true;
        auto restore = standby.createRestore(o, {});
        QVERIFY2(restore.ok(), qPrintable(restore.ok() ? QString() : restore.error().fullText()));
        QCOMPARE(restore->phase, QStringLiteral("Completed"));
        QVERIFY(restore->totalItems > 0);
        QCOMPARE(restore->itemsRestored, restore->totalItems);

        auto logs = standby.restoreLogs(o.name, {});
        QVERIFY(logs.ok());
        QVERIFY(logs->contains(QLatin1String("Restored Deployment shop/web")));
        QVERIFY(QFileInfo::exists(
            m_sim.storeDir() +
            QStringLiteral("/shop-prod/restores/standby-restore/restore-standby-restore-results.gz")));

        auto after = kubectl.namespaces({});
        QVERIFY(after.ok());
        QVERIFY(after->contains(QStringLiteral("shop")));
        QVERIFY(after->contains(QStringLiteral("checkout")));
        auto deployments = kubectl.deployments(QStringLiteral("shop"), {});
        QVERIFY(deployments.ok());
        QCOMPARE(deployments->size(), 3);
        for (const auto& d : *deployments)
            QVERIFY(d.isReady());
        auto pvcs = kubectl.persistentVolumeClaims(QStringLiteral("shop"), {});
        QVERIFY(pvcs.ok());
        QVERIFY(!pvcs->isEmpty());
        for (const auto& p : *pvcs)
            QVERIFY(p.isBound());
        auto sts = kubectl.statefulSets(QStringLiteral("shop"), {});
        QVERIFY(sts.ok());
        QVERIFY(sts->isEmpty());

        // Restoring into existing objects without update: skipped, each one a warning.
        o.name = QStringLiteral("again");
        o.existingResourcePolicy = RestoreOptions::ExistingResourcePolicy::None;
        auto again = standby.createRestore(o, {});
        QVERIFY(again.ok());
        QCOMPARE(again->phase, QStringLiteral("Completed"));
        QVERIFY(again->warnings > 0);
    }

    void restoreOutcomesAndProgress() {
        // partially-failed: --wait exits 0, the phase tells the truth.
        VeleroClient faulty = client(QStringLiteral("payments"), QStringLiteral("partially-failed"));
        RestoreOptions o;
        o.fromBackup = QStringLiteral("daily-20261120020002");
        o.namespaceMappings = {{QStringLiteral("payments"), QStringLiteral("payments-copy")}};
        o.wait = true;
        auto partial = faulty.createRestore(o, {});
        QVERIFY2(partial.ok(), qPrintable(partial.ok() ? QString() : partial.error().fullText()));
        QVERIFY(partial->name.startsWith(o.fromBackup + QLatin1Char('-')));
        QCOMPARE(partial->phase, QStringLiteral("PartiallyFailed"));
        QCOMPARE(partial->errors, 1);
        QCOMPARE(partial->namespaceMapping.value(QStringLiteral("payments")),
                 QStringLiteral("payments-copy"));

        // A backup that is not there fails validation rather than the command.
        RestoreOptions missing;
        missing.name = QStringLiteral("from-nothing");
        missing.fromBackup = QStringLiteral("daily-19990101020000");
        auto invalid = client(QStringLiteral("payments")).createRestore(missing, {});
        QVERIFY(invalid.ok());
        QCOMPARE(invalid->phase, QStringLiteral("FailedValidation"));
        QVERIFY(!invalid->validationErrors.isEmpty());

        // Without --wait: New, then polled to the end with progress reported.
        RestoreOptions later;
        later.name = QStringLiteral("polled");
        later.fromBackup = QStringLiteral("daily-20261119020002");
        later.includeNamespaces = {QStringLiteral("ledger")};
        // Long enough that a loaded machine still sees it unfinished right after creating it.
        EnvironmentConfig slow = env();
        slow.processEnvironment.insert(QStringLiteral("AKS_SIM_RESTORE_MS"), QStringLiteral("4000"));
        const VeleroClient slowClient(slow, target(QStringLiteral("payments")));
        auto created = slowClient.createRestore(later, {});
        QVERIFY(created.ok());
        QVERIFY(!created->isFinished());
        int reports = 0;
        JobContext job(CancelToken(), [&](int, int, const QString&) { ++reports; }, {});
        auto done = slowClient.waitForRestore(later.name, job, std::chrono::milliseconds(100));
        QVERIFY(done.ok());
        QCOMPARE(done->phase, QStringLiteral("Completed"));
        QVERIFY(reports >= 2);
    }

    void download() {
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("b.tar.gz"));
        QVERIFY(client(QStringLiteral("shop-prod"))
                    .downloadBackup(QStringLiteral("daily-20261120020004"), file, {})
                    .ok());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("\x1f\x8b"));
        // The backup that never finished uploading has no tarball to download.
        auto noTar = client(QStringLiteral("payments"))
                         .downloadBackup(QStringLiteral("pre-upgrade-20261112"), file, {});
        QVERIFY(!noTar.ok());
        QVERIFY(
            !client(QStringLiteral("shop-prod"))
                 .downloadBackup(QStringLiteral("daily-1"), QStringLiteral("/nonexistent/dir/x.tar.gz"), {})
                 .ok());
    }

    void emptyList() {
        VeleroClient other = client(QStringLiteral("standby"));
        QVERIFY(other.uninstall({}).ok()); // an install over an existing one changes nothing
        InstallOptions o = azureInstall(QStringLiteral("fresh-site"));
        QVERIFY(other.install(o, {}).ok());
        auto backups = other.backups({});
        QVERIFY(backups.ok());
        QVERIFY(backups->isEmpty());
        auto bsl = other.backupStorageLocations({});
        QVERIFY(bsl.ok());
        QCOMPARE(bsl->first().phase, QStringLiteral("Unavailable")); // the prefix folder does not exist
        // Another namespace than Velero's sees nothing.
        VeleroTarget t = target(QStringLiteral("shop-prod"));
        t.veleroNamespace = QStringLiteral("velero-other");
        auto none = VeleroClient(env(), t).backups({});
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void faults() {
        auto garbage = client(QStringLiteral("shop-prod"), QStringLiteral("garbage")).backups({});
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind, Error::Kind::BadOutput);
        auto crash = client(QStringLiteral("shop-prod"), QStringLiteral("crash")).schedules({});
        QVERIFY(!crash.ok());
        QCOMPARE(crash.error().kind, Error::Kind::Crashed);
        EnvironmentConfig e = env(QStringLiteral("hang"));
        e.commandTimeout = std::chrono::seconds(1);
        auto hang = VeleroClient(e, target(QStringLiteral("shop-prod"))).backups({});
        QVERIFY(!hang.ok());
        QCOMPARE(hang.error().kind, Error::Kind::Timeout);
        CancelToken cancel;
        cancel.cancel();
        auto cancelled = client(QStringLiteral("shop-prod")).backups(cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        auto kgarbage =
            KubectlClient(env(QStringLiteral("garbage")), target(QStringLiteral("shop-prod"))).namespaces({});
        QVERIFY(!kgarbage.ok());
        QCOMPARE(kgarbage.error().kind, Error::Kind::BadOutput);
    }

    void version() {
        auto v = client(QStringLiteral("shop-prod")).version({});
        QVERIFY(v.ok());
        QCOMPARE(v->client, QStringLiteral("v1.13.2"));
        QCOMPARE(v->server, QStringLiteral("v1.13.2"));
        VeleroTarget t = target(QStringLiteral("shop-prod"));
        t.kubecontext = QStringLiteral("nowhere");
        auto unreachable = VeleroClient(env(), t).version({});
        QVERIFY(unreachable.ok());
        QVERIFY(unreachable->server.isEmpty());
        QVERIFY(!unreachable->serverError.isEmpty());
    }

    void validationBeforeRunning() {
        // A program that does not exist proves nothing ran.
        EnvironmentConfig e = env();
        e.velero = QStringLiteral("/nonexistent/velero");
        VeleroClient c(e, target(QStringLiteral("shop-prod")));
        RestoreOptions o;
        o.fromBackup = QStringLiteral("Bad_Name");
        auto r = c.createRestore(o, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        o.fromBackup = QStringLiteral("ok-name");
        o.includeNamespaces = {QStringLiteral("shop; rm -rf /")};
        QCOMPARE(c.createRestore(o, {}).error().kind, Error::Kind::BadInput);
        o.includeNamespaces = {QStringLiteral("shop")};
        o.namespaceMappings = {{QStringLiteral("shop"), QStringLiteral("a:b")}};
        QCOMPARE(c.createRestore(o, {}).error().kind, Error::Kind::BadInput);
        QCOMPARE(c.backup(QStringLiteral("../etc"), {}).error().kind, Error::Kind::BadInput);
        InstallOptions bad;
        QCOMPARE(c.install(bad, {}).error().kind, Error::Kind::BadInput);

        RestoreOptions args;
        args.fromBackup = QStringLiteral("b");
        args.includeNamespaces = {QStringLiteral("a"), QStringLiteral("b")};
        args.namespaceMappings = {{QStringLiteral("a"), QStringLiteral("x")},
                                  {QStringLiteral("b"), QStringLiteral("y")}};
        const QStringList a = VeleroClient::restoreArguments(args);
        QCOMPARE(a.count(QStringLiteral("--include-namespaces")), 1);
        QVERIFY(a.contains(QStringLiteral("a,b")));
        QVERIFY(a.contains(QStringLiteral("a:x,b:y")));
        QVERIFY(!a.contains(QStringLiteral("--wait")));
    }
};

QTEST_GUILESS_MAIN(TstVeleroClient)
#include "tst_velero_client.moc"
