#include "RestoreCommand.h"

#include "akshci/AksHciClient.h"
#include "env/AppPaths.h"
#include "restore/BackendRecoveryTarget.h"
#include "restore/RestoreEngine.h"
#include "restore/RestoreJournal.h"
#include "restore/RestorePlanBuilder.h"
#include "restore/RestoreReportHtml.h"
#include "restore/RestoreStepsBuilder.h"
#include "velero/VeleroCliTable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace aks {

int RestoreCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("write-plan"), tr("Write a plan from the environment to FILE."), tr("FILE")});
    p.addOption(
        {QStringLiteral("scenario"), tr("new-site or corruption (with --write-plan)."), tr("SCENARIO")});
    p.addOption({QStringLiteral("cluster"),
                 tr("Restore cluster NAME from BACKUP (repeatable; other clusters get their newest verified "
                    "backup)."),
                 tr("NAME=BACKUP")});
    p.addOption({QStringLiteral("snapshot"),
                 tr("The configuration snapshot folder to rebuild from (corruption)."), tr("DIR")});
    p.addOption({QStringLiteral("store"),
                 tr("The backup storage: a folder, azure://ACCOUNT/CONTAINER or s3://BUCKET."), tr("STORE")});
    p.addOption(
        {QStringLiteral("credentials-file"), tr("The velero credentials file of the storage."), tr("FILE")});
    p.addOption({QStringLiteral("velero-provider"),
                 tr("Velero's provider where a cluster's old backup location cannot be read: azure or aws."),
                 tr("PROVIDER")});
    p.addOption({QStringLiteral("velero-bucket"), tr("Velero's bucket or container, idem."), tr("BUCKET")});
    p.addOption(
        {QStringLiteral("velero-config"),
         tr("Velero's backup location config, idem (storageAccount=...,storageAccountKeyEnvVar=... or "
            "region=...,s3Url=...)."),
         tr("KEY=VALUE,...")});
    p.addOption({QStringLiteral("velero-prefix"),
                 tr("A cluster's backup location prefix, idem (repeatable)."), tr("CLUSTER=PREFIX")});
    p.addOption({QStringLiteral("velero-allow-partially-failed"),
                 tr("With --write-plan: let the cluster's backup be restored even when it is PartiallyFailed "
                    "(some items were not backed up; refused otherwise). Repeatable."),
                 tr("CLUSTER")});
    p.addOption({QStringLiteral("velero-plugin"),
                 tr("The plugin image (default: the tag the compatibility table pairs with the velero CLI)."),
                 tr("IMAGE")});
    p.addOption(
        {QStringLiteral("rpo-hours"), tr("Recovery point objective in hours (default 24)."), tr("HOURS")});
    p.addOption({QStringLiteral("plan"), tr("Run the plan in FILE."), tr("FILE")});
    p.addOption({QStringLiteral("dry-run"), tr("Print every command the plan would run; change nothing.")});
    p.addOption({QStringLiteral("confirm"),
                 tr("Allow the destructive step of the deployment or cluster NAME (repeatable)."),
                 tr("NAME")});
    p.addOption({QStringLiteral("accept-loss"),
                 tr("Acknowledge that the live workload cluster NAME, which the plan does not recreate, is "
                    "destroyed by Uninstall-AksHci (repeatable; needed besides --confirm)."),
                 tr("NAME")});
    p.addOption(
        {QStringLiteral("repair-did-not-help"),
         tr("Acknowledge that the documented certificate repair the diagnosis offered was run and did "
            "not help, so Uninstall-AksHci may go on (recorded in the journal and the report).")});
    p.addOption({QStringLiteral("accept-drift"),
                 tr("Accept the differences between the rebuilt deployment and its snapshot that the "
                    "compare step listed under DIGEST, instead of repairing them (recorded in the journal "
                    "and the report; a different list needs its own acceptance)."),
                 tr("DIGEST")});
    p.addOption({QStringLiteral("resume"),
                 tr("Continue the plan's run from its journal (refused if the plan changed since).")});
    p.addOption({QStringLiteral("report"), tr("Write an HTML report of the run to FILE."), tr("FILE")});
    p.addOption(
        {QStringLiteral("secrets-file"),
         tr("JSON with the secrets a redacted snapshot lacks (proxyPassword, servicePrincipalSecret); "
            "'-' reads it from standard input. Never give secrets as arguments."),
         tr("FILE")});
    p.addOption({QStringLiteral("poll-interval"),
                 tr("Seconds between status checks while waiting (default 2)."), tr("SECONDS")});
    if (auto done = parseOptions(p, args, ctx, true))
        return *done;
    if (!p.positionalArguments().isEmpty()) {
        ctx.err << tr("restore takes no positional arguments.") << Qt::endl;
        return ExitUsage;
    }
    const bool write = p.isSet(QStringLiteral("write-plan"));
    const bool runIt = p.isSet(QStringLiteral("plan"));
    if (write == runIt) {
        ctx.err << tr("Give either --write-plan FILE --scenario new-site|corruption, or --plan FILE.")
                << Qt::endl;
        return ExitUsage;
    }
    return write ? writePlan(p, ctx) : runPlan(p, ctx);
}

