#pragma once

#include "cli/CliCommand.h"

class QCommandLineParser;

namespace aks {

// `aks-recovery restore`: writes a recovery plan from the environment (--write-plan) or runs one
// (--plan), the same steps as the wizard: dry run, typed confirmations, journal and resume.
class RestoreCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override {
        return tr("write a recovery plan (--write-plan) or run one (--plan), resumable, with a dry run");
    }
    int run(const QStringList& args, CliContext& ctx) override;

private:
    int writePlan(const QCommandLineParser& p, CliContext& ctx);
    int runPlan(const QCommandLineParser& p, CliContext& ctx);
};

} // namespace aks
