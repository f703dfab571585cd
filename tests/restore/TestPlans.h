#pragma once

#include "restore/RestorePlan.h"

#include <QDateTime>
#include <QUuid>

namespace aks::test {

// A plan of two clusters (shop-prod, payments) on a folder store, with the per-cluster Velero
// settings a plan needs to load: the engine's and the wizard's tests start from the same one.
inline RestorePlan twoClusterPlan(RestorePlan::Scenario scenario) {
    RestorePlan p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.scenario = scenario;
    p.deployment = QStringLiteral("aks-demo");
    p.snapshotDir = scenario == RestorePlan::Scenario::Corruption ? QStringLiteral("/tmp/snap") : QString();
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.store = QStringLiteral("/tmp/store");
    for (const char* n : {"shop-prod", "payments"}) {
        ClusterRestorePlan c;
        c.cluster = QString::fromLatin1(n);
        c.backup = c.cluster + QStringLiteral("-daily");
        c.restoreName = RestorePlan::makeRestoreName(c.cluster, p.createdAt);
        c.velero.provider = QStringLiteral("azure");
        c.velero.bucket = QStringLiteral("backups");
        c.velero.config = {
            {QStringLiteral("storageAccount"), QStringLiteral("acct")},
            {QStringLiteral("storageAccountKeyEnvVar"), QStringLiteral("AZURE_STORAGE_ACCOUNT_ACCESS_KEY")}};
        p.clusters << c;
    }
    return p;
}

} // namespace aks::test
