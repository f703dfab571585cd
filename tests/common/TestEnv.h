#pragma once

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <csignal>

// Paths the test harness passes in (see tests/CMakeLists.txt).
namespace aks::test {

inline QString binDir() {
    return qEnvironmentVariable("AKS_TEST_BIN_DIR");
}
inline QString binary(const QString& name) {
    return QDir(binDir()).filePath(name);
}
inline QString sourceDir() {
    return qEnvironmentVariable("AKS_SOURCE_DIR");
}

// SIGKILL to a child that may have exited already: QProcess then reports pid 0, and kill(0) would
// kill the whole process group, CTest included.
inline void killHard(QProcess& p) {
    const qint64 pid = p.processId();
    if (pid > 0 && p.state() != QProcess::NotRunning)
        ::kill(pid_t(pid), SIGKILL);
}

} // namespace aks::test
