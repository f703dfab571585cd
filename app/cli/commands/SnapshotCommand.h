#pragma once

#include "cli/CliCommand.h"
#include "core/Result.h"

namespace aks {

struct Snapshot;

// `aks-recovery snapshot export|diff|verify|list`: config snapshots for scheduled tasks, and the
// comparison that proves a rebuilt deployment matches the saved one (exit 0 only when it does).
class SnapshotCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)
public:
    QString name() const override { return QStringLiteral("snapshot"); }
    QString summary() const override {
        return tr("export the deployment's configuration, compare it (diff), verify or list snapshots");
    }
    int run(const QStringList& args, CliContext& ctx) override;

private:
    int runExport(const QStringList& args, CliContext& ctx);
    int runDiff(const QStringList& args, CliContext& ctx);
    int runVerify(const QStringList& args, CliContext& ctx);
    int runList(const QStringList& args, CliContext& ctx);
    Result<Snapshot> open(const QString& what, const QByteArray& passphrase, CliContext& ctx);
    QString usage() const;
};

} // namespace aks
