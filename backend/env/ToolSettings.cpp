#include "ToolSettings.h"

#include <QSettings>

namespace aks {

ToolSettings ToolSettings::load() {
    QSettings s;
    ToolSettings t;
    t.powershell = s.value(QStringLiteral("tools/powershell"), t.powershell).toString();
    t.velero = s.value(QStringLiteral("tools/velero"), t.velero).toString();
    t.kubectl = s.value(QStringLiteral("tools/kubectl"), t.kubectl).toString();
    t.powershellMode = s.value(QStringLiteral("tools/powershellMode"), t.powershellMode).toString();
    t.remoteHost = s.value(QStringLiteral("environment/remoteHost"), t.remoteHost).toString();
    t.commandTimeoutSec =
        qBound(5, s.value(QStringLiteral("timeouts/command"), t.commandTimeoutSec).toInt(), 86400);
    t.longCommandTimeoutSec =
        qBound(60, s.value(QStringLiteral("timeouts/long"), t.longCommandTimeoutSec).toInt(), 7 * 86400);
    t.rpoHours = qBound(1, s.value(QStringLiteral("backups/rpoHours"), t.rpoHours).toInt(), 24 * 365);
    return t;
}

void ToolSettings::save() const {
    QSettings s;
    s.setValue(QStringLiteral("tools/powershell"), powershell);
    s.setValue(QStringLiteral("tools/velero"), velero);
    s.setValue(QStringLiteral("tools/kubectl"), kubectl);
    s.setValue(QStringLiteral("tools/powershellMode"), powershellMode);
    s.setValue(QStringLiteral("environment/remoteHost"), remoteHost);
    s.setValue(QStringLiteral("timeouts/command"), commandTimeoutSec);
    s.setValue(QStringLiteral("timeouts/long"), longCommandTimeoutSec);
    s.setValue(QStringLiteral("backups/rpoHours"), rpoHours);
    s.sync();
}

} // namespace aks
