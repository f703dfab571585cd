#pragma once

#include "ScriptParser.h"
#include "SimFaults.h"
#include "SimState.h"

#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

namespace aks::sim {

// Runs a parsed script against the simulated deployment. Every call is first bound against the
// app's cmdlet table (CmdletBinder) exactly as PowerShell binds it, so a parameter the real module
// refuses is refused here with PowerShell's message and error id. The cmdlets then keep the state a
// real host keeps (configuration, registration, clusters) and print what Windows PowerShell 5.1's
// ConvertTo-Json prints; host lines, warnings and verbose text go to their own streams.
class SimCmdlets {
public:
    struct Record {
        QString kind; // host, warning, verbose
        QString text;
    };
    struct Outcome {
        bool ok = true;
        QString error;   // the error record's message
        QString errorId; // its FullyQualifiedErrorId
        QString cmdlet;  // the cmdlet that failed or hit a fault
        SimFaults::Kind fault = SimFaults::Kind::None;
        nlohmann::json output = nlohmann::json::array(); // one entry per pipeline object
        std::vector<Record> records;                     // streams 2-6, in order
    };

    SimCmdlets(SimState& state, const SimFaults& faults);
    Outcome run(const Script& script);

private:
    using Args = QHash<QString, nlohmann::json>; // lower-case documented parameter name -> value
    using Handler = nlohmann::json (SimCmdlets::*)(const Args&);

    bool runBlock(const Script& script, Outcome& out);
    nlohmann::json invoke(const Statement& st, const Script& script, Outcome& out);
    nlohmann::json resolve(const nlohmann::json& v) const;
    static const QHash<QString, Handler>& handlers();
    // Get-Content -LiteralPath [-Raw] and Remove-Item -LiteralPath [-Force].
    nlohmann::json fileCommand(const QString& cmdlet, const Args& a);

    void host(const QString& text);
    void warning(const QString& text);
    void verbose(const QString& text);

    // Management (SimManagement.cpp)
    nlohmann::json initializeNode(const Args& a);
    nlohmann::json getConfig(const Args& a);
    nlohmann::json getRegistration(const Args& a);
    nlohmann::json getVersion(const Args& a);
    nlohmann::json getKubernetesVersions(const Args& a);
    nlohmann::json newNetworkSetting(const Args& a);
    nlohmann::json newProxySetting(const Args& a);
    nlohmann::json getProxySetting(const Args& a);
    nlohmann::json setConfig(const Args& a);
    nlohmann::json setRegistration(const Args& a);
    nlohmann::json install(const Args& a);
    nlohmann::json uninstall(const Args& a);

    // Workload clusters (SimClusters.cpp)
    nlohmann::json getClusters(const Args& a);
    nlohmann::json getNodePools(const Args& a);
    nlohmann::json getCredential(const Args& a);
    nlohmann::json newLoadBalancerSetting(const Args& a);
    nlohmann::json newAutoScalerProfile(const Args& a);
    nlohmann::json getAutoScalerProfile(const Args& a);
    nlohmann::json newCluster(const Args& a);
    nlohmann::json newNodePool(const Args& a);
    nlohmann::json removeCluster(const Args& a);

    // Certificates (SimCertCmdlets.cpp)
    nlohmann::json updateCertificates(const Args& a);
    nlohmann::json repairCerts(const Args& a);
    nlohmann::json repairMocLogin(const Args& a);
    nlohmann::json updateClusterCertificates(const Args& a);
    nlohmann::json repairClusterCerts(const Args& a);
    void renewManagementCerts(const QString& cmdlet);
    void renewClusterCerts(const Args& a, const QString& cmdlet);
    // The cert-expired fault, applied once; then cmdlets that reach the management cluster fail.
    void applyExpiryFault();
    static void failIfExpired(const nlohmann::json& state, const QString& cmdlet);

    void removeClusterData(const QString& name) const;
    void mutate(const std::function<bool(nlohmann::json&)>& fn);

    SimState& m_state;
    const SimFaults& m_faults;
    QHash<QString, nlohmann::json> m_vars;
    Outcome* m_out = nullptr;
};

// A cmdlet's failure inside the simulator: the module's (or the binder's) message and error id.
struct CmdletError {
    QString message;
    QString errorId;
};
[[noreturn]] void fail(const QString& errorId, const QString& message);

} // namespace aks::sim
