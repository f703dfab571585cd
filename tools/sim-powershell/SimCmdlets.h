#pragma once

#include "ScriptParser.h"
#include "SimFaults.h"
#include "SimState.h"

#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

namespace aks::sim {

// Runs a parsed script against the simulated deployment: the AksHci cmdlets the console uses, with
// the output shapes Windows PowerShell 5.1's ConvertTo-Json gives them.
class SimCmdlets {
public:
    struct Outcome {
        bool ok = true;
        QString error;  // the error record's message
        QString cmdlet; // the cmdlet that failed or hit a fault
        SimFaults::Kind fault = SimFaults::Kind::None;
        nlohmann::json output = nlohmann::json::array(); // one entry per pipeline object
    };

    SimCmdlets(SimState& state, const SimFaults& faults);
    Outcome run(const Script& script);

private:
    using Args = QHash<QString, nlohmann::json>; // lower-case parameter name -> value
    struct Failure {
        QString message;
    };

    bool runBlock(const Script& script, Outcome& out);
    nlohmann::json invoke(const QString& cmdlet, const Args& args, const Script& script, Outcome& out);
    nlohmann::json resolve(const nlohmann::json& v) const;

    nlohmann::json getConfig();
    nlohmann::json getClusters(const Args& a);
    nlohmann::json getNodePools(const Args& a);
    nlohmann::json getCredential(const Args& a);
    nlohmann::json newNetworkSetting(const Args& a);
    nlohmann::json newLoadBalancerSetting(const Args& a);
    nlohmann::json setConfig(const Args& a);
    nlohmann::json setRegistration(const Args& a);
    nlohmann::json install();
    nlohmann::json uninstall(const Args& a);
    nlohmann::json newCluster(const Args& a);
    nlohmann::json newNodePool(const Args& a);
    nlohmann::json removeCluster(const Args& a);

    void removeClusterData(const QString& name) const;
    void mutate(const std::function<bool(nlohmann::json&)>& fn);

    SimState& m_state;
    const SimFaults& m_faults;
    QHash<QString, nlohmann::json> m_vars;
};

// The shapes Get-AksHciCluster / Get-AksHciNodePool print for a stored cluster.
nlohmann::json clusterOutput(const nlohmann::json& stored, qint64 nowMs);
nlohmann::json nodePoolOutput(const nlohmann::json& cluster, const nlohmann::json& pool, qint64 nowMs);

} // namespace aks::sim
