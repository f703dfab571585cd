#pragma once

#include "env/EnvironmentConfig.h"
#include "jobs/CancelToken.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace aks {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What a headless command is given: the resolved environment, its output streams and the cancel
// flag that Ctrl+C sets.
struct CliContext {
    EnvironmentConfig environment;
    QTextStream& out;
    QTextStream& err;
    CancelToken cancel;
};

// One `aks-recovery <name> ...` subcommand. Prints results to out, human-readable errors to err,
// and returns 0 (done), 1 (the job failed) or 2 (bad usage).
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList& args, CliContext& ctx) = 0;
};

} // namespace aks
