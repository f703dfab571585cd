#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace aks {

// The demo environment: the PowerShell and velero simulators over a state folder under the user's
// data folder, seeded once with a small deployment and a few weeks of backups.
class DemoEnvironment {
    Q_DECLARE_TR_FUNCTIONS(DemoEnvironment)
public:
    // The seeded deployment, which the simulators and the tests agree on.
    static QString deploymentName() { return QStringLiteral("aks-demo"); }
    static QStringList workloadClusters() {
        return {QStringLiteral("shop-prod"), QStringLiteral("payments"), QStringLiteral("analytics")};
    }

    DemoEnvironment();

    QString stateDir() const { return m_stateDir; }
    QString storeDir() const;
    QString powershellSimulator() const;
    QString veleroSimulator() const;
    QString kubectlSimulator() const;

    bool isSeeded() const;
    // Seeds the state when it is missing, or anew when reset is true.
    Status ensureSeeded(bool reset = false) const;

private:
    QString m_stateDir;
};

} // namespace aks
