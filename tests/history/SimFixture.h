#pragma once

#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A simulator state folder: the PowerShell simulator's cluster list (written here, as it would),
// a kubeconfig per cluster, and optionally the velero simulator's demo seed.
namespace aks::test {

class SimFixture {
public:
    explicit SimFixture(const QStringList& clusters = {
                            QStringLiteral("shop-prod"), QStringLiteral("payments"),
                            QStringLiteral("analytics"), QStringLiteral("standby")}) {
        QDir().mkpath(m_dir.filePath(QStringLiteral("akshci")));
        QStringList entries;
        for (const QString& c : clusters) {
            entries.append(QStringLiteral("{\"Name\": \"%1\"}").arg(c));
            QFile kc(kubeconfig(c));
            if (kc.open(QIODevice::WriteOnly))
                kc.write(
                    QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: %1\n").arg(c).toUtf8());
        }
        QFile state(m_dir.filePath(QStringLiteral("akshci/state.json")));
        if (state.open(QIODevice::WriteOnly))
            state.write(
                QStringLiteral("{\"clusters\": [%1]}").arg(entries.join(QStringLiteral(", "))).toUtf8());
    }

    QString stateDir() const { return m_dir.path(); }
    QString storeDir() const { return m_dir.filePath(QStringLiteral("store")); }
    QString kubeconfig(const QString& cluster) const {
        return m_dir.filePath(cluster + QStringLiteral(".kubeconfig"));
    }
    static QString velero() { return binary(QStringLiteral("aks-sim-velero")); }
    static QString kubectl() { return binary(QStringLiteral("aks-sim-kubectl")); }

    QProcessEnvironment environment(const QString& fault = {}) const {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AKS_SIM_STATE"), stateDir());
        env.insert(QStringLiteral("AKS_SIM_RESTORE_MS"), QStringLiteral("600"));
        env.remove(QStringLiteral("KUBECONFIG"));
        // Velero's garbage collector judges expiry on the seed's clock, so the seeded ages hold.
        if (!m_seededAt.isEmpty())
            env.insert(QStringLiteral("AKS_SIM_GC_NOW"), m_seededAt);
        if (!fault.isEmpty()) {
            env.insert(QStringLiteral("AKS_SIM_VELERO_FAULT"), fault);
            env.insert(QStringLiteral("AKS_SIM_KUBECTL_FAULT"), fault);
        }
        return env;
    }

    // Seeds the demo store with "now" fixed, so ages are known.
    bool seed(const QString& now) {
        m_seededAt = now;
        QProcess p;
        auto env = environment();
        env.insert(QStringLiteral("AKS_SIM_NOW"), now);
        p.setProcessEnvironment(env);
        p.start(velero(), {QStringLiteral("--seed-demo"), QStringLiteral("--state"), stateDir()});
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private:
    QTemporaryDir m_dir;
    QString m_seededAt;
};

} // namespace aks::test
