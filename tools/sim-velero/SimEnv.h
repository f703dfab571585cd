#pragma once

#include "SimArgs.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace aks::sim {

inline std::string stdStr(const QString& v) {
    return v.toStdString();
}

// Where the simulators keep their state and which cluster this call talks to.
class SimEnv {
public:
    // The state folder from --state or AKS_SIM_STATE; empty when neither is given.
    static QString stateDirFrom(const SimArgs& args);
    // Resolves the cluster from --kubeconfig/KUBECONFIG and the context flag, and checks that the
    // PowerShell simulator knows it. On failure returns nullopt and sets error to what the real CLI
    // would print.
    static std::optional<SimEnv> connect(const SimArgs& args, const QString& contextFlag, QString* error);

    QString stateDir;
    QString cluster;

    QString veleroDir() const; // <state>/velero/<cluster>
    QString kubeDir() const;   // <state>/kube/<cluster>
    QString defaultBucket() const { return stateDir + QStringLiteral("/store"); }

    // AKS_SIM_VELERO_FAULT (comma-separated) holds `fault`.
    static bool fault(const QString& fault, const char* variable = "AKS_SIM_VELERO_FAULT");
    // Now, or AKS_SIM_NOW when set (RFC 3339), so seeds can be reproduced.
    static QDateTime now();
    static QString timestamp(const QDateTime& t); // RFC 3339, UTC, seconds

    static std::optional<nlohmann::json> readJson(const QString& path);
    static bool writeJson(const QString& path, const nlohmann::json& value);
};

} // namespace aks::sim