int RestoreCommand::writePlan(const QCommandLineParser& p, CliContext& ctx) {
    RestorePlanBuilder::Options o;
    const auto scenario = RestorePlan::scenarioFromKey(p.value(QStringLiteral("scenario")));
    if (!scenario) {
        ctx.err << tr("--scenario must be new-site or corruption.") << Qt::endl;
        return ExitUsage;
    }
    o.scenario = *scenario;
    for (const QString& c : p.values(QStringLiteral("cluster"))) {
        const int eq = c.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == c.size() - 1) {
            ctx.err << tr("--cluster takes NAME=BACKUP, not '%1'.").arg(c) << Qt::endl;
            return ExitUsage;
        }
        o.backups.insert(c.left(eq), c.mid(eq + 1));
    }
    o.snapshotDir = p.value(QStringLiteral("snapshot"));
    o.store = p.value(QStringLiteral("store"));
    o.credentialsFile = p.value(QStringLiteral("credentials-file"));
    o.veleroPlugin = p.value(QStringLiteral("velero-plugin"));
    o.velero.provider = p.value(QStringLiteral("velero-provider"));
    o.velero.bucket = p.value(QStringLiteral("velero-bucket"));
    if (p.isSet(QStringLiteral("velero-config"))) {
        QString error;
        const auto config = VeleroCliTable::parseMap(p.value(QStringLiteral("velero-config")), &error);
        if (!config) {
            ctx.err << tr("--velero-config: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        o.velero.config = *config;
    }
    for (const QString& c : p.values(QStringLiteral("velero-allow-partially-failed")))
        o.allowPartiallyFailed.insert(c);
    for (const QString& v : p.values(QStringLiteral("velero-prefix"))) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            ctx.err << tr("--velero-prefix takes CLUSTER=PREFIX, not '%1'.").arg(v) << Qt::endl;
            return ExitUsage;
        }
        o.veleroPrefixes.insert(v.left(eq), v.mid(eq + 1));
    }
    if (p.isSet(QStringLiteral("rpo-hours"))) {
        bool ok = false;
        o.rpoHours = p.value(QStringLiteral("rpo-hours")).toInt(&ok);
        if (!ok || o.rpoHours <= 0) {
            ctx.err << tr("--rpo-hours takes a positive whole number of hours.") << Qt::endl;
            return ExitUsage;
        }
    }
    if (o.scenario == RestorePlan::Scenario::Corruption && o.snapshotDir.isEmpty())
        o.captureSnapshotTo = QDir(AppPaths::dataDir()).filePath(QStringLiteral("snapshots"));

    AksHciClient aks(ctx.environment);
    JobContext job(ctx.cancel, {}, [&](const QString& line) { ctx.out << line << Qt::endl; });
    auto built = RestorePlanBuilder::build(ctx.environment, aks, o, job);
    if (!built) {
        ctx.err << tr("Could not write the plan: %1").arg(built.error().message) << Qt::endl;
        if (!built.error().detail.isEmpty())
            ctx.err << built.error().detail << Qt::endl;
        return ExitFailure;
    }
    for (const QString& n : built->notes)
        ctx.err << n << Qt::endl;
    const QString file = p.value(QStringLiteral("write-plan"));
    if (auto s = built->plan.save(file); !s) {
        ctx.err << s.error().message << Qt::endl;
        return ExitFailure;
    }
    ctx.out << tr("Wrote the %1 plan %2 for %3:")
                   .arg(RestorePlan::scenarioKey(built->plan.scenario), file, built->plan.deployment)
            << Qt::endl;
    for (const ClusterRestorePlan& c : built->plan.clusters) {
        ctx.out << QStringLiteral("  %1 <- %2").arg(c.cluster, c.backup) << Qt::endl;
        if (c.allowPartiallyFailed)
            ctx.out << tr("    a PartiallyFailed backup may be restored (explicit override)") << Qt::endl;
        ctx.out << tr("    velero: %1 bucket %2 prefix %3 config %4 plugin %5 credentials %6 (%7)")
                       .arg(c.velero.provider, c.velero.bucket, c.storePrefix,
                            VeleroCliTable::formatMap(c.velero.config),
                            c.velero.plugin.isEmpty() ? tr("paired with the velero CLI") : c.velero.plugin,
                            c.velero.credentialsFile.isEmpty() ? tr("of the store")
                                                               : c.velero.credentialsFile,
                            c.velero.source == QLatin1String("location") ? tr("read from the old location")
                                                                         : tr("given"))
                << Qt::endl;
    }
    const QStringList problems = built->plan.problems();
    if (!problems.isEmpty()) {
        ctx.err << tr("The plan cannot run until it is completed: %1").arg(problems.join(QLatin1Char(' ')))
                << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

int RestoreCommand::runPlan(const QCommandLineParser& p, CliContext& ctx) {
    const QString file = p.value(QStringLiteral("plan"));
    auto plan = RestorePlan::load(file);
    if (!plan) {
        ctx.err << plan.error().message << Qt::endl;
        return ExitUsage;
    }
    StepTimings timings;
    if (p.isSet(QStringLiteral("poll-interval"))) {
        bool ok = false;
        const double s = p.value(QStringLiteral("poll-interval")).toDouble(&ok);
        if (!ok || s <= 0 || s > 600) {
            ctx.err << tr("--poll-interval takes seconds between 0 and 600.") << Qt::endl;
            return ExitUsage;
        }
        timings.poll = std::chrono::milliseconds(qint64(s * 1000));
    }
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    const QString journalPath = RestoreJournal::pathFor(plan->id);
    RestoreJournal journal(*plan, journalPath);
    if (!dryRun && QFileInfo::exists(journalPath)) {
        // The journal goes on only with the very plan it began with (its digest): a step done for
        // one backup is never taken as done for another.
        auto old = RestoreJournal::existingFor(*plan);
        if (!old) {
            ctx.err << old.error().message << Qt::endl;
            return ExitFailure;
        }
        if (!p.isSet(QStringLiteral("resume"))) {
            ctx.err << ((*old)->outcome() == RestoreJournal::Outcome::Completed
                            ? tr("This plan already ran to the end (journal %1). Write a new plan to restore "
                                 "again.")
                                  .arg(journalPath)
                            : tr("This plan was started before and did not finish (journal %1). Add --resume "
                                 "to continue where it stopped.")
                                  .arg(journalPath))
                    << Qt::endl;
            return ExitFailure;
        }
        journal = std::move(**old);
    }

    BackendRecoveryTarget target(ctx.environment, *plan);
    if (p.isSet(QStringLiteral("secrets-file"))) {
        auto secrets = RebuildSecrets::load(p.value(QStringLiteral("secrets-file")));
        if (!secrets) {
            ctx.err << secrets.error().message << Qt::endl;
            return ExitUsage;
        }
        target.setRebuildSecrets(*secrets);
    }
    RestoreEngine engine(RestoreStepsBuilder::build(*plan, target, timings), journal);
    engine.setDryRun(dryRun);
    const QStringList confirmed = p.values(QStringLiteral("confirm"));
    engine.setConfirmedNames(QSet<QString>(confirmed.cbegin(), confirmed.cend()));
    const QStringList losses = p.values(QStringLiteral("accept-loss"));
    engine.setAcknowledgedLosses(QSet<QString>(losses.cbegin(), losses.cend()));
    engine.setRepairDidNotHelp(p.isSet(QStringLiteral("repair-did-not-help")));
    const QStringList drift = p.values(QStringLiteral("accept-drift"));
    engine.setAcceptedDifferences(QSet<QString>(drift.cbegin(), drift.cend()));
    engine.setObserver([&](const JournalStep& s) {
        if (s.state == JournalStep::State::Running)
            ctx.out << tr("==> %1 (%2)").arg(s.title, s.id) << Qt::endl;
    });
    if (dryRun)
        ctx.out << tr("Dry run of the %1 plan for %2: nothing will be changed.")
                       .arg(RestorePlan::scenarioKey(plan->scenario), plan->deployment)
                << Qt::endl;
    JobContext job(ctx.cancel, {}, [&](const QString& line) { ctx.out << line << Qt::endl; });
    const EngineResult r = engine.run(job);

    if (p.isSet(QStringLiteral("report"))) {
        QSaveFile f(p.value(QStringLiteral("report")));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(RestoreReportHtml::render(journal).toUtf8());
            if (!f.commit())
                ctx.err << tr("Could not write the report %1.").arg(f.fileName()) << Qt::endl;
        } else {
            ctx.err << tr("Could not write the report %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
        }
    }
    switch (r.outcome) {
    case RestoreJournal::Outcome::Completed:
        ctx.out << r.message << Qt::endl;
        return ExitOk;
    case RestoreJournal::Outcome::NeedsConfirmation:
        ctx.err << tr("Stopped before a destructive step. %1").arg(r.message) << Qt::endl;
        if (!r.confirmation.repairFirst.isEmpty() && !p.isSet(QStringLiteral("repair-did-not-help"))) {
            ctx.err
                << tr("Repair first: `aks-recovery health` lists the repairs, `aks-recovery health --repair "
                      "ID --confirm NAME` runs one. If it did not help, run again with --resume "
                      "--repair-did-not-help --confirm %1.")
                       .arg(r.confirmation.name)
                << Qt::endl;
            return ExitFailure;
        }
        ctx.err << tr("Run again with --resume --confirm %1%2 to go on.")
                       .arg(r.confirmation.name,
                            r.confirmation.unrecovered.isEmpty()
                                ? QString()
                                : QStringLiteral(" --accept-loss ") +
                                      r.confirmation.unrecovered.join(QStringLiteral(" --accept-loss ")))
                << Qt::endl;
        return ExitFailure;
    default:
        ctx.err << r.message << Qt::endl;
        if (r.toAccept) {
            for (const QString& d : r.toAccept->items)
                ctx.err << QStringLiteral("  - ") << d << Qt::endl;
            ctx.err << tr("Repair these and run again with --resume, or accept exactly these differences: "
                          "run again with --resume --accept-drift %1.")
                           .arg(r.toAccept->digest)
                    << Qt::endl;
        }
        if (!dryRun)
            ctx.err << tr("The journal is %1; fix the cause and run again with --resume.").arg(journalPath)
                    << Qt::endl;
        return ExitFailure;
    }
}

} // namespace aks
