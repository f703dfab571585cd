#include "CliRunner.h"

#include "CommandRegistry.h"
#include "InterruptWatcher.h"
#include "core/Logging.h"
#include "env/AppPaths.h"
#include "env/DemoEnvironment.h"
#include "env/EnvironmentResolver.h"

namespace aks {
namespace {

QString commandList(const std::vector<std::unique_ptr<CliCommand>>& commands) {
    QString s = CliRunner::tr("Commands:") + QLatin1Char('\n');
    for (const auto& c : commands)
        s += QStringLiteral("  %1 %2\n").arg(c->name(), -24).arg(c->summary());
    return s;
}

} // namespace

int CliRunner::run(const GlobalOptions& options) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = allCommands();

    if (options.version) {
        out << QStringLiteral("aks-recovery %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }
    const QString commandName = options.rest.isEmpty() ? QString() : options.rest.first();
    if (commandName.isEmpty() || commandName.startsWith(QLatin1Char('-'))) {
        if (options.help) {
            out << GlobalOptions::usage() << Qt::endl << commandList(commands);
            return ExitOk;
        }
        if (!commandName.isEmpty()) {
            err << tr("Unknown option '%1'.").arg(commandName) << Qt::endl
                << tr("Run 'aks-recovery --help' for the options and commands.") << Qt::endl;
            return ExitUsage;
        }
    }

    initLogging({AppPaths::logDir(), true, options.verbose});

    if (options.demoReset || options.overrides.demo) {
        const DemoEnvironment demo;
        if (auto s = demo.ensureSeeded(options.demoReset); !s) {
            err << s.error().message << Qt::endl;
            if (!s.error().detail.isEmpty())
                err << s.error().detail << Qt::endl;
            return ExitFailure;
        }
        if (options.demoReset && commandName.isEmpty()) {
            out << tr("The demo environment is back to its seeded state (%1).").arg(demo.stateDir())
                << Qt::endl;
            return ExitOk;
        }
    }

    CliCommand* command = findCommand(commands, commandName);
    if (!command) {
        err << tr("Unknown command '%1'.").arg(commandName) << Qt::endl << commandList(commands);
        return ExitUsage;
    }

    auto env = EnvironmentResolver::resolve(options.overrides, ToolSettings::load());
    if (!env) {
        err << env.error().message << Qt::endl;
        return ExitUsage;
    }
    const CancelToken interrupt;
    const InterruptWatcher watcher(interrupt);
    CliContext ctx{*env, out, err, interrupt};
    const int code = command->run(options.rest.mid(1), ctx);
    out.flush();
    err.flush();
    return code;
}

} // namespace aks
