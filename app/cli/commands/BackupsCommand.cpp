#include "BackupsCommand.h"

#include "StoreCliOptions.h"
#include "inspector/BackupCatalog.h"
#include "store/StoreFactory.h"

#include <nlohmann/json.hpp>

namespace aks {
namespace {
nlohmann::json orNull(const QString& s) {
    return s.isEmpty() ? nlohmann::json() : nlohmann::json(s.toStdString());
}

nlohmann::json toJson(const BackupInfo& b) {
    nlohmann::json artifacts = nlohmann::json::array();
    for (BackupArtifact a : b.artifacts)
        artifacts.push_back(BackupArtifacts::id(a).toStdString());
    return {{"name", b.name.toStdString()},
            {"phase", orNull(b.phase)},
            {"startTimestamp", orNull(b.startTimestamp)},
            {"completionTimestamp", orNull(b.completionTimestamp)},
            {"expiration", orNull(b.expiration)},
            {"items", b.itemsBackedUp ? nlohmann::json(*b.itemsBackedUp) : nlohmann::json()},
            {"errors", b.hasMetadata ? nlohmann::json(b.errors) : nlohmann::json()},
            {"warnings", b.hasMetadata ? nlohmann::json(b.warnings) : nlohmann::json()},
            {"storageLocation", orNull(b.storageLocation)},
            {"schedule", orNull(b.scheduleName)},
            {"neverFinishedUploading", b.neverFinishedUploading()},
            {"problem", orNull(b.metadataProblem)},
            {"artifacts", artifacts}};
}
} // namespace

int BackupsCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    StoreCliOptions::add(p);
    p.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    if (auto done = parseOptions(p, args, ctx, true))
        return *done;
    auto spec = StoreCliOptions::specAlone(p);
    if (!spec) {
        ctx.err << spec.error().message << Qt::endl;
        return ExitUsage;
    }
    auto store = openStore(*spec, ctx.cancel);
    if (!store) {
        ctx.err << store.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    auto backups = BackupCatalog::list(**store, ctx.cancel);
    if (!backups) {
        ctx.err << backups.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::json arr = nlohmann::json::array();
        for (const BackupInfo& b : *backups)
            arr.push_back(toJson(b));
        ctx.out << QString::fromStdString(arr.dump(2)) << Qt::endl;
        return ExitOk;
    }
    if (backups->isEmpty()) {
        ctx.out << tr("No backups in %1.").arg((*store)->displayName()) << Qt::endl;
        return ExitOk;
    }
    ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                   .arg(tr("NAME"), -40)
                   .arg(tr("PHASE"), -16)
                   .arg(tr("STARTED"), -21)
                   .arg(tr("EXPIRES"), -21)
                   .arg(tr("ITEMS"), 7)
                   .arg(tr("ERRORS"), 6)
                   .arg(tr("WARNINGS"), 8)
                   .arg(tr("SCHEDULE"))
            << Qt::endl;
    for (const BackupInfo& b : *backups) {
        QString phase = b.phase;
        if (!b.metadataProblem.isEmpty())
            phase = tr("(unreadable)");
        else if (!b.hasMetadata)
            phase = tr("(no metadata)");
        else if (b.neverFinishedUploading())
            phase = tr("(incomplete)");
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                       .arg(b.name, -40)
                       .arg(phase, -16)
                       .arg(b.startTimestamp, -21)
                       .arg(b.expiration, -21)
                       .arg(b.itemsBackedUp ? QString::number(*b.itemsBackedUp) : QStringLiteral("-"), 7)
                       .arg(b.errors, 6)
                       .arg(b.warnings, 8)
                       .arg(b.scheduleName)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace aks
