#include "InspectCommand.h"
#include "core/BoundedJson.h"
#include "core/TerminalText.h"

#include "StoreCliOptions.h"
#include "inspector/ArtifactReader.h"
#include "inspector/BackupInspector.h"
#include "inspector/LogEntry.h"
#include "store/StoreFactory.h"

#include <nlohmann/json.hpp>

namespace aks {
namespace {
// Whether `kind` names the object: its Kind, <apiVersion>/<Kind>, or its resource (with or
// without group), case-insensitively.
bool kindMatches(const ObjectRecord& o, const QString& kind) {
    return kind.compare(o.kind, Qt::CaseInsensitive) == 0 ||
           kind.compare(o.groupVersionKind(), Qt::CaseInsensitive) == 0 ||
           kind.compare(o.groupResource, Qt::CaseInsensitive) == 0 ||
           kind.compare(o.groupResource.section(QLatin1Char('.'), 0, 0), Qt::CaseInsensitive) == 0;
}

} // namespace

int InspectCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    StoreCliOptions::add(p);
    p.addOption({QStringLiteral("backup"), tr("The backup to inspect."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("json"), tr("Print the summary as JSON.")});
    p.addOption({QStringLiteral("list"), tr("Print one line per object in the tarball.")});
    p.addOption({QStringLiteral("show"), tr("Print the JSON of one object: --show KIND NAMESPACE/NAME."),
                 QStringLiteral("KIND")});
    p.addOption({QStringLiteral("logs"), tr("Print the backup's log.")});
    p.addOption({QStringLiteral("level"),
                 tr("With --logs: only lines at this level or above (info, warning, error)."),
                 QStringLiteral("LEVEL")});
    if (auto done = parseOptions(p, args, ctx, true))
        return *done;
    QStringList positional = p.positionalArguments();
    auto spec = StoreCliOptions::spec(p, &positional);
    if (!spec) {
        ctx.err << spec.error().message << Qt::endl;
        return ExitUsage;
    }
    const bool show = p.isSet(QStringLiteral("show"));
    const int modes = int(p.isSet(QStringLiteral("json"))) + int(p.isSet(QStringLiteral("list"))) +
                      int(show) + int(p.isSet(QStringLiteral("logs")));
    if (modes > 1) {
        ctx.err << tr("Use only one of --json, --list, --show and --logs.") << Qt::endl;
        return ExitUsage;
    }
    if (show != (positional.size() == 1) || positional.size() > 1) {
        ctx.err << (show ? tr("--show needs KIND and NAMESPACE/NAME (NAME for cluster-scoped objects).")
                         : tr("Unexpected argument %1.").arg(positional.value(0)))
                << Qt::endl;
        return ExitUsage;
    }
    LogEntry::Level minLevel = LogEntry::Level::Debug;
    if (p.isSet(QStringLiteral("level"))) {
        minLevel = LogEntry::levelFromString(p.value(QStringLiteral("level")).toLower());
        if (minLevel == LogEntry::Level::Unknown || !p.isSet(QStringLiteral("logs"))) {
            ctx.err << tr("--level goes with --logs and is one of debug, info, warning, error.") << Qt::endl;
            return ExitUsage;
        }
    }

    auto store = openStore(*spec, ctx.cancel);
    if (!store)
        return printError(ctx, store.error());
    QString backup = p.value(QStringLiteral("backup"));
    if (backup.isEmpty()) {
        auto sole = BackupInspector::soleBackup(**store, ctx.cancel);
        if (!sole)
            return printError(ctx, sole.error());
        backup = *sole;
    }
    const JobContext job(ctx.cancel, nullptr, nullptr);

    if (p.isSet(QStringLiteral("logs"))) {
        ArtifactReader reader(**store, backup);
        auto log = reader.readBytes(BackupArtifact::Logs, ctx.cancel);
        if (!log)
            return printError(ctx, log.error());
        if (!log->has_value()) {
            ctx.err << tr("Backup %1 has no log in %2 (%3 is absent).")
                           .arg(backup, (*store)->displayName(),
                                BackupArtifacts::fileName(backup, BackupArtifact::Logs))
                    << Qt::endl;
            return ExitFailure;
        }
        for (const LogEntry& e : LogEntry::parseAll(log->value()))
            if (e.level >= minLevel || e.level == LogEntry::Level::Unknown)
                ctx.out << terminalSafe(e.raw) << '\n';
        ctx.out.flush();
        return ExitOk;
    }

    if (show) {
        const QString kind = p.value(QStringLiteral("show"));
        const QString wanted = positional.first();
        QByteArray found;
        bool done = false;
        auto r = BackupInspector::inspect(
            **store, backup,
            [&](const ObjectRecord& o, QByteArrayView json) -> Status {
                if (o.namespacedName() != wanted || !kindMatches(o, kind))
                    return {};
                found = json.toByteArray();
                done = true;
                // Stop the scan early: nothing else is needed.
                return Error::make(Error::Kind::Cancelled, QString());
            },
            job);
        if (!done) {
            if (!r)
                return printError(ctx, r.error());
            ctx.err << tr("Backup %1 holds no %2 %3.").arg(backup, kind, wanted) << Qt::endl;
            return ExitFailure;
        }
        const nlohmann::json j = parseBoundedJson(found);
        ctx.out << terminalSafe(
                       j.is_discarded() ? QString::fromUtf8(found) : QString::fromStdString(j.dump(2)), true)
                << Qt::endl;
        return ExitOk;
    }

    const bool list = p.isSet(QStringLiteral("list"));
    auto r = BackupInspector::inspect(
        **store, backup,
        [&](const ObjectRecord& o, QByteArrayView) -> Status {
            if (!list)
                return {};
            ctx.out << terminalSafe(o.groupVersionKind()) << ' ' << terminalSafe(o.namespacedName());
            // Say when the tarball spells the entry otherwise, or when it replaces an earlier one:
            // both are what Velero restores, and neither is how Velero writes a backup.
            if (!o.writtenAs.isEmpty())
                ctx.out << "  " << tr("[written as \"%1\"]").arg(terminalSafe(o.writtenAs));
            if (!o.replacedGroupVersionKind.isEmpty())
                ctx.out << "  " << tr("[replaces an earlier entry of the same path]");
            ctx.out << '\n';
            return {};
        },
        job);
    if (list)
        ctx.out.flush();
    if (!r)
        return printError(ctx, r.error());
    if (list)
        return ExitOk;
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QString::fromStdString(r->toJson().dump(2)) << Qt::endl;
        return ExitOk;
    }
    const BackupInspection& b = *r;
    auto orDash = [](const QString& s) { return s.isEmpty() ? QStringLiteral("-") : terminalSafe(s); };
    ctx.out << tr("Backup:      %1").arg(terminalSafe(b.info.name)) << Qt::endl;
    ctx.out << tr("Phase:       %1").arg(orDash(b.info.phase)) << Qt::endl;
    ctx.out << tr("Started:     %1").arg(orDash(b.info.startTimestamp)) << Qt::endl;
    ctx.out << tr("Completed:   %1").arg(orDash(b.info.completionTimestamp)) << Qt::endl;
    ctx.out << tr("Expires:     %1").arg(orDash(b.info.expiration)) << Qt::endl;
    ctx.out << tr("Errors:      %1   Warnings: %2").arg(b.info.errors).arg(b.info.warnings) << Qt::endl;
    ctx.out << tr("Objects:     %1 in %2 namespaces (format %3)")
                   .arg(b.scan.objects)
                   .arg(b.namespaces)
                   .arg(b.scan.formatVersion)
            << Qt::endl;
    for (auto it = b.resources.cbegin(); it != b.resources.cend(); ++it)
        ctx.out << QStringLiteral("  %1 %2").arg(terminalSafe(it.key()), -50).arg(it.value()) << Qt::endl;
    if (b.scan.anomalyCount > 0)
        ctx.out << tr("Warning:     %n entries are read by Velero otherwise than written (skipped, renamed "
                      "or replaced); run verify for each.",
                      nullptr, int(b.scan.anomalyCount))
                << Qt::endl;
    return ExitOk;
}

} // namespace aks
