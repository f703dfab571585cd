#include "EnvCommand.h"

#include "core/Logging.h"
#include "env/AppPaths.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

namespace aks {
namespace {
QString locate(const QString& program) {
    if (program.isEmpty())
        return {};
    if (QFileInfo(program).isAbsolute() || program.contains(QLatin1Char('/')))
        return QFileInfo(program).isExecutable() ? QFileInfo(program).absoluteFilePath() : QString();
    return QStandardPaths::findExecutable(program);
}
} // namespace

int EnvCommand::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto done = parseOptions(p, args, ctx, false))
        return *done;

    const EnvironmentConfig& e = ctx.environment;
    struct Tool {
        const char* key;
        QString configured;
        QString found;
    };
    const Tool tools[] = {{"powershell", e.powershell, locate(e.powershell)},
                          {"velero", e.velero, locate(e.velero)},
                          {"kubectl", e.kubectl, locate(e.kubectl)}};
    bool allFound = true;
    for (const Tool& t : tools)
        allFound = allFound && !t.found.isEmpty();

    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::json j;
        j["environment"] = e.displayName.toStdString();
        j["demo"] = e.demo;
        j["remoteHost"] =
            e.remoteHost.isEmpty() ? nlohmann::json() : nlohmann::json(e.remoteHost.toStdString());
        j["powershellMode"] =
            e.powershellMode == EnvironmentConfig::PowerShellMode::PerCall ? "per-call" : "long-lived";
        for (const Tool& t : tools)
            j["tools"][t.key] = {
                {"configured", t.configured.toStdString()},
                {"path", t.found.isEmpty() ? nlohmann::json() : nlohmann::json(t.found.toStdString())}};
        j["dataDir"] = AppPaths::dataDir().toStdString();
        j["logFile"] = logFilePath().toStdString();
        ctx.out << QString::fromStdString(j.dump(2)) << Qt::endl;
    } else {
        ctx.out << tr("Environment: %1").arg(e.displayName) << Qt::endl;
        ctx.out << tr("PowerShell mode: %1")
                       .arg(e.powershellMode == EnvironmentConfig::PowerShellMode::PerCall
                                ? QStringLiteral("per-call")
                                : QStringLiteral("long-lived"))
                << Qt::endl;
        for (const Tool& t : tools)
            ctx.out << QStringLiteral("%1: %2")
                           .arg(QString::fromLatin1(t.key), -11)
                           .arg(t.found.isEmpty() ? tr("NOT FOUND (%1)").arg(t.configured) : t.found)
                    << Qt::endl;
        ctx.out << tr("Data folder: %1").arg(AppPaths::dataDir()) << Qt::endl;
        ctx.out << tr("Log file: %1").arg(logFilePath()) << Qt::endl;
    }
    if (!allFound) {
        for (const Tool& t : tools)
            if (t.found.isEmpty())
                ctx.err << tr("%1 was not found as '%2': install it or give its path with --%1.")
                               .arg(QString::fromLatin1(t.key), t.configured)
                        << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace aks
