#pragma once

#include "TestEnv.h"

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs aks-recovery headless, as a scheduled task would.
namespace aks::test {

struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 120000) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(e);
    p.start(binary(QStringLiteral("aks-recovery")), args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace aks::test
