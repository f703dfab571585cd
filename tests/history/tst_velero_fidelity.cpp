// The velero simulator is as strict as velero and its plugins (the project's velero CLI table and
// the plugins' rules): one test per mistake kind, each turned into velero's real symptom. And the
// install builder writes what the real plugins need.
#include "SimFixture.h"
#include "inspector/BackupCatalog.h"
#include "inspector/BackupVerifier.h"
#include "restore/BackupStorageNeeds.h"
#include "restore/VeleroVersionPairing.h"
#include "store/StoreFactory.h"
#include "velero/KubectlClient.h"
#include "velero/VeleroCliTable.h"
#include "velero/VeleroClient.h"
#include "velero/VeleroInstallCommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <algorithm>

#include <nlohmann/json.hpp>

using namespace aks;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

const QByteArray kKeyFile =
    "AZURE_STORAGE_ACCOUNT_ACCESS_KEY=a2V5LXZhbHVl\nAZURE_CLOUD_NAME=AzurePublicCloud\n";
const QByteArray kServicePrincipal =
    "AZURE_TENANT_ID=t\nAZURE_CLIENT_ID=c\nAZURE_CLIENT_SECRET=sp-secret-value\n"
    "AZURE_SUBSCRIPTION_ID=s\nAZURE_RESOURCE_GROUP=mc-nodes\nAZURE_CLOUD_NAME=AzurePublicCloud\n";

} // namespace

class TstVeleroFidelity : public QObject {
    Q_OBJECT

    test::SimFixture m_sim{{QStringLiteral("shop-prod"), QStringLiteral("standby")}};
    const QString m_now = QStringLiteral("2026-11-20T12:00:00Z");
    const VeleroSemVer m_client{1, 13, 2};

