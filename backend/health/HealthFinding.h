#pragma once

#include "powershell/PsCommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace aks {

// A documented repair, as the exact script that runs (built by AksHciScripts).
struct HealthRepair {
    QString id; // stable: the journal's step id, e.g. repair/update-certificates
    QString title;
    PsScript script;
    bool deprecated = false; // Repair-AksHciCerts and Repair-AksHciClusterCerts
};

// One thing the diagnosis found about the deployment or one workload cluster.
struct HealthFinding {
    Q_DECLARE_TR_FUNCTIONS(HealthFinding)
public:
    enum class Kind {
        ManagementUnreachable, // Get-AksHciConfig failed, for no reason that points at certificates
        CertificatesExpired,   // a cmdlet failed the way expired certificates or tokens make it fail
        NotInstalled,          // the deployment is configured but not installed
        VersionUnknown,        // Get-AksHciVersion failed
        ClusterNotReady,       // Get-AksHciCluster reports the cluster not deployed
        ClusterUnreachable,    // kubectl could not reach the cluster's API server
        KubeconfigUnavailable, // Get-AksHciCredential failed
        KubeconfigUnreadable,  // the kubeconfig's certificate data does not parse
        ClientCertificate,     // the kubeconfig's client certificate, with days left
        CaCertificate,         // the kubeconfig's cluster CA, with days left
        TokenCredential,       // the kubeconfig authenticates with a token: nothing here expires
    };
    // Ordered: a larger value is more urgent.
    enum class Urgency { Ok, Notice, Warning, Critical };

    Kind kind = Kind::ManagementUnreachable;
    Urgency urgency = Urgency::Ok;
    QString subject; // empty: the deployment (management cluster); else a workload cluster
    QString message;
    std::optional<qint64> daysLeft;
    QDateTime notAfter;
    QList<HealthRepair> repairs; // the recommended one first

    // Expired, or failing the way expired certificates make the module fail.
    bool isExpiry() const { return kind == Kind::CertificatesExpired || (daysLeft && *daysLeft < 0); }
    static QString kindKey(Kind k);
    static QString urgencyKey(Urgency u);
    static QString urgencyText(Urgency u); // translated, for the page and the CLI
};

} // namespace aks
