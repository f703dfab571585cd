// The history models and proxy (under QAbstractItemModelTester), and RPO arithmetic across time
// zones and DST.
#include "ModelRoles.h"
#include "history/BackupFilterProxy.h"
#include "history/BackupsModel.h"
#include "history/LocationsModel.h"
#include "history/RestoresModel.h"
#include "history/RpoModel.h"
#include "history/SchedulesModel.h"
#include "velero/RpoCalculator.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace aks;

namespace {

VeleroBackup backup(const QString& name, const QString& phase, const QDateTime& start,
                    const QString& schedule = QStringLiteral("daily")) {
    VeleroBackup b;
    b.name = name;
    b.phase = phase;
    b.started = start.toUTC();
    b.completed = start.toUTC().addSecs(60);
    b.expiration = start.toUTC().addDays(30);
    b.scheduleName = schedule;
    b.storageLocation = QStringLiteral("default");
    b.itemsBackedUp = 42;
    return b;
}

ClusterHistory history(const QString& cluster, QList<VeleroBackup> backups) {
    ClusterHistory h;
    h.cluster = cluster;
    h.backups = std::move(backups);
    VeleroSchedule s;
    s.name = QStringLiteral("daily");
    s.cron = QStringLiteral("0 2 * * *");
    s.ttl = QStringLiteral("720h0m0s");
    s.ttlSeconds = 720 * 3600;
    h.schedules = {s};
    VeleroBsl l;
    l.name = QStringLiteral("default");
    l.isDefault = true;
    l.provider = QStringLiteral("azure");
    l.bucket = QStringLiteral("/srv/store");
    l.prefix = cluster;
    l.phase = QStringLiteral("Available");
    h.locations = {l};
    VeleroRestore r;
    r.name = QStringLiteral("drill");
    r.backupName = QStringLiteral("b1");
    r.phase = QStringLiteral("InProgress");
    r.totalItems = 200;
    r.itemsRestored = 50;
    h.restores = {r};
    return h;
}

const QDateTime kNow(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

} // namespace

class TstHistoryModels : public QObject {
    Q_OBJECT

private slots:
    void backupsSortAndFilter() {
        BackupsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setNow(kNow);
        model.setBackups(
            QStringLiteral("shop-prod"),
            {backup(QStringLiteral("daily-3"), QStringLiteral("Completed"), kNow.addDays(-1)),
             backup(QStringLiteral("daily-1"), QStringLiteral("Failed"), kNow.addDays(-3)),
             backup(QStringLiteral("manual-x"), QStringLiteral("Completed"), kNow.addDays(-2), QString())});
        model.setBackups(
            QStringLiteral("payments"),
            {backup(QStringLiteral("daily-2"), QStringLiteral("PartiallyFailed"), kNow.addDays(-2))});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.clusters(), (QStringList{QStringLiteral("payments"), QStringLiteral("shop-prod")}));
        QCOMPARE(model.schedules(), QStringList{QStringLiteral("daily")});

        // Replacing a cluster's backups keeps the other cluster's rows.
        model.setBackups(
            QStringLiteral("payments"),
            {backup(QStringLiteral("daily-2"), QStringLiteral("PartiallyFailed"), kNow.addDays(-2)),
             backup(QStringLiteral("daily-4"), QStringLiteral("Completed"), kNow.addSecs(-3600))});
        QCOMPARE(model.rowCount(), 5);

