#pragma once

#include "HealthReport.h"
#include "core/Result.h"
#include "jobs/CancelToken.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace aks {

class AksHciClient;

// Diagnoses a deployment before anything is destroyed: an expired certificate makes a healthy
// management cluster look dead, and one documented repair brings it back (akshci.md §7). Blocking.
class HealthChecker {
    Q_DECLARE_TR_FUNCTIONS(HealthChecker)
public:
    // Fetches a cluster's kubeconfig (Get-AksHciCredential) into a private file; returns its path.
    using KubeconfigFn = std::function<Result<QString>(const QString& cluster, const CancelToken&)>;
    // Asks the cluster's API server something with that kubeconfig (kubectl).
    using ReachFn = std::function<Status(const QString& kubeconfig, const CancelToken&)>;

    // Days left at which a certificate is a Warning, and a Notice: the docs ask for an update within
    // 60 days and expire the 60-day items (mocctl, KVA, node agent) after that; a week is what is
    // left to plan a repair.
    static constexpr int kWarningDays = 7;
    static constexpr int kNoticeDays = 30;

    HealthChecker(AksHciClient& client, KubeconfigFn kubeconfigFor, ReachFn reach = {});
    void setNow(const QDateTime& now) { m_now = now; } // tests

    HealthReport check(const CancelToken& cancel) const;

    // Whether a cmdlet's error reads like the documented symptoms of expired certificates or
    // tokens ("x509: certificate has expired", mocctl's "certificate has expired", KMS "invalid token").
    static bool looksLikeExpiry(const QString& errorText);
    static HealthFinding::Urgency urgencyFor(qint64 daysLeft);
    // The documented repairs, recommended first.
    static QList<HealthRepair> managementRepairs();
    static QList<HealthRepair> clusterRepairs(const QString& cluster, bool cloudCredentials);

private:
    void checkCluster(HealthReport& report, ClusterHealth& c, const CancelToken& cancel) const;
    AksHciClient& m_client;
    KubeconfigFn m_kubeconfigFor;
    ReachFn m_reach;
    QDateTime m_now;
};

} // namespace aks
