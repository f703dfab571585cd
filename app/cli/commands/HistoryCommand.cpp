#include "HistoryCommand.h"

#include "env/ToolSettings.h"
#include "jobs/JobContext.h"
#include "velero/HistoryJson.h"
#include "velero/HistoryLoader.h"
#include "velero/RpoCalculator.h"

#include <QCommandLineParser>
#include <QLocale>

#include <algorithm>

namespace aks {

int HistoryCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("cluster"), tr("The workload cluster."), tr("NAME")});
    p.addOption({QStringLiteral("kubeconfig"),
                 tr("The cluster's kubeconfig (default: fetched with Get-AksHciCredential)."), tr("FILE")});
    p.addOption({QStringLiteral("kubecontext"), tr("The context in the kubeconfig."), tr("CONTEXT")});
    p.addOption({QStringLiteral("velero-namespace"), tr("Velero's namespace (default velero)."), tr("NS")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = parseOptions(p, args, ctx, true))
        return *done;
    const QString cluster = p.value(QStringLiteral("cluster"));
    if (cluster.isEmpty() || !p.positionalArguments().isEmpty()) {
        ctx.err << tr("history needs --cluster NAME and takes no other arguments.") << Qt::endl;
        return ExitUsage;
    }

    const HistoryLoader loader(ctx.environment);
    VeleroTarget target;
    target.kubeconfig = p.value(QStringLiteral("kubeconfig"));
    target.kubecontext = p.value(QStringLiteral("kubecontext"));
    if (p.isSet(QStringLiteral("velero-namespace")))
        target.veleroNamespace = p.value(QStringLiteral("velero-namespace"));
    if (target.kubeconfig.isEmpty()) {
        auto kubeconfig = loader.kubeconfigFor(cluster, ctx.cancel);
        if (!kubeconfig) {
            ctx.err << kubeconfig.error().fullText() << Qt::endl;
            return ExitFailure;
        }
        target.kubeconfig = *kubeconfig;
    }
    ClusterHistory h = loader.load(cluster, target, ctx.cancel);
    if (!h.ok()) {
        ctx.err << h.error << Qt::endl;
        if (!h.errorDetail.isEmpty())
            ctx.err << h.errorDetail << Qt::endl;
        return ExitFailure;
    }
    std::sort(h.backups.begin(), h.backups.end(),
              [](const VeleroBackup& a, const VeleroBackup& b) { return a.pointInTime() > b.pointInTime(); });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RpoStatus rpo = RpoCalculator::evaluate(h, qint64(ToolSettings::load().rpoHours) * 3600, now);

    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QString::fromStdString(HistoryJson::cluster(h, rpo).dump(2)) << Qt::endl;
        return ExitOk;
    }
    ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(tr("BACKUP"), -28)
                   .arg(tr("PHASE"), -16)
                   .arg(tr("TAKEN (UTC)"), -20)
                   .arg(tr("AGE"), -9)
                   .arg(tr("ERRORS"), 6)
                   .arg(tr("WARNINGS"), 8)
                   .arg(tr("SCHEDULE"))
            << Qt::endl;
    for (const auto& b : h.backups)
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                       .arg(b.name, -28)
                       .arg(b.phase, -16)
                       .arg(b.pointInTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), -20)
                       .arg(RpoCalculator::formatAge(b.pointInTime().secsTo(now)), -9)
                       .arg(b.errors, 6)
                       .arg(b.warnings, 8)
                       .arg(b.scheduleName)
                << Qt::endl;
    if (h.backups.isEmpty())
        ctx.out << tr("No backups.") << Qt::endl;
    ctx.out << Qt::endl;
    if (rpo.state == RpoStatus::State::NoBackup)
        ctx.out << tr("RPO %1: no Completed backup.").arg(RpoCalculator::formatAge(rpo.rpoSeconds))
                << Qt::endl;
    else
        ctx.out << tr("RPO %1: newest Completed backup %2 is %3 old (%4).")
                       .arg(RpoCalculator::formatAge(rpo.rpoSeconds), rpo.newestBackup,
                            RpoCalculator::formatAge(rpo.ageSeconds),
                            rpo.meets() ? tr("within RPO") : tr("RPO BREACHED"))
                << Qt::endl;
    return ExitOk;
}

} // namespace aks
