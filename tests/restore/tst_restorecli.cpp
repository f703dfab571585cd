#include "DemoCli.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <csignal>

// End to end: `aks-recovery --demo restore` against the simulators, each test in its own data
// folder (so its own demo state).
class TestRestoreCli : public QObject {
    Q_OBJECT

    using Run = aks::test::CliRun;

    std::unique_ptr<QTemporaryDir> m_home;

    QString dataDir() const { return m_home->filePath(QStringLiteral("data")); }
    QString stateDir() const { return dataDir() + QStringLiteral("/aks-recovery/demo"); }
    QString planFile(const QString& name) const { return m_home->filePath(name); }

    QProcessEnvironment env() const { return aks::test::demoEnvironment(m_home->path()); }

    Run run(const QStringList& args, const QProcessEnvironment& e) {
        return aks::test::runDemoCli(args, e, 240000);
    }
    Run run(const QStringList& args) { return run(args, env()); }

    // The secrets a run is given, which must never show in what it writes.
    const QStringList kSecretValues{QStringLiteral("Pr0xy!Demo-Secret-2024"), QStringLiteral("demo-sp-1234")};

    // The demo snapshot is exported redacted: the proxy password comes from a secrets file.
    QString secretsFile() {
        const QString path = m_home->filePath(QStringLiteral("secrets.json"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QStringLiteral("{\"proxyUser\": \"svc-aksproxy\", \"proxyPassword\": \"%1\", "
                                   "\"servicePrincipalSecret\": \"%2\"}")
                        .arg(kSecretValues[0], kSecretValues[1])
                        .toUtf8());
        return path;
    }

    // Processes a killed run left behind (simulator calls still running): they carry this test's
    // data folder in their environment. Waits until they are gone; false if one hangs.
    bool waitForOrphans() {
        const QByteArray mine = "XDG_DATA_HOME=" + dataDir().toUtf8();
        const auto orphans = [&mine] {
            int n = 0;
            for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                if (pid.isEmpty() || !pid.front().isDigit())
                    continue;
                QFile env(QStringLiteral("/proc/%1/environ").arg(pid));
                if (env.open(QIODevice::ReadOnly) && env.readAll().split('\0').contains(mine))
                    ++n;
            }
            return n;
        };
        return QTest::qWaitFor([&] { return orphans() == 0; }, 120000);
    }

    int akshciCallCount() {
        QFile f(stateDir() + QStringLiteral("/akshci/calls.jsonl"));
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    }

    QStringList runPlanArgs(const QString& plan) {
        return {QStringLiteral("restore"),
                QStringLiteral("--plan"),
                plan,
                QStringLiteral("--poll-interval"),
                QStringLiteral("0.1"),
                QStringLiteral("--secrets-file"),
                secretsFile()};
    }

    void writePlan(const QString& file, const QString& scenario) {
        const Run r = run({QStringLiteral("restore"), QStringLiteral("--write-plan"), file,
                           QStringLiteral("--scenario"), scenario});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(QFile::exists(file));
    }

