#pragma once

#include <QDir>
#include <QProcessEnvironment>
#include <QString>

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

} // namespace aks::test
