#pragma once

#include "TestEnv.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// `aks-recovery --demo ...` run end to end against the simulators, for the command-line tests.
namespace aks::test {

struct CliRun {
    int code = -1; // -1: crashed, or killed after the time limit
    QString out;
    QString err;
};

// A demo whose state lives under `home` (data, config), with quick simulators and no display.
inline QProcessEnvironment demoEnvironment(const QString& home) {
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    e.insert(QStringLiteral("AKS_SIM_DELAY_MS"), QStringLiteral("100"));
    e.insert(QStringLiteral("AKS_SIM_RESTORE_MS"), QStringLiteral("400"));
    e.remove(QStringLiteral("DISPLAY"));
    return e;
}

inline CliRun runDemoCli(const QStringList& args, const QProcessEnvironment& e, int timeoutMs) {
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(binary(QStringLiteral("aks-recovery")), QStringList{QStringLiteral("--demo")} + args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace aks::test
