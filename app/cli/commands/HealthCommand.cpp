#include "HealthCommand.h"

#include "akshci/AksHciClient.h"
#include "health/EnvironmentHealth.h"
#include "health/HealthChecker.h"
#include "health/HealthRepairRun.h"
#include "restore/RestoreReportHtml.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace aks {

int HealthCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("warn-days"),
                 tr("Exit 1 when a certificate expires within DAYS days (default %1).")
                     .arg(HealthChecker::kNoticeDays),
                 tr("DAYS")});
    p.addOption({QStringLiteral("repair"),
                 tr("Run the documented repair ID of a finding (the ids are listed with each finding)."),
                 tr("ID")});
    p.addOption({QStringLiteral("confirm"),
                 tr("With --repair: the deployment or cluster NAME the repair is for."), tr("NAME")});
    p.addOption({QStringLiteral("dry-run"), tr("With --repair: print the script; change nothing.")});
    p.addOption({QStringLiteral("report"), tr("With --repair: write an HTML report of the run to FILE."),
                 tr("FILE")});
    if (auto done = parseOptions(p, args, ctx, false))
        return *done;
    int warnDays = HealthChecker::kNoticeDays;
    if (p.isSet(QStringLiteral("warn-days"))) {
        bool ok = false;
        warnDays = p.value(QStringLiteral("warn-days")).toInt(&ok);
        if (!ok || warnDays < 0 || warnDays > 3650) {
            ctx.err << tr("--warn-days takes a whole number of days between 0 and 3650.") << Qt::endl;
            return ExitUsage;
        }
    }
    const bool repairing = p.isSet(QStringLiteral("repair"));
    for (const char* only : {"confirm", "dry-run", "report"})
        if (!repairing && p.isSet(QString::fromLatin1(only))) {
            ctx.err << tr("--%1 goes with --repair.").arg(QString::fromLatin1(only)) << Qt::endl;
            return ExitUsage;
        }

    AksHciClient client(ctx.environment);
    const HealthReport report = EnvironmentHealth::check(ctx.environment, client, ctx.cancel);
    if (repairing)
        return runRepair(p.value(QStringLiteral("repair")), report, p, ctx);
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QString::fromStdString(report.toJson(warnDays).dump(2)) << Qt::endl;
    else
        printReport(report, warnDays, ctx);
    return report.needsAction(warnDays) ? ExitFailure : ExitOk;
}

void HealthCommand::printReport(const HealthReport& r, int warnDays, CliContext& ctx) {
    ctx.out << tr("Deployment %1: %2, AKS hybrid %3")
                   .arg(r.deployment.isEmpty() ? tr("(unknown)") : r.deployment,
                        r.reachable ? (r.installed ? tr("answers") : tr("not installed"))
                                    : tr("does not answer"),
                        r.version.isEmpty() ? tr("(version unknown)") : r.version)
            << Qt::endl;
    for (auto it = r.rotationSettings.cbegin(); it != r.rotationSettings.cend(); ++it)
        ctx.out << QStringLiteral("  %1 = %2").arg(it.key(), it.value()) << Qt::endl;
    for (const ClusterHealth& c : r.clusters)
        ctx.out << tr("Cluster %1: Kubernetes %2, %3, %4")
                       .arg(c.name, c.kubernetesVersion, c.status,
                            c.reachable ? tr("API server answers") : tr("API server not reached"))
                << Qt::endl;
    for (const HealthFinding& f : r.sortedFindings()) {
        ctx.out << QStringLiteral("%1 %2%3")
                       .arg(HealthFinding::urgencyText(f.urgency).toUpper(), -9)
                       .arg(f.subject.isEmpty() ? QString() : f.subject + QStringLiteral(": "), f.message)
                << Qt::endl;
        for (const HealthRepair& rep : f.repairs)
            ctx.out << tr("    repair %1%2: %3")
                           .arg(rep.id, rep.deprecated ? tr(" (deprecated)") : QString(),
                                scriptText(rep.script))
                    << Qt::endl;
    }
    if (r.needsAction(warnDays))
        ctx.err << tr("Something needs action or expires within %n day(s).", nullptr, warnDays) << Qt::endl;
}

int HealthCommand::runRepair(const QString& id, const HealthReport& report, const QCommandLineParser& p,
                             CliContext& ctx) {
    const HealthFinding* finding = nullptr;
    const HealthRepair* repair = nullptr;
    for (const HealthFinding& f : report.findings)
        for (const HealthRepair& r : f.repairs)
            if (!repair && r.id == id) {
                finding = &f;
                repair = &r;
            }
    if (!repair) {
        ctx.err
            << tr("No finding offers the repair '%1' now; run `aks-recovery health` for the current ones.")
                   .arg(id)
            << Qt::endl;
        return ExitFailure;
    }
    AksHciClient client(ctx.environment);
    HealthRepairRun run(*repair, finding->subject, report.deployment, client, [&](const CancelToken& c) {
        return EnvironmentHealth::check(ctx.environment, client, c);
    });
    const QStringList confirmed = p.values(QStringLiteral("confirm"));
    JobContext job(ctx.cancel, {}, [&](const QString& line) { ctx.out << line << Qt::endl; });
    const EngineResult r =
        run.run(QSet<QString>(confirmed.cbegin(), confirmed.cend()), p.isSet(QStringLiteral("dry-run")), job);
    if (p.isSet(QStringLiteral("report"))) {
        if (auto written = RestoreReportHtml::write(run.journal(), p.value(QStringLiteral("report")));
            !written)
            ctx.err << written.error().message << Qt::endl;
    }
    switch (r.outcome) {
    case RestoreJournal::Outcome::Completed:
        ctx.out << r.message << Qt::endl;
        return ExitOk;
    case RestoreJournal::Outcome::NeedsConfirmation:
        ctx.err << r.message << Qt::endl;
        ctx.err << tr("Run again with --repair %1 --confirm %2.").arg(id, r.confirmation.name) << Qt::endl;
        return ExitFailure;
    default:
        ctx.err << r.message << Qt::endl;
        if (!run.journal().path().isEmpty())
            ctx.err << tr("The journal is %1.").arg(run.journal().path()) << Qt::endl;
        return ExitFailure;
    }
}

} // namespace aks
