#pragma once

#include "SimArgs.h"
#include "SimEnv.h"
#include "VeleroSemVer.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace aks::sim {

// `aks-sim-velero ARGS...`: the velero subcommands the app uses, printing what velero prints.
class VeleroCommand {
public:
    VeleroCommand();
    int run(const QStringList& arguments);

private:
    int version();
    int install();
    int uninstall();
    int createLocation(nlohmann::json install);
    int backup();
    int schedule();
    int backupLocation();
    int restore();

    bool connect();
    // The install record, or nullopt (and the error velero prints) when Velero is not installed.
    std::optional<nlohmann::json> installed(const char* resource);
    QString storeRoot(const nlohmann::json& install) const;
    nlohmann::json bsl(const nlohmann::json& install) const;
    // Why the location's plugin would not authenticate or reach the store; empty when Available.
    QString locationProblem(const nlohmann::json& install) const;
    bool hasLocation(const nlohmann::json& install) const;
    void collectGarbage(const nlohmann::json& install) const;
    int printItems(const QString& kind, const std::vector<nlohmann::json>& items, const QStringList& names);
    void printTable(const QString& kind, const std::vector<nlohmann::json>& items);
    int fail(const QString& message);

    SimArgs m_args;
    VeleroSemVer m_version;
    SimEnv m_env;
    QString m_namespace;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace aks::sim
