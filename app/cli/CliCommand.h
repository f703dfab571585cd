#pragma once

#include "core/Result.h"
#include "env/EnvironmentConfig.h"
#include "jobs/CancelToken.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

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
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList& args, CliContext& ctx) = 0;

protected:
    // Prints an error (its message, then its detail) on stderr; returns ExitFailure to end with.
    static int printError(CliContext& ctx, const Error& e);
    // Adds --help and parses args with the options already on p. Returns the code to end with
    // (bad usage, or 0 after printing the help), or nothing when the command goes on. A command with
    // subcommands names the one it parses for, so usage reads "snapshot export".
    std::optional<int> parseOptions(QCommandLineParser& p, const QStringList& args, CliContext& ctx,
                                    bool takesArguments, const QString& subcommand = {}) const;
};

} // namespace aks
