#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace aks {

// One workload cluster as Get-AksHciCluster and Get-AksHciNodePool print it, unknown fields kept.
struct SnapshotCluster {
    QString name;
    nlohmann::json cluster;   // the Get-AksHciCluster object
    nlohmann::json nodePools; // an array of Get-AksHciNodePool objects
};

// A deployment's configuration at one moment: read from a snapshot folder or captured live.
struct Snapshot {
    QString deployment;
    QDateTime createdUtc;
    QString host;
    QString toolVersion;
    nlohmann::json config;             // Get-AksHciConfig
    nlohmann::json versions;           // {"aksHciVersion": ..., "kubernetesVersions": ...}
    nlohmann::json registration;       // Get-AksHciRegistration; null when it could not be read
    nlohmann::json autoScalerProfiles; // Get-AksHciAutoScalerProfile; null when it could not be read
    std::vector<SnapshotCluster> clusters;
    bool redacted = true;
    bool encrypted = false;
    QString folder; // where it was read from; empty for a live capture

    QStringList clusterNames() const;
    const SnapshotCluster* cluster(const QString& name) const;
    // Replaces every secret value with the redaction marker (as a redacted export has them).
    void redactSecrets();
    // What a person calls this snapshot in a list or a report: the folder name, or "live".
    QString label() const;
};

} // namespace aks
