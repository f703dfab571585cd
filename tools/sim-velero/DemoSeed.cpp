#include "DemoSeed.h"

#include <QFile>

#include "ObjectFactory.h"
#include "SimEnv.h"
#include "SimKube.h"
#include "StoreWriter.h"

#include <QDir>

namespace aks::sim {
namespace {

struct DemoCluster {
    QString name;
    QList<QPair<QString, int>> namespaces; // namespace, apps
    quint32 seed;
};

} // namespace

QString DemoSeed::run(const QString& stateDir, const QDateTime& nowIn) {
    const QDateTime now = nowIn.toUTC();
    const QString bucket = QDir(stateDir).absoluteFilePath(QStringLiteral("store"));
    const QList<DemoCluster> clusters{
        {QStringLiteral("shop-prod"), {{QStringLiteral("shop"), 3}, {QStringLiteral("checkout"), 2}}, 11},
        {QStringLiteral("payments"), {{QStringLiteral("payments"), 2}, {QStringLiteral("ledger"), 1}}, 23},
        {QStringLiteral("analytics"), {{QStringLiteral("analytics"), 2}}, 37}};
    // The daily schedule runs at 02:00 UTC; the newest run is the last 02:00 that has passed.
    QDateTime newest(now.date(), QTime(2, 0), Qt::UTC);
    if (newest.addSecs(600) > now)
        newest = newest.addDays(-1);

    for (const DemoCluster& c : clusters) {
        storegen::ObjectFactory factory(c.seed, c.name);
        std::vector<storegen::KubeObject> objects;
        QStringList namespaces;
        for (const auto& [ns, apps] : c.namespaces) {
            auto part = factory.makeNamespace(ns, apps);
            objects.insert(objects.end(), part.begin(), part.end());
            namespaces.append(ns);
        }
        const QString root = bucket + QLatin1Char('/') + c.name;
        for (int daysAgo = kDays - 1; daysAgo >= 0; --daysAgo) {
            // analytics missed its last two runs: its newest good backup is two days old.
            if (c.name == QLatin1String("analytics") && daysAgo < 2)
                continue;
            storegen::BackupSpec b;
            b.start = newest.addDays(-daysAgo).addSecs(c.seed % 7);
            b.name = QStringLiteral("daily-") + b.start.toString(QStringLiteral("yyyyMMddHHmmss"));
            b.scheduleName = QStringLiteral("daily");
            b.completion = b.start.addSecs(40 + int(c.seed) + daysAgo);
            b.ttl = QStringLiteral("720h0m0s");
            b.expiration = b.start.addDays(30);
            b.includedNamespaces = namespaces;
            b.objects = objects;
            if (c.name == QLatin1String("shop-prod") && daysAgo == 5) {
                b.phase = QStringLiteral("PartiallyFailed");
                b.errors = 2;
                b.warnings = 3;
            } else if (c.name == QLatin1String("payments") && daysAgo == 3) {
                b.phase = QStringLiteral("Failed");
                b.errors = 1;
                b.failureReason = QStringLiteral("error uploading backup: storage: service returned error: "
                                                 "StatusCode=503, ErrorCode=ServerBusy");
            } else if (daysAgo % 4 == 1) {
                b.warnings = 1;
            }
            if (Status st = storegen::writeBackup(root, b); !st)
                return st.error().message;
        }
        if (c.name == QLatin1String("payments")) {
            // A manual backup whose tarball never arrived: Velero still lists it.
            storegen::BackupSpec b;
            b.start = newest.addDays(-8).addSecs(5 * 3600);
            b.name = QStringLiteral("pre-upgrade-") + b.start.toString(QStringLiteral("yyyyMMdd"));
            b.completion = b.start.addSecs(50);
            b.includedNamespaces = namespaces;
            b.objects = objects;
            b.neverFinishedUploading = true;
            if (Status st = storegen::writeBackup(root, b); !st)
                return st.error().message;
        }

        const QDateTime installedAt = newest.addDays(-kDays).addSecs(-3 * 3600);
        const QString veleroDir = stateDir + QStringLiteral("/velero/") + c.name;
        const nlohmann::json install = {
            {"namespace", "velero"},
            {"provider", "azure"},
            {"plugins", "velero/velero-plugin-for-microsoft-azure:v1.9.0"},
            {"bucket", stdStr(bucket)},
            {"prefix", stdStr(c.name)},
            {"config", {{"resourceGroup", "aks-demo-backups"}, {"storageAccount", "aksdemobackups"}}},
            {"accessMode", "ReadWrite"},
            {"fsBackup", "node-agent"},
            {"installedAt", stdStr(SimEnv::timestamp(installedAt))}};
        const nlohmann::json schedules = nlohmann::json::array(
            {{{"apiVersion", "velero.io/v1"},
              {"kind", "Schedule"},
              {"metadata",
               {{"name", "daily"},
                {"namespace", "velero"},
                {"creationTimestamp", stdStr(SimEnv::timestamp(installedAt.addSecs(600)))}}},
              {"spec",
               {{"schedule", "0 2 * * *"},
                {"useOwnerReferencesInBackup", false},
                {"template",
                 {{"includedNamespaces",
                   [&] {
                       nlohmann::json a = nlohmann::json::array();
                       for (const QString& n : namespaces)
                           a.push_back(stdStr(n));
                       return a;
                   }()},
                  {"storageLocation", "default"},
                  {"defaultVolumesToFsBackup", true},
                  {"ttl", "720h0m0s"}}}}},
              {"status", {{"phase", "Enabled"}}}}});
        if (!SimEnv::writeJson(veleroDir + QStringLiteral("/install.json"), install) ||
            !SimEnv::writeJson(veleroDir + QStringLiteral("/schedules.json"), schedules))
            return QStringLiteral("could not write %1").arg(veleroDir);
        // The Secret cloud-credentials, as Microsoft's Velero guide for AKS hybrid writes it: a
        // service principal, with which the plugin exchanges the storage key through ListKeys.
        QFile secret(veleroDir + QStringLiteral("/cloud-credentials"));
        if (!secret.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            secret.write("AZURE_SUBSCRIPTION_ID=00000000-0000-0000-0000-000000000000\n"
                         "AZURE_TENANT_ID=11111111-1111-1111-1111-111111111111\n"
                         "AZURE_CLIENT_ID=22222222-2222-2222-2222-222222222222\n"
                         "AZURE_CLIENT_SECRET=demo-service-principal-secret\n"
                         "AZURE_RESOURCE_GROUP=aks-demo-backups\n"
                         "AZURE_CLOUD_NAME=AzurePublicCloud\n") < 0)
            return QStringLiteral("could not write %1").arg(secret.fileName());
        secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        SimKube kube(stateDir + QStringLiteral("/kube/") + c.name);
        for (const auto& o : objects) {
            if (o.resource == QLatin1String("namespaces"))
                kube.addNamespace(o.name);
            else if (!o.ns.isEmpty())
                kube.put(o);
        }
        if (!kube.save())
            return QStringLiteral("could not write %1/kube/%2").arg(stateDir, c.name);

        if (c.name == QLatin1String("shop-prod")) {
            // A restore drill a week ago, finished, with its artifacts in the store.
            const QDateTime start = newest.addDays(-7).addSecs(8 * 3600);
            const QString backup =
                QStringLiteral("daily-") +
                newest.addDays(-7).addSecs(c.seed % 7).toString(QStringLiteral("yyyyMMddHHmmss"));
            const QString name = QStringLiteral("drill-") + start.toString(QStringLiteral("yyyyMMdd"));
            storegen::RestoreSpec r;
            r.name = name;
            r.backupName = backup;
            r.start = start;
            r.completion = start.addSecs(95);
            r.warnings = 1;
            r.objects = objects;
            if (Status st = storegen::writeRestore(root, r); !st)
                return st.error().message;
            const nlohmann::json restore = {
                {"apiVersion", "velero.io/v1"},
                {"kind", "Restore"},
                {"metadata",
                 {{"name", stdStr(name)},
                  {"namespace", "velero"},
                  {"creationTimestamp", stdStr(SimEnv::timestamp(start))}}},
                {"spec",
                 {{"backupName", stdStr(backup)},
                  {"includedNamespaces", {"*"}},
                  {"itemOperationTimeout", "4h0m0s"}}},
                {"status",
                 {{"phase", "Completed"},
                  {"startTimestamp", stdStr(SimEnv::timestamp(start))},
                  {"completionTimestamp", stdStr(SimEnv::timestamp(r.completion))},
                  {"warnings", 1},
                  {"progress",
                   {{"totalItems", int(objects.size())}, {"itemsRestored", int(objects.size())}}}}}};
            if (!SimEnv::writeJson(veleroDir + QStringLiteral("/restores/") + name + QStringLiteral(".json"),
                                   {{"restore", restore}, {"sim", {{"finished", true}}}}))
                return QStringLiteral("could not write the demo restore in %1").arg(veleroDir);
        }
    }
    return {};
}

} // namespace aks::sim