        proxy.sort(BackupsModel::Started, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, BackupsModel::Name).data().toString(), QStringLiteral("daily-4"));
        QCOMPARE(proxy.index(4, BackupsModel::Name).data().toString(), QStringLiteral("daily-1"));
        proxy.sort(BackupsModel::Age, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, BackupsModel::Age).data().toString(), QStringLiteral("1 h"));
        proxy.sort(BackupsModel::Name, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, BackupsModel::Name).data().toString(), QStringLiteral("daily-1"));

        proxy.setCluster(QStringLiteral("shop-prod"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setPhase(QStringLiteral("Completed"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSchedule(QStringLiteral("daily"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCluster({});
        proxy.setPhase({});
        proxy.setSchedule({});
        proxy.setText(QStringLiteral("MANUAL"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("partially"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 5);

        // Phase colours and raw values.
        const QModelIndex failed = model.index(1, BackupsModel::Phase);
        QCOMPARE(failed.data().toString(), QStringLiteral("Failed"));
        QVERIFY(failed.data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, BackupsModel::Age).data(RawValueRole).toLongLong(), qint64(86400));

        // A failed refresh marks the cluster stale without dropping its rows.
        ClusterHistory broken;
        broken.cluster = QStringLiteral("payments");
        broken.error = QStringLiteral("velero timed out");
        model.setHistory({broken});
        QCOMPARE(model.rowCount(), 5);
        int stale = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            stale += model.index(r, 0).data(BackupsModel::StaleRole).toBool() ? 1 : 0;
        QCOMPARE(stale, 2);
    }

    void rpoMetBreachedNoBackup() {
        const qint64 day = 24 * 3600;
        auto met = RpoCalculator::evaluate(
            history(QStringLiteral("a"),
                    {backup(QStringLiteral("b1"), QStringLiteral("Completed"), kNow.addSecs(-23 * 3600)),
                     backup(QStringLiteral("b2"), QStringLiteral("Failed"), kNow.addSecs(-3600))}),
            day, kNow);
        QCOMPARE(met.state, RpoStatus::State::Met);
        QCOMPARE(met.newestBackup, QStringLiteral("b1")); // the newer one Failed
        QCOMPARE(met.ageSeconds, qint64(23 * 3600));
        QCOMPARE(met.schedule, QStringLiteral("daily"));

        auto breached = RpoCalculator::evaluate(
            history(QStringLiteral("b"),
                    {backup(QStringLiteral("old"), QStringLiteral("Completed"), kNow.addSecs(-day - 1)),
                     backup(QStringLiteral("pf"), QStringLiteral("PartiallyFailed"), kNow.addSecs(-60))}),
            day, kNow);
        QCOMPARE(breached.state, RpoStatus::State::Breached);
        QCOMPARE(breached.ageSeconds, day + 1);

        auto exact = RpoCalculator::evaluate(
            history(QStringLiteral("c"),
                    {backup(QStringLiteral("edge"), QStringLiteral("Completed"), kNow.addSecs(-day))}),
            day, kNow);
        QCOMPARE(exact.state, RpoStatus::State::Met);

        auto none = RpoCalculator::evaluate(history(QStringLiteral("d"), {}), day, kNow);
        QCOMPARE(none.state, RpoStatus::State::NoBackup);
        QCOMPARE(none.ageSeconds, qint64(-1));
        QCOMPARE(none.schedule, QStringLiteral("daily")); // the schedule that should have produced one

        ClusterHistory unreadable;
        unreadable.cluster = QStringLiteral("e");
        unreadable.error = QStringLiteral("no kubeconfig");
        QCOMPARE(RpoCalculator::evaluate(unreadable, day, kNow).state, RpoStatus::State::Unknown);
    }

    void rpoAcrossTimeZonesAndDst() {
        // Berlin leaves summer time on 2026-10-25 at 03:00 (back to 02:00): 00:30 to 04:30 local
        // that night is 5 hours, not 4.
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const QDateTime backupAt(QDate(2026, 10, 25), QTime(0, 30), berlin);
        const QDateTime nowAt(QDate(2026, 10, 25), QTime(4, 30), berlin);
        auto s = RpoCalculator::evaluate(
            history(QStringLiteral("x"),
                    {backup(QStringLiteral("b"), QStringLiteral("Completed"), backupAt)}),
            4 * 3600 + 1800, nowAt);
        QCOMPARE(s.ageSeconds, qint64(5 * 3600));
        QCOMPARE(s.state, RpoStatus::State::Breached);

        // Spring forward (2026-03-29 02:00 -> 03:00): 01:30 to 03:30 local is one hour.
        const QDateTime springBackup(QDate(2026, 3, 29), QTime(1, 30), berlin);
        const QDateTime springNow(QDate(2026, 3, 29), QTime(3, 30), berlin);
        auto spring = RpoCalculator::evaluate(
            history(QStringLiteral("y"),
                    {backup(QStringLiteral("b"), QStringLiteral("Completed"), springBackup)}),
            3600, springNow);
        QCOMPARE(spring.ageSeconds, qint64(3600));
        QCOMPARE(spring.state, RpoStatus::State::Met);

        // A backup stamped in Tokyo time against "now" in New York time: the same instant is age 0.
        const QDateTime tokyo(QDate(2026, 11, 21), QTime(2, 0), QTimeZone("Asia/Tokyo"));
        const QDateTime newYork = tokyo.toTimeZone(QTimeZone("America/New_York")).addSecs(7200);
        auto far = RpoCalculator::evaluate(
            history(QStringLiteral("z"), {backup(QStringLiteral("b"), QStringLiteral("Completed"), tokyo)}),
            3600, newYork);
        QCOMPARE(far.ageSeconds, qint64(7200));
        QCOMPARE(far.newestTime.timeSpec(), Qt::UTC);

        // RFC 3339 with an offset parses to the same instant as its UTC form.
        VeleroBackup fromJson =
            VeleroBackup::fromJson(
                nlohmann::json::parse(
                    R"({"metadata":{"name":"o"},"status":{"phase":"Completed","startTimestamp":"2026-11-20T11:00:00+09:00"}})"))
                .value();
        QCOMPARE(fromJson.pointInTime(), QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC));
    }

    void gapsAndAges() {
        const QList<VeleroBackup> list{
            backup(QStringLiteral("a"), QStringLiteral("Completed"), kNow.addDays(-5)),
            backup(QStringLiteral("b"), QStringLiteral("Failed"), kNow.addDays(-4)),
            backup(QStringLiteral("c"), QStringLiteral("Completed"), kNow.addDays(-2)),
            backup(QStringLiteral("d"), QStringLiteral("Completed"), kNow.addDays(-1))};
        QCOMPARE(RpoCalculator::longestGap(list, kNow.addDays(-6), kNow), qint64(3 * 86400));
        QCOMPARE(RpoCalculator::formatAge(59 * 60), QStringLiteral("59 min"));
        QCOMPARE(RpoCalculator::formatAge(26 * 3600), QStringLiteral("26 h"));
        QCOMPARE(RpoCalculator::formatAge(3 * 86400 + 4 * 3600), QStringLiteral("3 d 4 h"));
    }

    void rpoModel() {
        RpoModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<ClusterHistory> h{
            history(QStringLiteral("ok"),
                    {backup(QStringLiteral("b"), QStringLiteral("Completed"), kNow.addSecs(-3600))}),
            history(QStringLiteral("late"),
                    {backup(QStringLiteral("b"), QStringLiteral("Completed"), kNow.addDays(-2))})};
        model.setStatuses(RpoCalculator::evaluate(h, 86400, kNow));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.breachedCount(), 1);
        QCOMPARE(model.index(1, RpoModel::State).data().toString(), QStringLiteral("RPO breached"));
        QCOMPARE(model.index(0, RpoModel::Age).data().toString(), QStringLiteral("1 h"));
        QVERIFY(!model.index(1, 0).data(RpoModel::MeetsRole).toBool());
    }

    void sideModels() {
        SchedulesModel schedules;
        LocationsModel locations;
        RestoresModel restores;
        QAbstractItemModelTester t1(&schedules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&locations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&restores, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ClusterHistory> h{history(QStringLiteral("a"), {}), history(QStringLiteral("b"), {})};
        schedules.setHistory(h);
        locations.setHistory(h);
        restores.setHistory(h);
        QCOMPARE(schedules.rowCount(), 2);
        QCOMPARE(schedules.index(0, SchedulesModel::Cron).data().toString(), QStringLiteral("0 2 * * *"));
        QCOMPARE(schedules.index(0, SchedulesModel::Ttl).data().toString(), QStringLiteral("30 d 0 h"));
        QCOMPARE(locations.index(1, LocationsModel::BucketPrefix).data().toString(),
                 QStringLiteral("/srv/store/b"));
        QVERIFY(locations.location(QStringLiteral("b"), QStringLiteral("default")));
        QVERIFY(!locations.location(QStringLiteral("b"), QStringLiteral("other")));
        QCOMPARE(restores.index(0, RestoresModel::Progress).data(ProgressRole).toInt(), 25);
        // A cluster that failed to refresh keeps its rows.
        ClusterHistory broken;
        broken.cluster = QStringLiteral("a");
        broken.error = QStringLiteral("down");
        restores.setHistory({broken});
        QCOMPARE(restores.rowCount(), 2);
        // A cluster that refreshed with fewer rows loses the old ones.
        ClusterHistory emptyB = history(QStringLiteral("b"), {});
        emptyB.restores.clear();
        restores.setHistory({emptyB});
        QCOMPARE(restores.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TstHistoryModels)
#include "tst_history_models.moc"
