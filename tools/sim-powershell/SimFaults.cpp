#include "SimFaults.h"

#include <QDir>
#include <QFile>

namespace aks::sim {

SimFaults::SimFaults(QString akshciDir) : m_dir(std::move(akshciDir)) {}

QString SimFaults::current() const {
    QString spec = qEnvironmentVariable("AKS_SIM_FAULT");
    QFile f(QDir(m_dir).filePath(QStringLiteral("fault")));
    if (f.open(QIODevice::ReadOnly))
        spec = QString::fromUtf8(f.readAll()).trimmed();
    return spec;
}

SimFaults::Kind SimFaults::forCmdlet(const QString& cmdlet) const {
    const QString spec = current();
    if (spec.isEmpty())
        return Kind::None;
    const QString kind = spec.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString scope = spec.section(QLatin1Char(':'), 1).trimmed();
    if (!scope.isEmpty() && scope.compare(cmdlet, Qt::CaseInsensitive) != 0)
        return Kind::None;
    if (kind == QLatin1String("hang"))
        return Kind::Hang;
    if (kind == QLatin1String("crash"))
        return Kind::Crash;
    if (kind == QLatin1String("garbage"))
        return Kind::Garbage;
    if (kind == QLatin1String("stderr"))
        return Kind::Stderr;
    if (kind == QLatin1String("drift"))
        return Kind::Drift;
    return Kind::None;
}

bool SimFaults::slowImport() const {
    return current().section(QLatin1Char(':'), 0, 0).trimmed() == QLatin1String("slow-import");
}

QString SimFaults::certExpiry() const {
    const QString spec = current();
    return spec.section(QLatin1Char(':'), 0, 0).trimmed() == QLatin1String("cert-expired") ? spec : QString();
}

int SimFaults::importDelayMs() {
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("AKS_SIM_IMPORT_MS", &ok);
    return ok ? ms : 3000;
}

} // namespace aks::sim
