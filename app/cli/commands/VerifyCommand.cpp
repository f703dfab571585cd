#include "VerifyCommand.h"

#include "StoreCliOptions.h"
#include "inspector/BackupInspector.h"
#include "inspector/BackupVerifier.h"
#include "store/StoreFactory.h"

namespace aks {

int VerifyCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    StoreCliOptions::add(p);
    p.addOption({QStringLiteral("backup"), tr("The backup to check."), QStringLiteral("NAME")});
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
    QString backup = p.value(QStringLiteral("backup"));
    if (backup.isEmpty()) {
        auto sole = BackupInspector::soleBackup(**store, ctx.cancel);
        if (!sole) {
            ctx.err << sole.error().message << Qt::endl;
            return ExitUsage;
        }
        backup = *sole;
    }
    auto problems = BackupVerifier::verify(**store, backup, JobContext(ctx.cancel, nullptr, nullptr));
    if (!problems) {
        ctx.err << problems.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    if (problems->isEmpty()) {
        ctx.out
            << tr("Backup %1 is whole: every artifact is present and readable, the tarball is complete and "
                  "holds every object of the resource list.")
                   .arg(backup)
            << Qt::endl;
        return ExitOk;
    }
    for (const QString& line : *problems)
        ctx.out << line << Qt::endl;
    return ExitFailure;
}

} // namespace aks
