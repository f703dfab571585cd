#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks {

// One node pool as Get-AksHciNodePool prints it; the raw JSON is kept for exports.
struct NodePool {
    Q_DECLARE_TR_FUNCTIONS(NodePool)
public:
    nlohmann::json raw;
    QString clusterName;
    QString name;
    QString version;
    QString osType; // Linux or Windows
    int nodeCount = 0;
    QString vmSize;
    QString phase; // e.g. Deployed
    int maxPods = 0;
    QStringList taints;
    bool autoScalerEnabled = false;
    int minCount = 0;
    int maxCount = 0;

    static Result<NodePool> fromJson(const nlohmann::json& raw);
    // Get-AksHciNodePool prints one object or an array; both give a list.
    static Result<QList<NodePool>> listFromJson(const nlohmann::json& raw);
};

} // namespace aks
