#pragma once

#include "SimArgs.h"
#include "SimEnv.h"
#include "SimStore.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace aks::sim {

// The cluster's Restore objects (<state>/velero/<cluster>/restores/<name>.json). A restore moves
// New -> InProgress -> Completed/PartiallyFailed as time passes (AKS_SIM_RESTORE_MS in all);
// whoever reads it after that time finishes it: the objects land in the cluster's kube state and
// the logs and results in the store, as Velero writes them.
class SimRestores {
public:
    SimRestores(SimEnv env, SimStore store, QString veleroNamespace);

    // `velero restore create`; returns the new Restore, or nullopt with what velero would print.
    std::optional<nlohmann::json> create(const SimArgs& args, QString* error);
    std::vector<nlohmann::json> all() const;
    std::optional<nlohmann::json> get(const QString& name) const;
    static bool isFinished(const nlohmann::json& restore);

private:
    QString file(const QString& name) const;
    nlohmann::json refresh(const QString& name) const;
    void finish(nlohmann::json& record) const;

    SimEnv m_env;
    SimStore m_store;
    QString m_namespace;
};

} // namespace aks::sim
