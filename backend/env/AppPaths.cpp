#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace aks {
namespace {
QString base(QStandardPaths::StandardLocation loc) {
    // The app name is fixed here so tests and tools agree whatever the executable is called.
    const QString root = QStandardPaths::writableLocation(loc == QStandardPaths::GenericDataLocation
                                                              ? QStandardPaths::GenericDataLocation
                                                              : QStandardPaths::GenericCacheLocation);
    return QDir(root).filePath(QStringLiteral("aks-recovery"));
}
} // namespace

QString AppPaths::dataDir() {
    return base(QStandardPaths::GenericDataLocation);
}
QString AppPaths::logDir() {
    return QDir(dataDir()).filePath(QStringLiteral("logs"));
}
QString AppPaths::demoDir() {
    return QDir(dataDir()).filePath(QStringLiteral("demo"));
}
QString AppPaths::journalDir() {
    return QDir(dataDir()).filePath(QStringLiteral("journal"));
}
QString AppPaths::cacheDir() {
    return base(QStandardPaths::GenericCacheLocation);
}

QString AppPaths::toolsDir() {
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString installed = QDir(appDir).filePath(QStringLiteral("../libexec/aks-recovery"));
    if (QFileInfo::exists(QDir(installed).filePath(QStringLiteral("aks-sim-powershell"))))
        return QDir::cleanPath(installed);
    return appDir;
}

} // namespace aks
