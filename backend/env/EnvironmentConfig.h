#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <chrono>

namespace aks {

// Where and how the app reaches an AKS hybrid deployment: the tools it runs, with which
// environment, and how long it waits. Built once by EnvironmentResolver and passed to every backend.
struct EnvironmentConfig {
    enum class PowerShellMode { LongLived, PerCall };

    QString displayName; // shown in the status bar: "Demo environment", "This machine", a host
    bool demo = false;
    QString remoteHost; // empty: this machine; else PowerShell remoting to this HCI node
    QString powershell;
    QString velero;
    QString kubectl;
    PowerShellMode powershellMode = PowerShellMode::LongLived;
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    QString demoStateDir;                          // the simulators' state, for the demo environment
    QString demoStoreDir;                          // the demo backup store folder (Velero's layout)
    std::chrono::seconds commandTimeout{120};      // a query cmdlet or velero get
    std::chrono::seconds longCommandTimeout{3600}; // Install-AksHci, New-AksHciCluster, restores
};

} // namespace aks
