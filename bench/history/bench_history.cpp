// 10,000 backups over 25 clusters in BackupsModel behind BackupFilterProxy: sorting every column
// and each filter timed (budget 50 ms each), resident memory before and after loading reported.
#include "history/BackupFilterProxy.h"
#include "history/BackupsModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace aks;

namespace {

long rssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

VeleroBackup make(int i, const QDateTime& now) {
    static const char* const phases[] = {"Completed", "Completed",       "Completed",
                                         "Completed", "PartiallyFailed", "Failed"};
    VeleroBackup b;
    b.name = QStringLiteral("daily-%1").arg(100000 + i);
    b.phase = QString::fromLatin1(phases[i % 6]);
    b.scheduleName = i % 7 == 0 ? QString() : (i % 2 ? QStringLiteral("daily") : QStringLiteral("hourly"));
    b.started = now.addSecs(-qint64(i) * 3600 - (i * 7919) % 3000);
    b.completed = b.started.addSecs(60 + i % 300);
    b.expiration = b.started.addDays(30);
    b.errors = b.phase == QLatin1String("Completed") ? 0 : 1 + i % 3;
    b.warnings = i % 5;
    b.itemsBackedUp = 100 + (i * 31) % 5000;
    b.totalItems = b.itemsBackedUp;
    b.storageLocation = QStringLiteral("default");
    // What velero prints for a backup, about 1.5 KB, kept as raw json like the real thing.
    b.raw = {
        {"apiVersion", "velero.io/v1"},
        {"kind", "Backup"},
        {"metadata",
         {{"name", b.name.toStdString()},
          {"namespace", "velero"},
          {"labels",
           {{"velero.io/schedule-name", b.scheduleName.toStdString()},
            {"velero.io/storage-location", "default"}}}}},
        {"spec",
         {{"includedNamespaces", {"shop", "checkout"}}, {"ttl", "720h0m0s"}, {"storageLocation", "default"}}},
        {"status", {{"phase", b.phase.toStdString()}, {"errors", b.errors}, {"warnings", b.warnings}}}};
    return b;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    constexpr int kBackups = 10000;
    constexpr int kClusters = 25;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const long before = rssKb();

    BackupsModel model;
    model.setNow(now);
    BackupFilterProxy proxy;
    proxy.setSourceModel(&model);
    QElapsedTimer t;
    t.start();
    for (int c = 0; c < kClusters; ++c) {
        QList<VeleroBackup> list;
        for (int i = c; i < kBackups; i += kClusters)
            list.append(make(i, now));
        model.setBackups(QStringLiteral("cluster-%1").arg(c, 2, 10, QLatin1Char('0')), list);
    }
    const qint64 loadMs = t.elapsed();
    const long after = rssKb();
    std::printf(
        "rows: %d\nload: %lld ms\nmemory: %ld KB before, %ld KB after (+%ld KB, %.1f KB per backup)\n",
        model.rowCount(), loadMs, before, after, after - before, double(after - before) / kBackups);

    bool over = false;
    auto timed = [&](const char* what, auto&& fn) {
        QElapsedTimer clock;
        clock.start();
        fn();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        over = over || ms > 50.0;
        std::printf("%-34s %8.2f ms (%d rows)%s\n", what, ms, proxy.rowCount(),
                    ms > 50.0 ? "  OVER 50 ms" : "");
    };
    const char* names[] = {"sort Cluster", "sort Name",     "sort Phase",   "sort Schedule",
                           "sort Taken",   "sort Age",      "sort Expires", "sort Items",
                           "sort Errors",  "sort Warnings", "sort Location"};
    for (int col = 0; col < BackupsModel::ColumnCount; ++col)
        timed(names[col], [&] { proxy.sort(col, col % 2 ? Qt::DescendingOrder : Qt::AscendingOrder); });
    timed("filter cluster", [&] { proxy.setCluster(QStringLiteral("cluster-07")); });
    timed("filter phase (+cluster)", [&] { proxy.setPhase(QStringLiteral("Completed")); });
    timed("filter schedule (+both)", [&] { proxy.setSchedule(QStringLiteral("daily")); });
    timed("clear filters", [&] {
        proxy.setCluster({});
        proxy.setPhase({});
        proxy.setSchedule({});
    });
    timed("filter text 'daily-1023'", [&] { proxy.setText(QStringLiteral("daily-1023")); });
    timed("filter text 'partially'", [&] { proxy.setText(QStringLiteral("partially")); });
    timed("clear text", [&] { proxy.setText({}); });
    return over ? 1 : 0;
}
