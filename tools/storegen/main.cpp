// aks-storegen: writes a backup store in Velero's layout into a folder, for tests, benchmarks and
// manual checks of the inspector.
#include "HostileCorpus.h"
#include "StoreWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {
using namespace aks::storegen;

int fail(const QString& message) {
    QTextStream(stderr) << "aks-storegen: " << message << Qt::endl;
    return 1;
}

int writeNormalStore(const QString& out, int backups, int objects, const QString& cluster, quint32 seed) {
    const QDateTime newest(QDate(2026, 11, 18), QTime(2, 0), Qt::UTC);
    ObjectFactory base(seed, cluster);
    const std::vector<KubeObject> common = base.makeObjects(objects);
    QString latest;
    for (int i = 0; i < backups; ++i) {
        BackupSpec b;
        b.start = newest.addDays(i - backups + 1);
        b.name = cluster + QStringLiteral("-daily-") + b.start.toString(QStringLiteral("yyyyMMddHHmmss"));
        b.scheduleName = cluster + QStringLiteral("-daily");
        b.objects = common;
        // Each day adds a namespace, so consecutive backups differ in a way compare can show.
        ObjectFactory extra(seed + static_cast<quint32>(i) + 1, cluster);
        auto added = extra.makeNamespace(QStringLiteral("release-%1").arg(i), 1);
        std::move(added.begin(), added.end(), std::back_inserter(b.objects));
        if (backups > 1 && i == backups - 2) {
            b.phase = QStringLiteral("PartiallyFailed");
            b.errors = 1;
            b.warnings = 2;
        }
        if (aks::Status st = writeBackup(out, b); !st)
            return fail(st.error().message);
        latest = b.name;
    }
    if (!latest.isEmpty()) {
        RestoreSpec r;
        r.name = latest + QStringLiteral("-restore");
        r.backupName = latest;
        ObjectFactory restored(seed, cluster);
        r.objects = restored.makeNamespace(QStringLiteral("team-000"), 2);
        if (aks::Status st = writeRestore(out, r); !st)
            return fail(st.error().message);
    }
    return 0;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aks-storegen"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Writes a Velero backup store into a folder."));
    p.addHelpOption();
    p.addOption({QStringLiteral("out"), QStringLiteral("The store folder to write (created)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("backups"), QStringLiteral("How many daily backups (default 3)."),
                 QStringLiteral("N"), QStringLiteral("3")});
    p.addOption({QStringLiteral("objects"),
                 QStringLiteral("About how many objects per backup (default 200)."), QStringLiteral("N"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("cluster"), QStringLiteral("Source cluster name (default shop-prod)."),
                 QStringLiteral("NAME"), QStringLiteral("shop-prod")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the generated objects (default 42)."),
                 QStringLiteral("N"), QStringLiteral("42")});
    p.addOption({QStringLiteral("hostile"),
                 QStringLiteral("Write one defective backup per kind instead (\"all\", or one of: %1).")
                     .arg(hostileKindNames().join(QStringLiteral(", "))),
                 QStringLiteral("KIND")});
    p.addOption({QStringLiteral("bomb-bytes"),
                 QStringLiteral("Inflated size of the gzip-bomb entry (default 1 GiB)."), QStringLiteral("N"),
                 QString::number(qint64(1) << 30)});
    p.process(app);

    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(QStringLiteral("--out DIR is required"));
    if (!QDir().mkpath(out))
        return fail(QStringLiteral("cannot create %1").arg(out));

    if (p.isSet(QStringLiteral("hostile"))) {
        const QString kind = p.value(QStringLiteral("hostile"));
        QStringList kinds = kind == QLatin1String("all") ? hostileKindNames() : QStringList{kind};
        for (const QString& k : kinds) {
            const auto parsed = parseHostileKind(k);
            if (!parsed)
                return fail(QStringLiteral("unknown hostile kind %1").arg(k));
            if (aks::Status st = writeHostileBackup(out, QStringLiteral("hostile-") + k, *parsed,
                                                    p.value(QStringLiteral("bomb-bytes")).toLongLong());
                !st)
                return fail(st.error().message);
        }
        return 0;
    }

    bool ok1 = false, ok2 = false, ok3 = false;
    const int backups = p.value(QStringLiteral("backups")).toInt(&ok1);
    const int objects = p.value(QStringLiteral("objects")).toInt(&ok2);
    const quint32 seed = p.value(QStringLiteral("seed")).toUInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || backups < 0 || objects < 1)
        return fail(QStringLiteral("--backups, --objects and --seed take positive numbers"));
    return writeNormalStore(out, backups, objects, p.value(QStringLiteral("cluster")), seed);
}
