#include "CliCommand.h"

#include <QCommandLineParser>

namespace aks {

std::optional<int> CliCommand::parseOptions(QCommandLineParser& p, const QStringList& args, CliContext& ctx,
                                            bool takesArguments, const QString& subcommand) const {
    const QString program = subcommand.isEmpty() ? name() : name() + QLatin1Char(' ') + subcommand;
    if (p.applicationDescription().isEmpty()) // a command may describe its own sub-commands
        p.setApplicationDescription(summary());
    p.addHelpOption();
    if (!p.parse(QStringList{program} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        return ExitOk;
    }
    if (!takesArguments && !p.positionalArguments().isEmpty()) {
        ctx.err << tr("%1 takes no arguments.").arg(program) << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

int CliCommand::printError(CliContext& ctx, const Error& e) {
    ctx.err << e.fullText() << Qt::endl;
    return ExitFailure;
}

} // namespace aks
