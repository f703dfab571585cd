#include "GlobalOptions.h"

#include <QCoreApplication>

namespace aks {

Result<GlobalOptions> GlobalOptions::parse(const QStringList& arguments) {
    GlobalOptions g;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        // --name VALUE and --name=VALUE
        auto takeValue = [&](const QString& opt, std::optional<QString>& into) -> std::optional<Error> {
            if (a == opt) {
                if (i + 1 >= arguments.size())
                    return Error::make(Error::Kind::BadInput, tr("%1 needs a value.").arg(opt));
                into = arguments.at(++i);
            } else {
                into = a.mid(opt.size() + 1);
            }
            return std::nullopt;
        };
        auto is = [&](const char* opt) {
            const QString o = QString::fromLatin1(opt);
            return a == o || a.startsWith(o + QLatin1Char('='));
        };
        std::optional<QString> value;
        if (a == QLatin1String("--")) {
            g.rest.append(arguments.mid(i + 1));
            break;
        } else if (a == QLatin1String("--demo")) {
            g.overrides.demo = true;
        } else if (a == QLatin1String("--demo-reset")) {
            g.demoReset = true;
        } else if (a == QLatin1String("--verbose") || a == QLatin1String("-v")) {
            g.verbose = true;
        } else if (a == QLatin1String("--version")) {
            g.version = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            g.help = true;
            g.rest.append(a); // a subcommand may print its own help
        } else if (is("--powershell-mode")) {
            if (auto e = takeValue(QStringLiteral("--powershell-mode"), g.overrides.powershellMode))
                return *e;
            if (*g.overrides.powershellMode != QLatin1String("per-call") &&
                *g.overrides.powershellMode != QLatin1String("long-lived"))
                return Error::make(Error::Kind::BadInput,
                                   tr("--powershell-mode takes 'long-lived' or 'per-call', not '%1'.")
                                       .arg(*g.overrides.powershellMode));
        } else if (is("--long-timeout")) {
            if (auto e = takeValue(QStringLiteral("--long-timeout"), g.overrides.longTimeout))
                return *e;
        } else if (is("--powershell")) {
            if (auto e = takeValue(QStringLiteral("--powershell"), g.overrides.powershell))
                return *e;
        } else if (is("--velero")) {
            if (auto e = takeValue(QStringLiteral("--velero"), g.overrides.velero))
                return *e;
        } else if (is("--kubectl")) {
            if (auto e = takeValue(QStringLiteral("--kubectl"), g.overrides.kubectl))
                return *e;
        } else if (is("--lang")) {
            if (auto e = takeValue(QStringLiteral("--lang"), value))
                return *e;
            g.language = *value;
        } else {
            g.rest.append(a);
        }
    }
    return g;
}

QString GlobalOptions::usage() {
    return tr("Usage: aks-recovery [options]                 start the GUI\n"
              "       aks-recovery [options] <command> ...   run a job without a display\n"
              "\n"
              "Options:\n"
              "  --demo                    use the demo environment (simulated AKS hybrid and velero)\n"
              "  --demo-reset              put the demo environment back to its seeded state\n"
              "  --powershell PATH         the PowerShell to run (also AKS_RECOVERY_POWERSHELL)\n"
              "  --powershell-mode MODE    long-lived (default) or per-call\n"
              "  --long-timeout SECONDS    raise the wait for installs, cluster builds and restores\n"
              "                            (also AKS_RECOVERY_LONG_TIMEOUT; Install-AksHci waits 4 h\n"
              "                            by default, New-AksHciCluster 2 h)\n"
              "  --velero PATH             the velero CLI to run (also AKS_RECOVERY_VELERO)\n"
              "  --kubectl PATH            the kubectl to run (also AKS_RECOVERY_KUBECTL)\n"
              "  --lang ja|en              the language of the interface\n"
              "  -v, --verbose             log to stderr as well\n"
              "  --version                 print the version\n"
              "  -h, --help                print this help, or a command's help\n"
              "\n"
              "Exit codes: 0 done, 1 the job failed, 2 bad usage.\n");
}

} // namespace aks