    // Every file under the state folder with its content's hash.
    QMap<QString, QByteArray> stateHashes() {
        QMap<QString, QByteArray> out;
        QDirIterator it(stateDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                out.insert(f, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        }
        return out;
    }

    // How often each cmdlet was called, from the PowerShell simulator's call log.
    QMap<QString, int> cmdletCalls() {
        QMap<QString, int> out;
        QFile f(stateDir() + QStringLiteral("/akshci/calls.jsonl"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            const auto j = nlohmann::json::parse(line.constBegin(), line.constEnd(), nullptr, false);
            if (j.is_discarded() || !j.is_object())
                continue;
            for (const char* key : {"cmdlet", "name", "command"})
                if (j.contains(key) && j.at(key).is_string()) {
                    QString name = QString::fromStdString(j.at(key).get<std::string>());
                    if (name == QLatin1String("New-AksHciCluster") && j.contains("params") &&
                        j.at("params").is_object()) {
                        for (const auto& [k, v] : j.at("params").items())
                            if (QString::fromStdString(k).compare(QLatin1String("name"),
                                                                  Qt::CaseInsensitive) == 0 &&
                                v.is_string())
                                name += QLatin1Char(':') + QString::fromStdString(v.get<std::string>());
                    }
                    ++out[name];
                    break;
                }
        }
        return out;
    }

    int restoresOn(const QString& cluster) {
        return int(QDir(stateDir() + QStringLiteral("/velero/") + cluster + QStringLiteral("/restores"))
                       .entryList({QStringLiteral("*.json")}, QDir::Files)
                       .size());
    }

    nlohmann::json readJson(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray d = f.readAll();
        return nlohmann::json::parse(d.constBegin(), d.constEnd(), nullptr, false);
    }

    bool writeJson(const QString& path, const nlohmann::json& j) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               f.write(QByteArray::fromStdString(j.dump(2))) > 0;
    }

    QString journalOf(const QString& plan) {
        const auto p = readJson(plan);
        return dataDir() + QStringLiteral("/aks-recovery/journal/restore-") +
               QString::fromStdString(p.value("id", std::string())) + QStringLiteral(".json");
    }

private slots:
    void init() {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void usageErrors() {
        QCOMPARE(run({QStringLiteral("restore")}).code, 2);
        QCOMPARE(
            run({QStringLiteral("restore"), QStringLiteral("--write-plan"),
                 planFile(QStringLiteral("p.json")), QStringLiteral("--scenario"), QStringLiteral("moon")})
                .code,
            2);
        QFile bad(planFile(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": 3");
        bad.close();
        const Run r = run({QStringLiteral("restore"), QStringLiteral("--plan"), bad.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not valid JSON")), qPrintable(r.err));
    }

    void dryRunChangesNothing() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        const auto before = stateHashes();
        QVERIFY(!before.isEmpty());
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--dry-run"));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(stateHashes(), before);
        QVERIFY(r.out.contains(QStringLiteral("$ Uninstall-AksHci")));
        QVERIFY(r.out.contains(QStringLiteral("$ New-AksHciCluster -name 'shop-prod'")));
        QVERIFY(r.out.contains(QStringLiteral("$ velero restore create")));
        QVERIFY(r.out.contains(QStringLiteral("DESTRUCTIVE")));
        QVERIFY(!QFile::exists(journalOf(plan)));
    }

    void missingSecretStopsBeforeUninstall() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        QStringList args = runPlanArgs(plan);
        args.erase(args.end() - 2, args.end()); // no --secrets-file
        const Run r = run(args << QStringLiteral("--confirm") << QStringLiteral("aks-demo"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("proxyServerPassword")), qPrintable(r.err));
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 0);
        QVERIFY(!r.out.contains(QStringLiteral("Pr0xy!Demo-Secret-2024")));
    }

    void wrongNameBlocksUninstall() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-dem"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--confirm aks-demo")), qPrintable(r.err));
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 0);
        // Resuming with the right name goes on from the journal.
        const Run again = run(runPlanArgs(plan) << QStringLiteral("--resume") << QStringLiteral("--confirm")
                                                << QStringLiteral("aks-demo"));
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 1);
    }

    void corruptionScenarioCompletes() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        const QString report = planFile(QStringLiteral("report.html"));
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-demo")
                                            << QStringLiteral("--report") << report);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const auto calls = cmdletCalls();
        QCOMPARE(calls.value(QStringLiteral("Uninstall-AksHci")), 1);
        QCOMPARE(calls.value(QStringLiteral("Install-AksHci")), 1);
        for (const char* c : {"shop-prod", "payments", "analytics"}) {
            QCOMPARE(restoresOn(QString::fromLatin1(c)), 1);
            QCOMPARE(calls.value(QStringLiteral("New-AksHciCluster:") + QString::fromLatin1(c)), 1);
        }
        const auto journal = readJson(journalOf(plan));
        QCOMPARE(QString::fromStdString(journal.value("outcome", std::string())),
                 QStringLiteral("completed"));
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(QStringLiteral("Uninstall-AksHci")));
        QVERIFY(text.contains(QStringLiteral("velero restore create")));
        // The secrets themselves, not their key names: neither the report nor the journal holds them.
        QFile journalFile(journalOf(plan));
        QVERIFY(journalFile.open(QIODevice::ReadOnly));
        const QString journalText = QString::fromUtf8(journalFile.readAll());
        for (const QString& secret : kSecretValues) {
            QVERIFY2(!text.contains(secret), qPrintable(secret));
            QVERIFY2(!journalText.contains(secret), qPrintable(secret));
        }
        // The proxy user is no secret, and the report does name the proxy it passed on.
        QVERIFY(text.contains(QStringLiteral("-proxySettings")));
    }

    // #14: a rebuilt cluster that differs from the snapshot stops the run before any restore; only
    // an acceptance of exactly the listed differences goes on, and the report records it.
    void driftAfterRebuildStopsUntilAccepted() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        {
            QFile fault(stateDir() + QStringLiteral("/akshci/fault"));
            QVERIFY(fault.open(QIODevice::WriteOnly));
            fault.write("drift:New-AksHciCluster");
        }
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-demo"));
        QCOMPARE(r.code, 1);
        const auto m = QRegularExpression(QStringLiteral("--accept-drift ([0-9a-f]{12})")).match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        const QString digest = m.captured(1);
        QVERIFY2(r.err.contains(QStringLiteral("controlPlaneVmSize"), Qt::CaseInsensitive),
                 qPrintable(r.err));
        for (const char* c : {"shop-prod", "payments", "analytics"})
            QCOMPARE(restoresOn(QString::fromLatin1(c)), 0);

        const Run wrong =
            run(runPlanArgs(plan) << QStringLiteral("--resume") << QStringLiteral("--accept-drift")
                                  << QStringLiteral("0123456789ab"));
        QCOMPARE(wrong.code, 1);
        QCOMPARE(restoresOn(QStringLiteral("shop-prod")), 0);

        const QString report = planFile(QStringLiteral("report.html"));
        const Run ok = run(runPlanArgs(plan) << QStringLiteral("--resume") << QStringLiteral("--accept-drift")
                                             << digest << QStringLiteral("--report") << report);
        QVERIFY2(ok.code == 0, qPrintable(ok.out + ok.err));
        for (const char* c : {"shop-prod", "payments", "analytics"})
            QCOMPARE(restoresOn(QString::fromLatin1(c)), 1);
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 1);
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(digest));
        QVERIFY(text.contains(QStringLiteral("Standard_A2_v2")));
    }

    // A backup past its expiry in shop-prod's store, as after the old cluster was gone for weeks.
    QString addExpiredBackup() {
        const QString backups = stateDir() + QStringLiteral("/store/shop-prod/backups/");
        const QStringList names = QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (names.isEmpty())
            return {};
        auto j = readJson(backups + names.first() + QStringLiteral("/velero-backup.json"));
        const QString name = QStringLiteral("daily-20250101020000");
        j["metadata"]["name"] = name.toStdString();
        j["status"]["expiration"] = "2025-01-31T02:00:00Z";
        QDir().mkpath(backups + name);
        QFile f(backups + name + QStringLiteral("/velero-backup.json"));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromStdString(j.dump())) < 0)
            return {};
        return backups + name;
    }

    void expiredBackupSurvivesDemoRecovery() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        const QString expired = addExpiredBackup();
        QVERIFY(!expired.isEmpty());
        // shop-prod without volumes: its location is created ReadOnly.
        auto j = readJson(plan);
        for (auto& c : j["clusters"])
            if (c.value("name", std::string()) == "shop-prod")
                c["restoreVolumes"] = false;
        QVERIFY(writeJson(plan, j));
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-demo"));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(restoresOn(QStringLiteral("shop-prod")), 1);
        QVERIFY(QFileInfo::exists(expired + QStringLiteral("/velero-backup.json")));
        const auto install = readJson(stateDir() + QStringLiteral("/velero/shop-prod/install.json"));
        QCOMPARE(QString::fromStdString(install.value("accessMode", std::string())),
                 QStringLiteral("ReadOnly"));
        // What ran paired with the CLI and named the key's variable (the demo's service principal).
        QCOMPARE(QString::fromStdString(install.value("plugins", std::string())),
                 QStringLiteral("velero/velero-plugin-for-microsoft-azure:v1.9.0"));
    }

    void expiredBackupStopsAReadWriteInstall() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        const QString expired = addExpiredBackup();
        QVERIFY(!expired.isEmpty());
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-demo"));
        QVERIFY2(r.code != 0, qPrintable(r.out + r.err));
        const QString said = r.out + r.err;
        QVERIFY2(said.contains(QStringLiteral("daily-20250101020000")), qPrintable(said));
        QVERIFY(QFileInfo::exists(expired + QStringLiteral("/velero-backup.json")));
        QVERIFY(!QFileInfo::exists(stateDir() + QStringLiteral("/velero/shop-prod/install.json")));
        QCOMPARE(restoresOn(QStringLiteral("shop-prod")), 0);
    }

    void newSiteNeedsEachClusterNameThenCompletes() {
        const QString plan = planFile(QStringLiteral("newsite.json"));
        writePlan(plan, QStringLiteral("new-site"));
        // The demo's clusters still run their workloads (and hold restores of their own already):
        // each restore into them is destructive.
        QMap<QString, int> before;
        for (const char* c : {"shop-prod", "payments", "analytics"})
            before[QString::fromLatin1(c)] = restoresOn(QString::fromLatin1(c));
        Run r = run(runPlanArgs(plan));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--confirm")), qPrintable(r.err));
        r = run(runPlanArgs(plan) << QStringLiteral("--resume") << QStringLiteral("--confirm")
                                  << QStringLiteral("shop-prod") << QStringLiteral("--confirm")
                                  << QStringLiteral("payments") << QStringLiteral("--confirm")
                                  << QStringLiteral("analytics"));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        for (const char* c : {"shop-prod", "payments", "analytics"})
            QCOMPARE(restoresOn(QString::fromLatin1(c)), before[QString::fromLatin1(c)] + 1);
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 0);
    }

    void partiallyFailedIsReportedWithWarnings() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("AKS_SIM_VELERO_FAULT"), QStringLiteral("partially-failed"));
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-demo"), e);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("PartiallyFailed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("WARNING")));
        QVERIFY(r.out.contains(QStringLiteral("Completed with warnings")));
    }

    // A PartiallyFailed backup is refused before anything is destroyed unless the plan allows it
    // (--velero-allow-partially-failed), and the dry run shows the pin-to-Linux commands.
    void partiallyFailedBackupNeedsTheOverride() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        auto p = readJson(plan);
        // The seed's PartiallyFailed backup of shop-prod, read from the store.
        const QString cluster = QStringLiteral("shop-prod");
        std::size_t index = 0;
        while (index < p["clusters"].size() && p["clusters"][index]["name"] != cluster.toStdString())
            ++index;
        QVERIFY(index < p["clusters"].size());
        QString partial;
        const QString backups = QStringLiteral("%1/store/%2/backups").arg(stateDir(), cluster);
        for (const QString& b : QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const auto j = readJson(backups + QLatin1Char('/') + b + QStringLiteral("/velero-backup.json"));
            if (j.is_object() && j["status"].value("phase", std::string()) == "PartiallyFailed")
                partial = b;
        }
        QVERIFY2(!partial.isEmpty(), qPrintable(backups));
        p["clusters"][index]["backup"] = partial.toStdString();
        QVERIFY(writeJson(plan, p));
        Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-demo"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--velero-allow-partially-failed")), qPrintable(r.err));
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 0);

        const QString allowed = planFile(QStringLiteral("allowed.json"));
        r = run({QStringLiteral("restore"), QStringLiteral("--write-plan"), allowed,
                 QStringLiteral("--scenario"), QStringLiteral("corruption"), QStringLiteral("--snapshot"),
                 QString::fromStdString(p.value("snapshot", std::string())), QStringLiteral("--cluster"),
                 cluster + QLatin1Char('=') + partial, QStringLiteral("--velero-allow-partially-failed"),
                 cluster});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const auto a = readJson(allowed);
        for (const auto& c : a["clusters"])
            QCOMPARE(c.value("allowPartiallyFailed", false), c["name"] == cluster.toStdString());
        r = run(runPlanArgs(allowed) << QStringLiteral("--dry-run"));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(
            r.out.contains(QStringLiteral("$ kubectl patch deployment velero -n velero --type merge -p")),
            qPrintable(r.out));
    }

    void backupFailingVerifyIsRefused() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        auto p = readJson(plan);
        const std::string cluster = p["clusters"][0]["name"];
        const std::string backup = p["clusters"][0]["backup"];
        // Truncate the backup's tarball in the store.
        const QString tarball =
            QStringLiteral("%1/store/%2/backups/%3/%3.tar.gz")
                .arg(stateDir(), QString::fromStdString(cluster), QString::fromStdString(backup));
        QFile t(tarball);
        QVERIFY2(t.open(QIODevice::ReadWrite), qPrintable(tarball));
        QVERIFY(t.resize(t.size() / 2));
        t.close();
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-demo"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("failed verification")), qPrintable(r.err));
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 0);
    }

    // Attack: stopped at the Uninstall confirmation, the plan edited to restore a cluster from
    // another (truncated) backup, then resumed. Refused, naming the change; nothing uninstalled.
    void resumeWithEditedPlanIsRefused() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        Run r = run(runPlanArgs(plan));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--confirm aks-demo")), qPrintable(r.err));
        auto p = readJson(plan);
        const QString cluster = QString::fromStdString(p["clusters"][0]["name"]);
        p["clusters"][0]["backup"] = "older-backup";
        QVERIFY(writeJson(plan, p));
        r = run(runPlanArgs(plan) << QStringLiteral("--resume") << QStringLiteral("--confirm")
                                  << QStringLiteral("aks-demo"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("older-backup")) && r.err.contains(cluster),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("already done")));
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 0);
    }

    // Attack: a plan edited to name another deployment, confirmed with that name.
    void planForAnotherDeploymentIsRefused() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        auto p = readJson(plan);
        p["deployment"] = "aks-other";
        QVERIFY(writeJson(plan, p));
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-other"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("aks-demo")), qPrintable(r.err));
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 0);
    }

    // A live cluster the plan leaves out is destroyed by Uninstall-AksHci and never recreated:
    // the deployment's name alone does not let that happen.
    void clusterLeftOutOfThePlanNeedsAcceptLoss() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        auto p = readJson(plan);
        const QString left = QString::fromStdString(p["clusters"].back()["name"]);
        p["clusters"].erase(p["clusters"].size() - 1);
        QVERIFY(writeJson(plan, p));
        Run r = run(runPlanArgs(plan) << QStringLiteral("--confirm") << QStringLiteral("aks-demo"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--accept-loss ") + left), qPrintable(r.err));
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 0);
        r = run(runPlanArgs(plan) << QStringLiteral("--resume") << QStringLiteral("--confirm")
                                  << QStringLiteral("aks-demo") << QStringLiteral("--accept-loss") << left);
        QCOMPARE(cmdletCalls().value(QStringLiteral("Uninstall-AksHci")), 1);
        const auto journal = readJson(journalOf(plan));
        bool recorded = false;
        for (const auto& step : journal["steps"])
            if (step.value("id", std::string()) == "uninstall/aks-demo")
                for (const auto& a : step["acknowledged"])
                    recorded = recorded || QString::fromStdString(a.get<std::string>()).contains(left);
        QVERIFY(recorded);
    }

    void killedAtEveryStepResumesWithoutRepeats() {
        const QString plan = planFile(QStringLiteral("corruption.json"));
        writePlan(plan, QStringLiteral("corruption"));
        QStringList killedAt;
        int midStepKills = 0; // kills that landed after the step had sent a cmdlet
        int finalCode = -1;
        for (int round = 0; round < 60 && finalCode != 0; ++round) {
            QProcess p;
            p.setProcessEnvironment(env());
            QStringList args = QStringList{QStringLiteral("--demo")} + runPlanArgs(plan);
            args << QStringLiteral("--confirm") << QStringLiteral("aks-demo");
            if (round > 0)
                args << QStringLiteral("--resume");
            p.start(aks::test::binary(QStringLiteral("aks-recovery")), args);
            QVERIFY(p.waitForStarted());
            bool killed = false;
            QByteArray buffer;
            while (p.state() != QProcess::NotRunning && !killed) {
                p.waitForReadyRead(200);
                buffer += p.readAllStandardOutput();
                // Kill the process in a step that was never killed before: every third one as soon
                // as it starts, the others mid-step, once the step has sent a cmdlet to the host
                // (most of Velero's steps send none, so two in three are tried mid-step).
                static const QRegularExpression started(QStringLiteral("==> .* \\(([^)]+)\\)"));
                auto it = started.globalMatch(QString::fromUtf8(buffer));
                while (it.hasNext()) {
                    const QString id = it.next().captured(1);
                    if (killedAt.contains(id))
                        continue;
                    const bool midStep = killedAt.size() % 3 != 0;
                    if (midStep) {
                        // Until the step sends a cmdlet, the next step starts, or ten seconds passed
                        // (a loaded machine starts the simulator slowly).
                        const int before = akshciCallCount();
                        const qsizetype seen = buffer.size();
                        (void)QTest::qWaitFor(
                            [&] {
                                buffer += p.readAllStandardOutput();
                                return akshciCallCount() > before || buffer.indexOf("==> ", seen) >= 0 ||
                                       p.state() == QProcess::NotRunning;
                            },
                            10000);
                        if (akshciCallCount() > before && buffer.indexOf("==> ", seen) < 0)
                            ++midStepKills;
                    }
                    aks::test::killHard(p);
                    killedAt << id;
                    killed = true;
                    break;
                }
            }
            p.waitForFinished(240000);
            if (killed) {
                // Orphaned simulator calls finish on their own, as a machine's would not: wait for
                // them, so the next run sees the state they leave.
                QVERIFY2(waitForOrphans(), "a simulator call left by a killed run never ended");
                continue;
            }
            finalCode = p.exitCode();
            QVERIFY2(finalCode == 0, qPrintable(QString::fromUtf8(buffer + p.readAllStandardError())));
        }
        QCOMPARE(finalCode, 0);
        QVERIFY2(killedAt.size() >= 20, qPrintable(killedAt.join(QLatin1Char(' '))));
        qInfo("killed in %lld steps, %d of them after the step had sent a cmdlet", qint64(killedAt.size()),
              midStepKills);
        QVERIFY2(midStepKills >= 4, qPrintable(QString::number(midStepKills)));
        const auto calls = cmdletCalls();
        QCOMPARE(calls.value(QStringLiteral("Uninstall-AksHci")), 1);
        QCOMPARE(calls.value(QStringLiteral("Install-AksHci")), 1);
        for (const char* c : {"shop-prod", "payments", "analytics"}) {
            QCOMPARE(calls.value(QStringLiteral("New-AksHciCluster:") + QString::fromLatin1(c)), 1);
            QCOMPARE(restoresOn(QString::fromLatin1(c)), 1);
        }
        const auto journal = readJson(journalOf(plan));
        QCOMPARE(QString::fromStdString(journal.value("outcome", std::string())),
                 QStringLiteral("completed"));
        // The kills left kubeconfigs and secret files behind; later starts swept them, and the
        // last run removed its own.
        const QDir runs(dataDir() + QStringLiteral("/aks-recovery/journal/private"));
        QVERIFY2(runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
                 qPrintable(runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot).join(QLatin1Char(' '))));
    }

    void killedRunLeavesNoCredentialsForLong() {
        const QString plan = planFile(QStringLiteral("newsite.json"));
        writePlan(plan, QStringLiteral("new-site"));
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(aks::test::binary(QStringLiteral("aks-recovery")),
                QStringList{QStringLiteral("--demo")} + runPlanArgs(plan)
                    << QStringLiteral("--confirm") << QStringLiteral("shop-prod")
                    << QStringLiteral("--confirm") << QStringLiteral("payments")
                    << QStringLiteral("--confirm") << QStringLiteral("analytics"));
        QVERIFY(p.waitForStarted());
        QByteArray out;
        // Killed while waiting for the restore: the kubeconfigs are on disk by then.
        while (p.state() != QProcess::NotRunning && !out.contains("==> Wait for restore"))
            if (p.waitForReadyRead(200))
                out += p.readAllStandardOutput();
        aks::test::killHard(p);
        p.waitForFinished();
        const QDir runs(dataDir() + QStringLiteral("/aks-recovery/journal/private"));
        const QStringList left = runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(left.size(), 1);
        QVERIFY(!QDir(runs.filePath(left.first())).entryList({QStringLiteral("*.kubeconfig")}).isEmpty());
        QVERIFY2(waitForOrphans(), "a simulator call left by the killed run never ended");
        const Run r = run(runPlanArgs(plan) << QStringLiteral("--resume") << QStringLiteral("--confirm")
                                            << QStringLiteral("shop-prod") << QStringLiteral("--confirm")
                                            << QStringLiteral("payments") << QStringLiteral("--confirm")
                                            << QStringLiteral("analytics"));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(!QFileInfo::exists(runs.filePath(left.first())));
        QVERIFY(runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestoreCli)
#include "tst_restorecli.moc"
