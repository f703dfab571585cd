// The certificate side of the simulated module: the cert-expired fault, the failures expired
// certificates cause, and the documented repairs that clear them (akshci.md §7).
#include "SimArgs.h"
#include "SimCerts.h"
#include "SimCmdlets.h"

#include <QDateTime>
#include <QSet>

namespace aks::sim {
namespace {

qint64 simCertNowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

nlohmann::json* simCertCluster(nlohmann::json& st, const QString& name) {
    for (auto& c : st["clusters"])
        if (QString::fromStdString(c.value("Name", "")) == name)
            return &c;
    return nullptr;
}

} // namespace

void SimCmdlets::applyExpiryFault() {
    const QString spec = m_faults.certExpiry();
    if (spec.isEmpty())
        return;
    const QString cluster = spec.section(QLatin1Char(':'), 1).trimmed();
    QString error;
    const bool ok = m_state.update(
        [&](nlohmann::json& st) {
            nlohmann::json& applied = st["appliedFaults"];
            if (!applied.is_array())
                applied = nlohmann::json::array();
            for (const auto& a : applied)
                if (a == s(spec))
                    return false;
            const qint64 dayAgo = simCertNowMs() - 24LL * 3600 * 1000;
            if (cluster.isEmpty())
                st["managementCertsNotAfterMs"] = dayAgo;
            else if (nlohmann::json* c = simCertCluster(st, cluster))
                (*c)["CertNotAfterMs"] = dayAgo;
            applied.push_back(s(spec));
            return true;
        },
        &error);
    if (!ok)
        fail(QStringLiteral("StateLocked"), error);
}

void SimCmdlets::failIfExpired(const nlohmann::json& state, const QString& cmdlet) {
    // What talks to the management cluster (KVA, cloud agent) fails; Get-AksHciConfig and
    // Get-AksHciVersion read local files, and the repairs are what the docs run next.
    static const QSet<QString> reachesManagement = {
        QStringLiteral("Get-AksHciCluster"),           QStringLiteral("Get-AksHciNodePool"),
        QStringLiteral("Get-AksHciCredential"),        QStringLiteral("Get-AksHciKubernetesVersion"),
        QStringLiteral("Get-AksHciAutoScalerProfile"), QStringLiteral("New-AksHciAutoScalerProfile"),
        QStringLiteral("New-AksHciCluster"),           QStringLiteral("New-AksHciNodePool"),
        QStringLiteral("Remove-AksHciCluster"),        QStringLiteral("Update-AksHciClusterCertificates"),
        QStringLiteral("Repair-AksHciClusterCerts"),
    };
    if (!reachesManagement.contains(cmdlet) || !state.value("installed", false) ||
        !managementCertsExpired(state, simCertNowMs()))
        return;
    fail(QStringLiteral("CertificateExpired,") + cmdlet,
         QStringLiteral("Error: rpc error: code = Unavailable desc = connection error: desc = "
                        "\"transport: authentication handshake failed: x509: certificate has expired or is "
                        "not yet valid\""));
}

void SimCmdlets::renewManagementCerts(const QString& cmdlet) {
    mutate([&](nlohmann::json& st) {
        if (!st.value("installed", false))
            fail(QStringLiteral("AksHciNotInstalled,") + cmdlet,
                 QStringLiteral("AksHci is not installed. Run Install-AksHci first."));
        st["managementCertsNotAfterMs"] = simCertNowMs() + kManagementCertValidityMs;
        return true;
    });
}

nlohmann::json SimCmdlets::updateCertificates(const Args&) {
    host(QStringLiteral("Rotating the tokens and certificates of every client of the AKS host..."));
    renewManagementCerts(QStringLiteral("Update-AksHciCertificates"));
    host(QStringLiteral("The AKS host's certificates and tokens were rotated."));
    return {};
}

nlohmann::json SimCmdlets::repairCerts(const Args&) {
    warning(QStringLiteral("Repair-AksHciCerts will be deprecated; use Update-AksHciCertificates."));
    renewManagementCerts(QStringLiteral("Repair-AksHciCerts"));
    host(QStringLiteral("The AKS host's certificates were repaired."));
    return {};
}

nlohmann::json SimCmdlets::repairMocLogin(const Args&) {
    renewManagementCerts(QStringLiteral("Repair-MocLogin"));
    host(QStringLiteral("mocctl is logged in again."));
    return {};
}

void SimCmdlets::renewClusterCerts(const Args& a, const QString& cmdlet) {
    const QString name = arg(a, "name");
    const bool kubelet = isOn(a, "fixKubeletCredentials");
    mutate([&](nlohmann::json& st) {
        nlohmann::json* c = simCertCluster(st, name);
        if (!c)
            fail(QStringLiteral("ClusterNotFound,") + cmdlet,
                 QStringLiteral("A workload cluster with the name '%1' was not found.").arg(name));
        // -fixKubeletCredentials reprovisions the control plane's certificates (the kubeconfig client
        // certificate among them); -fixCloudCredentials the tokens of pods that talk to MOC.
        if (kubelet)
            (*c)["CertNotAfterMs"] = simCertNowMs() + kClientCertValidityMs;
        else
            (*c)["CloudTokensRenewedMs"] = simCertNowMs();
        return true;
    });
    host(kubelet ? QStringLiteral("The control plane certificates of '%1' were reprovisioned. Run "
                                  "Get-AksHciCredential for a new kubeconfig.")
                       .arg(name)
                 : QStringLiteral("The cloud agent tokens of '%1' were reprovisioned.").arg(name));
}

nlohmann::json SimCmdlets::updateClusterCertificates(const Args& a) {
    renewClusterCerts(a, QStringLiteral("Update-AksHciClusterCertificates"));
    return {};
}

nlohmann::json SimCmdlets::repairClusterCerts(const Args& a) {
    warning(QStringLiteral(
        "Repair-AksHciClusterCerts will be deprecated; use Update-AksHciClusterCertificates."));
    renewClusterCerts(a, QStringLiteral("Repair-AksHciClusterCerts"));
    return {};
}

} // namespace aks::sim
