#include "CmdletTimeouts.h"

#include <QHash>
#include <QRegularExpression>

namespace aks {

using namespace std::chrono_literals;

std::optional<std::chrono::seconds> CmdletTimeouts::defaultFor(const QString& cmdlet) {
    // The one table of long-running cmdlets (lower-case names).
    static const QHash<QString, std::chrono::seconds> table = {
        {QStringLiteral("install-akshci"), 4h},
        {QStringLiteral("update-akshci"), 4h},
        {QStringLiteral("restart-akshci"), 4h},
        {QStringLiteral("uninstall-akshci"), 2h},
        {QStringLiteral("new-akshcicluster"), 2h},
        {QStringLiteral("update-akshcicluster"), 2h},
        {QStringLiteral("remove-akshcicluster"), 1h},
        {QStringLiteral("new-akshcinodepool"), 1h},
        {QStringLiteral("set-akshcinodepool"), 1h},
        {QStringLiteral("remove-akshcinodepool"), 1h},
        {QStringLiteral("set-akshcicluster"), 1h},
        {QStringLiteral("update-akshcicertificates"), 1h},
        {QStringLiteral("update-akshciclustercertificates"), 1h},
        {QStringLiteral("set-akshciconfig"), 30min},
        {QStringLiteral("initialize-akshcinode"), 30min},
        {QStringLiteral("enable-akshciarcconnection"), 30min},
        {QStringLiteral("set-akshciregistration"), 15min},
    };
    const auto it = table.find(cmdlet.toLower());
    if (it == table.end())
        return std::nullopt;
    return *it;
}

std::chrono::milliseconds CmdletTimeouts::forScript(const QString& script, const EnvironmentConfig& env) {
    static const QRegularExpression cmdlet(QStringLiteral("\\b[A-Za-z]+-AksHci[A-Za-z]*\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    std::chrono::seconds wait = env.commandTimeout;
    for (auto it = cmdlet.globalMatch(script); it.hasNext();)
        if (const auto d = defaultFor(it.next().captured()))
            wait = std::max({wait, *d, env.longCommandTimeout});
    return wait;
}

} // namespace aks
