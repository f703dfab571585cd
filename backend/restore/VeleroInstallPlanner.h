#pragma once

#include "RecoveryTarget.h"
#include "RestorePlan.h"
#include "env/EnvironmentConfig.h"
#include "velero/InstallOptions.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>

namespace aks {

// Turns a cluster's plan into Velero's install: the location's access mode (ReadOnly unless the
// restore needs file-system volume data), the backups a ReadWrite location would lose to garbage
// collection, and the InstallOptions with the credentials for the plugin.
class VeleroInstallPlanner {
    Q_DECLARE_TR_FUNCTIONS(VeleroInstallPlanner)
public:
    // How long a recovery may take: a backup expiring within it is treated as expired.
    static constexpr std::chrono::hours kRecoveryWindow{24};

    static Result<LocationChoice> choose(const RestorePlan& plan, const ClusterRestorePlan& cluster,
                                         const QDateTime& now, const CancelToken& cancel);
    // The credentials come from the cluster's credentials file, else the store's (keychain, environment).
    static Result<InstallOptions> options(const EnvironmentConfig& env, const RestorePlan& plan,
                                          const ClusterRestorePlan& cluster, bool readOnly);
};

} // namespace aks