    Run velero(const QStringList& args, const QString& version = {}, const QString& fault = {}) {
        QProcess p;
        auto e = m_sim.environment(fault);
        if (!version.isEmpty())
            e.insert(QStringLiteral("AKS_SIM_VELERO_VERSION"), version);
        p.setProcessEnvironment(e);
        p.start(test::SimFixture::velero(), args + QStringList{QStringLiteral("--kubeconfig"),
                                                               m_sim.kubeconfig(QStringLiteral("standby"))});
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    VeleroClient standby() const {
        EnvironmentConfig e;
        e.velero = test::SimFixture::velero();
        e.processEnvironment = m_sim.environment();
        e.commandTimeout = std::chrono::seconds(20);
        e.longCommandTimeout = std::chrono::seconds(60);
        VeleroTarget t;
        t.kubeconfig = m_sim.kubeconfig(QStringLiteral("standby"));
        return VeleroClient(e, t);
    }
    InstallOptions azure(const QMap<QString, QString>& config, const QByteArray& credentials) const {
        InstallOptions o;
        o.provider = QStringLiteral("azure");
        o.bucket = m_sim.storeDir();
        o.prefix = QStringLiteral("shop-prod");
        o.config = config;
        o.credentials = credentials;
        return o;
    }
    // Installs with a file of the given content, as velero would be run by hand (no app checks).
    QString phaseAfterRawInstall(const QString& provider, const QString& plugin, const QString& config,
                                 const QByteArray& credentials) {
        velero({QStringLiteral("uninstall"), QStringLiteral("--force")});
        QFile secret(m_sim.stateDir() + QStringLiteral("/raw-credentials"));
        if (!secret.open(QIODevice::WriteOnly | QIODevice::Truncate) || secret.write(credentials) < 0)
            return QStringLiteral("(no file)");
        secret.close();
        const Run r =
            velero({QStringLiteral("install"), QStringLiteral("--provider"), provider,
                    QStringLiteral("--plugins"), plugin, QStringLiteral("--bucket"), m_sim.storeDir(),
                    QStringLiteral("--prefix"), QStringLiteral("shop-prod"),
                    QStringLiteral("--backup-location-config"), config, QStringLiteral("--secret-file"),
                    secret.fileName(), QStringLiteral("--use-volume-snapshots=false")});
        if (r.code != 0)
            return QStringLiteral("(install failed: %1)").arg(r.err);
        auto bsls = standby().backupStorageLocations({});
        if (!bsls || bsls->isEmpty())
            return QStringLiteral("(no location)");
        m_lastMessage = bsls->first().message;
        return bsls->first().phase;
    }
    QString m_lastMessage;

    KubectlClient standbyKubectl() const {
        EnvironmentConfig e;
        e.kubectl = test::SimFixture::kubectl();
        e.processEnvironment = m_sim.environment();
        e.commandTimeout = std::chrono::seconds(20);
        VeleroTarget t;
        t.kubeconfig = m_sim.kubeconfig(QStringLiteral("standby"));
        return KubectlClient(e, t);
    }
    InstallOptions keyInstall() const {
        return azure(
            {{QStringLiteral("storageAccount"), QStringLiteral("acct")},
             {QStringLiteral("storageAccountKeyEnvVar"), QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}},
            kKeyFile);
    }
    // The PowerShell simulator's record of the clusters, standby with the given node pools.
    bool writeClusters(const QString& standbyPools) const {
        QFile f(m_sim.stateDir() + QStringLiteral("/akshci/state.json"));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               f.write(QStringLiteral("{\"clusters\": [{\"Name\": \"shop-prod\"}, {\"Name\": \"standby\", "
                                      "\"NodePoolDetails\": [%1]}]}")
                           .arg(standbyPools)
                           .toUtf8()) > 0;
    }
    Result<BackupStorePtr> shopStore() const {
        auto spec = StoreSpec::parse(m_sim.storeDir() + QStringLiteral("/shop-prod"));
        if (!spec)
            return spec.error();
        return openStore(*spec, {});
    }
    const QString m_azurePlugin = QStringLiteral("velero/velero-plugin-for-microsoft-azure:v1.9.0");
    const QString m_awsPlugin = QStringLiteral("velero/velero-plugin-for-aws:v1.9.0");

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(test::SimFixture::velero()), "aks-sim-velero is not built");
        QVERIFY(m_sim.seed(m_now));
    }

    void unknownFlagIsRefused() {
        const Run r = velero({QStringLiteral("backup"), QStringLiteral("get"), QStringLiteral("--bogus")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unknown flag: --bogus")), qPrintable(r.err));
        const Run shorthand = velero({QStringLiteral("backup"), QStringLiteral("get"), QStringLiteral("-x")});
        QCOMPARE(shorthand.code, 1);
        QVERIFY(shorthand.err.contains(QStringLiteral("unknown shorthand flag: 'x'")));
    }

    void removedFlagIsRefusedForThatVersion() {
        const QStringList restic{QStringLiteral("install"), QStringLiteral("--use-restic"),
                                 QStringLiteral("--no-secret")};
        const Run v113 = velero(restic);
        QCOMPARE(v113.code, 1);
        QVERIFY2(v113.err.contains(QStringLiteral("unknown flag: --use-restic")), qPrintable(v113.err));
        // velero 1.9 still had it, and did not know --use-node-agent yet.
        const Run v19 = velero(restic, QStringLiteral("v1.9.2"));
        QVERIFY(!v19.err.contains(QStringLiteral("unknown flag")));
        const Run nodeAgent =
            velero({QStringLiteral("install"), QStringLiteral("--use-node-agent")}, QStringLiteral("v1.9.2"));
        QVERIFY(nodeAgent.err.contains(QStringLiteral("unknown flag: --use-node-agent")));
        // The builder picks the flag by the CLI's version.
        auto old = VeleroInstallCommand::build(azure({{QStringLiteral("storageAccount"), QStringLiteral("a")},
                                                      {QStringLiteral("storageAccountKeyEnvVar"),
                                                       QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}},
                                                     kKeyFile),
                                               VeleroSemVer{1, 9, 2}, QStringLiteral("f"));
        QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().message));
        QVERIFY(old->first().contains(QStringLiteral("--use-restic=true")));
        QVERIFY(old->first().contains(QStringLiteral("velero/velero-plugin-for-microsoft-azure:v1.5.0")));
    }

    void boolGivenAsSeparateWord() {
        // pflag leaves "false" as a positional argument: restore create then has two names.
        const Run r = velero({QStringLiteral("restore"), QStringLiteral("create"), QStringLiteral("r1"),
                              QStringLiteral("--from-backup"), QStringLiteral("b"),
                              QStringLiteral("--restore-volumes"), QStringLiteral("false")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("accepts at most 1 arg(s), received 2")), qPrintable(r.err));
        // install ignores the stray word and keeps volume snapshots on.
        velero({QStringLiteral("uninstall"), QStringLiteral("--force")});
        const Run install = velero({QStringLiteral("install"), QStringLiteral("--provider"),
                                    QStringLiteral("azure"), QStringLiteral("--bucket"), QStringLiteral("b"),
                                    QStringLiteral("--plugins"), m_azurePlugin, QStringLiteral("--no-secret"),
                                    QStringLiteral("--use-volume-snapshots"), QStringLiteral("false")});
        QCOMPARE(install.code, 0);
        QVERIFY(install.out.contains(QStringLiteral("VolumeSnapshotLocation/default: created")));
    }

    void azureKeyWithoutKeyEnvVarIsUnavailable() {
        const QString config = QStringLiteral("storageAccount=acct");
        QCOMPARE(phaseAfterRawInstall(QStringLiteral("azure"), m_azurePlugin, config, kKeyFile),
                 QStringLiteral("Unavailable"));
        QVERIFY2(m_lastMessage.contains(QStringLiteral("subscription ID is required")),
                 qPrintable(m_lastMessage));
        QCOMPARE(phaseAfterRawInstall(
                     QStringLiteral("azure"), m_azurePlugin,
                     config + QStringLiteral(",storageAccountKeyEnvVar=AZURE_STORAGE_ACCOUNT_ACCESS_KEY"),
                     kKeyFile),
                 QStringLiteral("Available"));
        QCOMPARE(phaseAfterRawInstall(QStringLiteral("azure"), m_azurePlugin,
                                      config + QStringLiteral(",storageAccountKeyEnvVar=OTHER_KEY"),
                                      kKeyFile),
                 QStringLiteral("Unavailable"));
        QVERIFY(m_lastMessage.contains(QStringLiteral("no storage account access key with key OTHER_KEY")));
        // An unknown config key fails the plugin's Init.
        QCOMPARE(phaseAfterRawInstall(QStringLiteral("azure"), m_azurePlugin,
                                      config + QStringLiteral(",storageKey=x"), kKeyFile),
                 QStringLiteral("Unavailable"));
        QVERIFY(m_lastMessage.contains(QStringLiteral("config has invalid keys")));
    }

    void azureServicePrincipal() {
        QCOMPARE(phaseAfterRawInstall(QStringLiteral("azure"), m_azurePlugin,
                                      QStringLiteral("storageAccount=acct,useAAD=true"), kServicePrincipal),
                 QStringLiteral("Available"));
        QCOMPARE(phaseAfterRawInstall(QStringLiteral("azure"), m_azurePlugin,
                                      QStringLiteral("storageAccount=acct,resourceGroup=storage-rg"),
                                      kServicePrincipal),
                 QStringLiteral("Available"));
        // Key listing with neither the BSL's nor the file's resource group.
        QByteArray noGroup = kServicePrincipal;
        noGroup.replace("AZURE_RESOURCE_GROUP=mc-nodes\n", "");
        QCOMPARE(phaseAfterRawInstall(QStringLiteral("azure"), m_azurePlugin,
                                      QStringLiteral("storageAccount=acct"), noGroup),
                 QStringLiteral("Unavailable"));
        QVERIFY(m_lastMessage.contains(QStringLiteral("resource group is required")));
        // A secret without the tenant is an incomplete credential.
        QByteArray noTenant = kServicePrincipal;
        noTenant.replace("AZURE_TENANT_ID=t\n", "");
        QCOMPARE(phaseAfterRawInstall(QStringLiteral("azure"), m_azurePlugin,
                                      QStringLiteral("storageAccount=acct,useAAD=true"), noTenant),
                 QStringLiteral("Unavailable"));
        QVERIFY(m_lastMessage.contains(QStringLiteral("incomplete credential configuration")));
        // The app's builder refuses the same before running anything.
        auto refused =
            VeleroInstallCommand::build(azure({{QStringLiteral("storageAccount"), QStringLiteral("acct")},
                                               {QStringLiteral("useAAD"), QStringLiteral("true")}},
                                              noTenant),
                                        m_client, QStringLiteral("f"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    }

    void sasOnlyStoreIsRefusedForInstall() {
        auto r =
            VeleroInstallCommand::build(azure({{QStringLiteral("storageAccount"), QStringLiteral("acct")}},
                                              "AZURE_STORAGE_SAS_TOKEN=sv=2024&sig=abc\n"),
                                        m_client, QStringLiteral("f"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        QVERIFY(r.error().message.contains(QStringLiteral("SAS")));
    }

    void minioRules() {
        const QByteArray keys = "[default]\naws_access_key_id=minio\naws_secret_access_key=minio-secret\n";
        QCOMPARE(phaseAfterRawInstall(QStringLiteral("aws"), m_awsPlugin,
                                      QStringLiteral("s3ForcePathStyle=true,s3Url=http://minio:9000"), keys),
                 QStringLiteral("Unavailable"));
        QVERIFY(m_lastMessage.contains(QStringLiteral("A region must be set")));
        QCOMPARE(phaseAfterRawInstall(
                     QStringLiteral("aws"), m_awsPlugin,
                     QStringLiteral("region=minio,s3ForcePathStyle=true,s3Url=http://minio:9000/velero"),
                     keys),
                 QStringLiteral("Unavailable"));
        QVERIFY(m_lastMessage.contains(QStringLiteral("path is not expected in s3Url")));
        QCOMPARE(
            phaseAfterRawInstall(QStringLiteral("aws"), m_awsPlugin,
                                 QStringLiteral("region=minio,s3ForcePathStyle=true,s3Url=http://minio:9000"),
                                 "[default]\naws_access_key_id=minio\n"),
            QStringLiteral("Unavailable"));
        QCOMPARE(
            phaseAfterRawInstall(QStringLiteral("aws"), m_awsPlugin,
                                 QStringLiteral("region=minio,s3ForcePathStyle=true,s3Url=http://minio:9000,"
                                                "publicUrl=https://minio.example.com"),
                                 keys),
            QStringLiteral("Available"));
    }

    void pluginMustPairWithTheClient() {
        // 1.13 pairs with plugin 1.9: the v1.10.0 is refused by the app, Unavailable on the server.
        QCOMPARE(phaseAfterRawInstall(
                     QStringLiteral("azure"),
                     QStringLiteral("velero/velero-plugin-for-microsoft-azure:v1.10.0"),
                     QStringLiteral(
                         "storageAccount=acct,storageAccountKeyEnvVar=AZURE_STORAGE_ACCOUNT_ACCESS_KEY"),
                     kKeyFile),
                 QStringLiteral("Unavailable"));
        InstallOptions o = azure(
            {{QStringLiteral("storageAccount"), QStringLiteral("acct")},
             {QStringLiteral("storageAccountKeyEnvVar"), QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}},
            kKeyFile);
        o.pluginImage = QStringLiteral("velero/velero-plugin-for-microsoft-azure:v1.10.0");
        auto refused = VeleroInstallCommand::build(o, m_client, QStringLiteral("f"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("v1.9.0")));
        QVERIFY(!VeleroInstallCommand::pluginImage(QStringLiteral("azure"), VeleroSemVer{1, 1, 0}).ok());
        auto paired = VeleroInstallCommand::pluginImage(QStringLiteral("azure"), VeleroSemVer{1, 18, 2});
        QCOMPARE(*paired, QStringLiteral("velero/velero-plugin-for-microsoft-azure:v1.14.2"));
    }

    void builderWritesBooleansWithValuesAndNoSnapshots() {
        auto lines =
            VeleroInstallCommand::build(azure({{QStringLiteral("storageAccount"), QStringLiteral("acct")},
                                               {QStringLiteral("storageAccountKeyEnvVar"),
                                                QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}},
                                              kKeyFile),
                                        m_client, QStringLiteral("f"));
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 1);
        const QStringList install = lines->first();
        QVERIFY(install.contains(QStringLiteral("--use-volume-snapshots=false")));
        QVERIFY(install.contains(
            QStringLiteral("storageAccount=acct,storageAccountKeyEnvVar=AZURE_STORAGE_ACCOUNT_ACCESS_KEY")));
        const auto* cmd = VeleroCliTable::instance().command(QStringLiteral("install"));
        for (const QString& a : install)
            if (a.startsWith(QLatin1String("--")) && !a.contains(QLatin1Char('=')))
                QVERIFY2(cmd->flags.value(a.mid(2)).takesValueWord(),
                         qPrintable(a + QStringLiteral(" is a bare bool")));
    }

    void readOnlyLocationKeepsExpiredBackups() {
        // A backup past its expiry in the store.
        const QString backups = m_sim.storeDir() + QStringLiteral("/shop-prod/backups/");
        const QString name = QStringLiteral("daily-20261101020000");
        auto json = nlohmann::json::parse([&] {
            QFile f(backups + QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot).first() +
                    QStringLiteral("/velero-backup.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string("{}");
        }());
        json["metadata"]["name"] = name.toStdString();
        json["status"]["expiration"] = "2026-11-19T02:00:00Z";
        QVERIFY(QDir().mkpath(backups + name));
        QFile out(backups + name + QStringLiteral("/velero-backup.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(json.dump()));
        out.close();

        VeleroClient c = standby();
        QVERIFY(c.uninstall({}).ok());
        InstallOptions o = azure(
            {{QStringLiteral("storageAccount"), QStringLiteral("acct")},
             {QStringLiteral("storageAccountKeyEnvVar"), QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}},
            kKeyFile);
        o.readOnly = true;
        auto st = c.install(o, {});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().fullText()));
        auto bsls = c.backupStorageLocations({});
        QVERIFY(bsls.ok());
        QCOMPARE(bsls->first().accessMode, QStringLiteral("ReadOnly"));
        QCOMPARE(bsls->first().phase, QStringLiteral("Available"));
        auto b = c.backup(name, {});
        QVERIFY(b.ok());
        QVERIFY(QFileInfo::exists(backups + name));

        // The same store behind a ReadWrite location: Velero's GC deletes it.
        QVERIFY(c.uninstall({}).ok());
        o.readOnly = false;
        QVERIFY(c.install(o, {}).ok());
        QCOMPARE(c.backup(name, {}).error().kind, Error::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(backups + name));
    }

    void restoreWaitExitsZeroWhateverThePhase() {
        VeleroClient c = standby();
        QVERIFY(c.uninstall({}).ok());
        QVERIFY(c.install(azure({{QStringLiteral("storageAccount"), QStringLiteral("acct")},
                                 {QStringLiteral("storageAccountKeyEnvVar"),
                                  QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}},
                                kKeyFile),
                          {})
                    .ok());
        const Run r = velero({QStringLiteral("restore"), QStringLiteral("create"), QStringLiteral("pf"),
                              QStringLiteral("--from-backup"), QStringLiteral("daily-20261120020004"),
                              QStringLiteral("--wait=true")},
                             {}, QStringLiteral("partially-failed"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("PartiallyFailed")), qPrintable(r.out + r.err));
    }

    // `velero version` reports the server install deployed (--image's tag), with velero's skew warning;
    // with a backup's metadata that pairing is refused.
    void serverVersionIsTheDeployedImage() {
        VeleroClient c = standby();
        QVERIFY(c.uninstall({}).ok());
        QVERIFY(c.install(keyInstall(), {}).ok());
        auto same = c.version({});
        QVERIFY(same.ok());
        QCOMPARE(same->server, QStringLiteral("v1.13.2"));
        QVERIFY(c.uninstall({}).ok());
        QFile secret(m_sim.stateDir() + QStringLiteral("/raw-key"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(kKeyFile);
        secret.close();
        const Run install = velero(
            {QStringLiteral("install"), QStringLiteral("--provider"), QStringLiteral("azure"),
             QStringLiteral("--plugins"), m_azurePlugin, QStringLiteral("--image"),
             QStringLiteral("velero/velero:v1.12.1"), QStringLiteral("--bucket"), m_sim.storeDir(),
             QStringLiteral("--prefix"), QStringLiteral("shop-prod"), QStringLiteral("--secret-file"),
             secret.fileName(), QStringLiteral("--backup-location-config"),
             QStringLiteral("storageAccount=acct,storageAccountKeyEnvVar=AZURE_STORAGE_ACCOUNT_ACCESS_KEY"),
             QStringLiteral("--use-volume-snapshots=false")});
        QCOMPARE(install.code, 0);
        const Run printed = velero({QStringLiteral("version")});
        QVERIFY2(printed.out.contains(
                     QStringLiteral("WARNING: the client version does not match the server version")),
                 qPrintable(printed.out));
        auto v = c.version({});
        QVERIFY(v.ok());
        QCOMPARE(v->client, QStringLiteral("v1.13.2"));
        QCOMPARE(v->server, QStringLiteral("v1.12.1"));

        // A seeded backup (velero 1.13 writes its volumeinfo file) against that older server.
        auto store = shopStore();
        QVERIFY(store.ok());
        auto backups = BackupCatalog::list(**store, {});
        QVERIFY(backups.ok() && !backups->isEmpty());
        const auto completed = std::find_if(backups->begin(), backups->end(), [](const BackupInfo& i) {
            return i.phase == QLatin1String("Completed") && i.hasTarball;
        });
        QVERIFY(completed != backups->end());
        const BackupInfo& b = *completed;
        const BackupMadeBy made = BackupMadeBy::fromBackup(b.object, b.artifacts);
        QCOMPARE(made.atLeast, (VeleroSemVer{1, 13, 0}));
        const VersionVerdict verdict =
            VeleroVersionPairing::judge({v->client, v->server, made}, QStringLiteral("standby"), b.name);
        QVERIFY(verdict.refusal);
        QCOMPARE(verdict.refusal->kind, Error::Kind::BadInput);
        QCOMPARE(verdict.warnings.size(), 1);
        QVERIFY(c.uninstall({}).ok());
    }

    // Nodes from the cluster's pools; Velero's pods on a Windows node never get ready until pinned.
    void windowsPoolsKeepVeleroFromRollingOut() {
        QVERIFY(
            writeClusters(QStringLiteral("{\"Name\": \"linux\", \"OsType\": \"Linux\", \"NodeCount\": 2}, "
                                         "{\"Name\": \"win\", \"OsType\": \"Windows\", \"NodeCount\": 1}")));
        VeleroClient c = standby();
        QVERIFY(c.uninstall({}).ok());
        QVERIFY(c.install(keyInstall(), {}).ok());
        const KubectlClient k = standbyKubectl();
        auto nodes = k.nodes({});
        QVERIFY2(nodes.ok(), qPrintable(nodes.ok() ? QString() : nodes.error().fullText()));
        QCOMPARE(nodes->size(), 4); // a control plane node and three workers
        QCOMPARE(std::count_if(nodes->begin(), nodes->end(),
                               [](const KubeNode& n) { return n.os == QLatin1String("windows"); }),
                 1);
        QVERIFY(std::all_of(nodes->begin(), nodes->end(), [](const KubeNode& n) { return n.ready; }));
        auto sets = k.daemonSets(QStringLiteral("velero"), {});
        QVERIFY(sets.ok());
        QCOMPARE(sets->size(), 1);
        QCOMPARE(sets->first().name, QStringLiteral("node-agent"));
        QCOMPARE(sets->first().desired, 3);
        QCOMPARE(sets->first().available, 2); // the Windows node's pod never starts
        auto deployments = k.deployments(QStringLiteral("velero"), {});
        QVERIFY(deployments.ok());
        QCOMPARE(deployments->first().availableReplicas, 0);

        QVERIFY(
            k.pinToLinux(QStringLiteral("deployment"), QStringLiteral("velero"), QStringLiteral("velero"), {})
                .ok());
        QVERIFY(k.pinToLinux(QStringLiteral("daemonset"), QStringLiteral("node-agent"),
                             QStringLiteral("velero"), {})
                    .ok());
        sets = k.daemonSets(QStringLiteral("velero"), {});
        QCOMPARE(sets->first().desired, 2);
        QCOMPARE(sets->first().available, 2);
        QCOMPARE(k.deployments(QStringLiteral("velero"), {})->first().availableReplicas, 1);
        // kubectl refuses what it would refuse.
        QCOMPARE(
            k.pinToLinux(QStringLiteral("daemonset"), QStringLiteral("restic"), QStringLiteral("velero"), {})
                .error()
                .kind,
            Error::Kind::ExitCode);

        // A node that is not Ready, and the node agent's pod on it.
        EnvironmentConfig e;
        e.kubectl = test::SimFixture::kubectl();
        e.processEnvironment = m_sim.environment();
        e.processEnvironment.insert(QStringLiteral("AKS_SIM_KUBECTL_FAULT"),
                                    QStringLiteral("node-not-ready"));
        VeleroTarget t;
        t.kubeconfig = m_sim.kubeconfig(QStringLiteral("standby"));
        const KubectlClient faulty(e, t);
        nodes = faulty.nodes({});
        QCOMPARE(std::count_if(nodes->begin(), nodes->end(), [](const KubeNode& n) { return !n.ready; }), 1);
        QCOMPARE(faulty.daemonSets(QStringLiteral("velero"), {})->first().available, 1);
        QVERIFY(c.uninstall({}).ok());
        QVERIFY(writeClusters(QString()));
    }

    // The seeded backups' claims use class `default` on disk.csi.akshci.com; a cluster without them
    // is named as lacking them.
    void storageTheClaimsNeed() {
        auto store = shopStore();
        QVERIFY(store.ok());
        auto backups = BackupCatalog::list(**store, {});
        QVERIFY(backups.ok());
        ClusterRestorePlan plan;
        plan.cluster = QStringLiteral("standby");
        for (const BackupInfo& b : *backups)
            if (b.phase == QLatin1String("Completed") && b.hasTarball)
                plan.backup = b.name;
        auto needs = BackupStorageNeeds::read(**store, plan, {});
        QVERIFY2(needs.ok(), qPrintable(needs.ok() ? QString() : needs.error().message));
        QVERIFY(!needs->isEmpty());
        const KubectlClient k = standbyKubectl();
        auto classes = k.storageClasses({});
        auto drivers = k.csiDrivers({});
        QVERIFY(classes.ok() && drivers.ok());
        QVERIFY(needs->missingIn(*classes, *drivers).isEmpty());

        const QString objects = m_sim.stateDir() + QStringLiteral("/kube/standby/objects.json");
        QVERIFY(QDir().mkpath(QFileInfo(objects).path()));
        QFile f(objects);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"storageClasses\": [], \"csiDrivers\": []}");
        f.close();
        const auto missing = needs->missingIn(*k.storageClasses({}), *k.csiDrivers({}));
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.at(0).kind, MissingStorage::Kind::StorageClass);
        QCOMPARE(missing.at(0).name, QStringLiteral("default"));
        QVERIFY(!missing.at(0).claims.isEmpty());
        QCOMPARE(missing.at(1).kind, MissingStorage::Kind::CsiDriver);
        QCOMPARE(missing.at(1).name, QStringLiteral("disk.csi.akshci.com"));
        // Claims the plan does not restore need nothing.
        plan.excludeResources = {QStringLiteral("persistentvolumeclaims")};
        QVERIFY(BackupStorageNeeds::read(**store, plan, {})->isEmpty());
        QVERIFY(QFile::remove(objects));
    }

    // The verify a restore runs first passes a PartiallyFailed backup only with the plan's override.
    void partiallyFailedBackupVerifiesOnlyWithTheOverride() {
        auto store = shopStore();
        QVERIFY(store.ok());
        auto backups = BackupCatalog::list(**store, {});
        QVERIFY(backups.ok());
        const auto partial = std::find_if(backups->begin(), backups->end(), [](const BackupInfo& i) {
            return i.phase == QLatin1String("PartiallyFailed") && i.hasTarball;
        });
        QVERIFY(partial != backups->end());
        auto refused = BackupVerifier::verify(**store, partial->name, JobContext());
        QVERIFY(refused.ok());
        QCOMPARE(refused->size(), 1);
        auto allowed = BackupVerifier::verify(**store, partial->name, JobContext(), true);
        QVERIFY(allowed.ok());
        QVERIFY2(allowed->isEmpty(), qPrintable(allowed->join(QLatin1Char('\n'))));
    }

    void uninstallNeedsForce() {
        VeleroClient c = standby();
        QVERIFY(c.install(azure({{QStringLiteral("storageAccount"), QStringLiteral("acct")},
                                 {QStringLiteral("storageAccountKeyEnvVar"),
                                  QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}},
                                kKeyFile),
                          {})
                    .ok());
        const QString installed = m_sim.stateDir() + QStringLiteral("/velero/standby/install.json");
        const Run asked = velero({QStringLiteral("uninstall")});
        QCOMPARE(asked.code, 0); // stdin closed: "no", nothing removed, and still exit 0
        QVERIFY(QFileInfo::exists(installed));
        QVERIFY(c.uninstall({}).ok());
        QVERIFY(!QFileInfo::exists(installed));
    }
};

QTEST_GUILESS_MAIN(TstVeleroFidelity)
#include "tst_velero_fidelity.moc"
