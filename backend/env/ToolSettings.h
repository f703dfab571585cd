#pragma once

#include <QString>

namespace aks {

// The user's saved settings (QSettings, which writes through a temporary file and a rename).
// Never holds a secret: credentials live in the OS keychain.
struct ToolSettings {
    QString powershell = QStringLiteral("powershell");
    QString velero = QStringLiteral("velero");
    QString kubectl = QStringLiteral("kubectl");
    QString powershellMode = QStringLiteral("long-lived"); // or "per-call"
    QString remoteHost;
    int commandTimeoutSec = 120;
    int longCommandTimeoutSec = 3600;
    int rpoHours = 24;

    static ToolSettings load();
    void save() const;
};

} // namespace aks
