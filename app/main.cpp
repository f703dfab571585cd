#include "GuiMain.h"
#include "cli/CliCommand.h"
#include "cli/CliRunner.h"
#include "cli/CommandRegistry.h"
#include "cli/GlobalOptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace {

void disableCoreDumps() {
    // A core dump of this process could hold storage keys and SAS tokens.
#ifdef Q_OS_UNIX
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#elif defined(Q_OS_WIN)
    // No crash dialog and no Windows Error Reporting hand-off of our memory from this process;
    // machine-wide dump policies (LocalDumps) stay the administrator's.
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
#endif
}

void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("aks-recovery"));
    QCoreApplication::setApplicationName(QStringLiteral("aks-recovery"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKS_VERSION));
}

} // namespace

int main(int argc, char** argv) {
    disableCoreDumps();
    setIdentity();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    auto options = aks::GlobalOptions::parse(arguments);
    if (!options) {
        QTextStream(stderr) << options.error().message << Qt::endl;
        return aks::ExitUsage;
    }
    // `aks-recovery PATH` (the desktop file's %F, or a path typed by hand) opens the GUI on it.
    QString openPath;
    if (options->rest.size() == 1 && QFileInfo::exists(options->rest.first())) {
        const auto commands = aks::allCommands();
        if (!aks::findCommand(commands, options->rest.first())) {
            openPath = options->rest.first();
            options->rest.clear();
        }
    }
    // A subcommand, --version, --help or a bare --demo-reset run headless, with no display needed.
    const bool headless = options->version || options->help || !options->rest.isEmpty() ||
                          (options->demoReset && !options->overrides.demo);
    if (headless) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return aks::CliRunner::run(*options);
    }
    return aks::runGui(argc, argv, *options, openPath);
}
