// The inspector's item models and proxies, each under QAbstractItemModelTester.
#include "StoreWriter.h"
#include "inspector/BackupCatalog.h"
#include "inspector/BackupListModel.h"
#include "inspector/BackupLogFilterProxy.h"
#include "inspector/ComparisonModel.h"
#include "inspector/JsonTableModel.h"
#include "inspector/LogEntryModel.h"
#include "inspector/ResourceFilterProxy.h"
#include "inspector/ResourceTreeModel.h"
#include "store/LocalFolderStore.h"

#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace aks;

namespace {
std::vector<InspectedObject> objects(const std::vector<storegen::KubeObject>& in, size_t from, size_t to) {
    std::vector<InspectedObject> out;
    for (size_t i = from; i < to && i < in.size(); ++i) {
        const auto& k = in[i];
        ObjectRecord r;
        r.apiVersion = k.apiVersion;
        r.kind = k.kind;
        r.groupResource = k.resource;
        r.ns = k.ns;
        r.name = k.name;
        r.tarPath = k.tarPath();
        const QByteArray json = QByteArray::fromStdString(k.json.dump());
        r.size = json.size();
        out.push_back({r, json});
    }
    return out;
}
} // namespace

class TestInspectorModels : public QObject {
    Q_OBJECT

private slots:
    void backupList() {
        QTemporaryDir tmp;
        storegen::BackupSpec a;
        a.name = QStringLiteral("a");
        a.warnings = 3;
        QVERIFY(storegen::writeBackup(tmp.path(), a).ok());
        storegen::BackupSpec b;
        b.name = QStringLiteral("b");
        b.neverFinishedUploading = true;
        QVERIFY(storegen::writeBackup(tmp.path(), b).ok());
        LocalFolderStore store(tmp.path());
        auto list = BackupCatalog::list(store, CancelToken());
        QVERIFY(list.ok());
        BackupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackups(*list);
        QCOMPARE(model.rowCount(), 2);
        const int rowB = model.rowOf(QStringLiteral("b"));
        QVERIFY(model.index(rowB, BackupListModel::Phase)
                    .data()
                    .toString()
                    .contains(QStringLiteral("never finished")));
        const int rowA = model.rowOf(QStringLiteral("a"));
        QCOMPARE(model.index(rowA, BackupListModel::Warnings).data(RawValueRole).toInt(), 3);
        QCOMPARE(model.index(rowA, BackupListModel::Artifacts).data(RawValueRole).toInt(), 12);
    }

    void resourceTreeInBatchesAndSearch() {
        const auto objs = storegen::ObjectFactory(11).makeNamespace(QStringLiteral("shop"), 4);
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResourceFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendObjects(objects(objs, 0, 7));
        model.appendObjects(objects(objs, 7, objs.size()));
        QCOMPARE(model.objectCount(), int(objs.size()));
        // "shop" and the cluster-scoped PVs.
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex web =
            model.indexOfObject(QStringLiteral("apps/v1/Deployment"), QStringLiteral("shop/web"));
        QVERIFY(web.isValid());
        QVERIFY(model.objectAt(web)->json.contains("\"web\""));

        proxy.setSearch(ResourceFilterProxy::Mode::Name, QStringLiteral("worker"));
        QVERIFY(proxy.rowCount() >= 1);
        QVERIFY(proxy.mapFromSource(web).isValid() == false);
        proxy.setSearch(ResourceFilterProxy::Mode::Label, QStringLiteral("app.kubernetes.io/name=cache"));
        QVERIFY(proxy
                    .mapFromSource(
                        model.indexOfObject(QStringLiteral("v1/Service"), QStringLiteral("shop/cache")))
                    .isValid());
        QVERIFY(!proxy.mapFromSource(web).isValid());
        proxy.setSearch(ResourceFilterProxy::Mode::Text, QStringLiteral("LOG_LEVEL"));
        QVERIFY(proxy.mapFromSource(web).isValid());
        proxy.setSearch(ResourceFilterProxy::Mode::Text, QString());
        QCOMPARE(proxy.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void logModelAndFilter() {
        LogEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupLogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(LogEntry::parseAll("time=\"t1\" level=info msg=\"one\" backup=velero/b\n"
                                            "time=\"t2\" level=warning msg=\"two\" namespace=shop\n"
                                            "time=\"t3\" level=error msg=\"three\"\n"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setMinimumLevel(LogEntry::Level::Warning);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("shop"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, LogEntryModel::Message).data().toString(), QStringLiteral("two"));
        QCOMPARE(proxy.index(0, LogEntryModel::Fields).data().toString(), QStringLiteral("namespace=shop"));
    }

    void jsonTable() {
        JsonTableModel model(
            {{QStringLiteral("Pod"), "/spec/pod/name"}, {QStringLiteral("Bytes"), "/status/bytes"}});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(nlohmann::json::parse(
            R"([{"spec":{"pod":{"name":"web-1"}},"status":{"bytes":42}},{"spec":{}}])"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("web-1"));
        QCOMPARE(model.index(0, 1).data(RawValueRole).toLongLong(), 42);
        QVERIFY(!model.index(1, 0).data().isValid());
        model.setRows(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void comparison() {
        ObjectRecord a{QStringLiteral("v1"),
                       QStringLiteral("ConfigMap"),
                       QStringLiteral("configmaps"),
                       QStringLiteral("shop"),
                       QStringLiteral("a"),
                       {},
                       {},
                       {},
                       10,
                       1};
        ObjectRecord b = a;
        b.name = QStringLiteral("b");
        ObjectRecord a2 = a;
        a2.contentHash = 2;
        ObjectRecord c = a;
        c.name = QStringLiteral("c");
        ComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(BackupComparison::compare({a, b}, {a2, c}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ComparisonModel::Change).data().toString(), QStringLiteral("Changed"));
        QCOMPARE(model.index(1, ComparisonModel::Change).data().toString(), QStringLiteral("Removed"));
        QCOMPARE(model.index(2, ComparisonModel::Change).data().toString(), QStringLiteral("Added"));
        QCOMPARE(model.index(2, ComparisonModel::Name).data().toString(), QStringLiteral("shop/c"));
    }
};

QTEST_MAIN(TestInspectorModels)
#include "tst_inspector_models.moc"
