#pragma once

#include "HealthFinding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace aks {

struct ClusterHealth {
    QString name;
    QString kubernetesVersion;
    QString status;         // as Get-AksHciCluster reports it
    bool ready = false;     // deployed/provisioned
    bool reachable = false; // kubectl answered with its kubeconfig
};

// What the diagnosis saw of one deployment: whether the management cluster answers, its versions,
// the certificate and token settings Get-AksHciConfig exposes, each workload cluster, and the
// findings with their urgency and documented repairs.
struct HealthReport {
    Q_DECLARE_TR_FUNCTIONS(HealthReport)
public:
    QString deployment;
    bool reachable = false; // Get-AksHciConfig answered
    bool installed = false;
    QString version;                         // Get-AksHciVersion
    QStringList kubernetesVersions;          // what this release can deploy
    QMap<QString, QString> rotationSettings; // e.g. caCertRotationThreshold, as Get-AksHciConfig prints it
    QList<ClusterHealth> clusters;
    QList<HealthFinding> findings;
    QDateTime checkedAt;

    HealthFinding::Urgency worst() const;
    // Some finding says certificates or tokens expired: the repair comes before any uninstall.
    bool expiryFound() const;
    // A finding is Warning or worse, or something expires within warnDays.
    bool needsAction(int warnDays) const;
    // Most urgent first, then fewest days left, then by subject.
    QList<HealthFinding> sortedFindings() const;
    // The repairs of the expiry findings, each once, in the documented order.
    QList<HealthRepair> expiryRepairs() const;

    nlohmann::json toJson(int warnDays) const;
};

} // namespace aks
