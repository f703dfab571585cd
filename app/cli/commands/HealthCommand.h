#pragma once

#include "cli/CliCommand.h"

namespace aks {

struct HealthReport;

// `aks-recovery health [--json] [--warn-days N] [--repair ID --confirm NAME [--report FILE]]`:
// the deployment's and every workload cluster's health and certificate expiry, with the documented
// repairs; exit 1 when something needs action or expires within N days (for a scheduled task).
class HealthCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)
public:
    QString name() const override { return QStringLiteral("health"); }
    QString summary() const override {
        return tr("diagnose the deployment and its certificates' expiry, and run a documented repair (exit "
                  "1 when something needs action)");
    }
    int run(const QStringList& args, CliContext& ctx) override;

private:
    static void printReport(const HealthReport& report, int warnDays, CliContext& ctx);
    int runRepair(const QString& id, const HealthReport& report, const QCommandLineParser& p,
                  CliContext& ctx);
};

} // namespace aks
