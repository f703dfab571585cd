#include "RpoCommand.h"

#include "env/ToolSettings.h"
#include "jobs/JobContext.h"
#include "velero/HistoryJson.h"
#include "velero/HistoryLoader.h"
#include "velero/RpoCalculator.h"
#include "velero/VeleroJson.h"

#include <QCommandLineParser>

namespace aks {

int RpoCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("max-age"),
         tr("The RPO, e.g. 24h or 90m (default: the setting, %1 h).").arg(ToolSettings::load().rpoHours),
         tr("DURATION")});
    p.addOption({QStringLiteral("cluster"),
                 tr("Check only this cluster (repeatable; default: every workload cluster)."), tr("NAME")});
    p.addOption({QStringLiteral("kubeconfig"),
                 tr("The kubeconfig to use, with exactly one --cluster (default: Get-AksHciCredential)."),
                 tr("FILE")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = parseOptions(p, args, ctx, false))
        return *done;
    qint64 rpoSeconds = qint64(ToolSettings::load().rpoHours) * 3600;
    if (p.isSet(QStringLiteral("max-age"))) {
        rpoSeconds = VeleroJson::goDurationSeconds(p.value(QStringLiteral("max-age")));
        if (rpoSeconds <= 0) {
            ctx.err << tr("--max-age '%1' is not a duration: use e.g. 24h, 36h or 90m.")
                           .arg(p.value(QStringLiteral("max-age")))
                    << Qt::endl;
            return ExitUsage;
        }
    }
    const QStringList clusters = p.values(QStringLiteral("cluster"));
    const QString kubeconfig = p.value(QStringLiteral("kubeconfig"));
    if (!kubeconfig.isEmpty() && clusters.size() != 1) {
        ctx.err << tr("--kubeconfig needs exactly one --cluster.") << Qt::endl;
        return ExitUsage;
    }

    const HistoryLoader loader(ctx.environment);
    QList<ClusterHistory> history;
    if (!kubeconfig.isEmpty()) {
        VeleroTarget target;
        target.kubeconfig = kubeconfig;
        history.append(loader.load(clusters.first(), target, ctx.cancel));
    } else {
        auto all = loader.loadAll(clusters, JobContext(ctx.cancel, {}, {}));
        if (!all) {
            ctx.err << all.error().fullText() << Qt::endl;
            return ExitFailure;
        }
        history = *all;
    }
    const QList<RpoStatus> statuses =
        RpoCalculator::evaluate(history, rpoSeconds, QDateTime::currentDateTimeUtc());
    bool allMet = !statuses.isEmpty();
    for (const auto& s : statuses)
        allMet = allMet && s.meets();

    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::json j = {
            {"rpoSeconds", rpoSeconds}, {"ok", allMet}, {"clusters", nlohmann::json::array()}};
        for (const auto& s : statuses)
            j["clusters"].push_back(HistoryJson::rpo(s));
        ctx.out << QString::fromStdString(j.dump(2)) << Qt::endl;
    } else {
        for (const auto& s : statuses) {
            QString line;
            switch (s.state) {
            case RpoStatus::State::Met:
                line = tr("OK       %1: newest Completed backup %2 is %3 old (RPO %4)");
                break;
            case RpoStatus::State::Breached:
                line = tr("BREACHED %1: newest Completed backup %2 is %3 old (RPO %4)");
                break;
            case RpoStatus::State::NoBackup:
                line = tr("BREACHED %1: no Completed backup%2%3 (RPO %4)");
                break;
            case RpoStatus::State::Unknown:
                line = tr("UNKNOWN  %1: could not be read%2%3 (RPO %4)");
                break;
            }
            ctx.out << line.arg(s.cluster, s.newestBackup, RpoCalculator::formatAge(s.ageSeconds),
                                RpoCalculator::formatAge(s.rpoSeconds))
                    << Qt::endl;
            if (!s.error.isEmpty())
                ctx.err << s.cluster << QStringLiteral(": ") << s.error << Qt::endl;
        }
        if (statuses.isEmpty())
            ctx.err << tr("No workload clusters to check.") << Qt::endl;
    }
    return allMet ? ExitOk : ExitFailure;
}

} // namespace aks
