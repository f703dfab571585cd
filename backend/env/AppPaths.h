#pragma once

#include <QString>

namespace aks {

// The app's own folders. Everything the app writes lives under these (XDG_DATA_HOME and HOME
// isolate them in tests).
class AppPaths {
public:
    static QString dataDir();    // ~/.local/share/aks-recovery
    static QString logDir();     // dataDir/logs
    static QString demoDir();    // dataDir/demo
    static QString journalDir(); // dataDir/journal
    static QString cacheDir();   // ~/.cache/aks-recovery
    // Where the simulators are: beside the executable in a build, libexec when installed.
    static QString toolsDir();
};

} // namespace aks
