#include "HealthChecker.h"

#include "KubeconfigCertificates.h"
#include "akshci/AksHciClient.h"
#include "akshci/AksHciScripts.h"
#include "akshci/ConfigSecrets.h"

#include <nlohmann/json.hpp>

namespace aks {
namespace {

// Get-AksHciConfig keys that say how certificates and tokens are rotated (caCertRotationThreshold
// and its neighbours); the values are shown as printed, never interpreted beyond that.
bool isRotationKey(const QString& key) {
    const QString k = key.toLower();
    for (const char* word : {"rotation", "expir", "validity", "renew", "threshold"})
        if (k.contains(QLatin1String(word)))
            return true;
    return false;
}

HealthFinding healthFinding(HealthFinding::Kind kind, HealthFinding::Urgency urgency, const QString& subject,
                            const QString& message) {
    HealthFinding f;
    f.kind = kind;
    f.urgency = urgency;
    f.subject = subject;
    f.message = message;
    return f;
}

} // namespace

HealthChecker::HealthChecker(AksHciClient& client, KubeconfigFn kubeconfigFor, ReachFn reach)
    : m_client(client), m_kubeconfigFor(std::move(kubeconfigFor)), m_reach(std::move(reach)) {}

bool HealthChecker::looksLikeExpiry(const QString& errorText) {
    const QString t = errorText.toLower();
    return t.contains(QLatin1String("certificate has expired")) ||
           t.contains(QLatin1String("x509: certificate has expired or is not yet valid")) ||
           t.contains(QLatin1String("invalid token")) || t.contains(QLatin1String("token has expired"));
}

HealthFinding::Urgency HealthChecker::urgencyFor(qint64 daysLeft) {
    if (daysLeft < 0)
        return HealthFinding::Urgency::Critical;
    if (daysLeft <= kWarningDays)
        return HealthFinding::Urgency::Warning;
    if (daysLeft <= kNoticeDays)
        return HealthFinding::Urgency::Notice;
    return HealthFinding::Urgency::Ok;
}

QList<HealthRepair> HealthChecker::managementRepairs() {
    return {HealthRepair{QStringLiteral("repair/update-certificates"),
                         tr("Rotate the management cluster's certificates and tokens"),
                         AksHciScripts::updateCertificates(), false},
            HealthRepair{QStringLiteral("repair/moc-login"),
                         tr("Log mocctl in again (its certificate expired)"), AksHciScripts::repairMocLogin(),
                         false},
            HealthRepair{QStringLiteral("repair/repair-certs"),
                         tr("Repair the management cluster's certificates (deprecated cmdlet)"),
                         AksHciScripts::repairCerts(), true}};
}

QList<HealthRepair> HealthChecker::clusterRepairs(const QString& cluster, bool cloudCredentials) {
    using Fix = AksHciScripts::ClusterCertFix;
    QList<HealthRepair> out;
    const Fix first = cloudCredentials ? Fix::Cloud : Fix::Kubelet;
    const auto key = [](Fix f) {
        return f == Fix::Kubelet ? QStringLiteral("kubelet") : QStringLiteral("cloud");
    };
    // -fixKubeletCredentials for certificates, -fixCloudCredentials for lost contact with the cloud
    // agent (tokens): the docs tie each to its symptom.
    if (auto script = AksHciScripts::updateClusterCertificates(cluster, first))
        out.append(HealthRepair{QStringLiteral("repair/cluster-certificates/%1/%2").arg(cluster, key(first)),
                                first == Fix::Kubelet
                                    ? tr("Reprovision the control plane certificates of %1").arg(cluster)
                                    : tr("Reprovision the cloud agent tokens of %1").arg(cluster),
                                *script, false});
    if (auto script = AksHciScripts::repairClusterCerts(cluster, first))
        out.append(HealthRepair{QStringLiteral("repair/cluster-certs/%1/%2").arg(cluster, key(first)),
                                tr("Repair the certificates of %1 (deprecated cmdlet)").arg(cluster), *script,
                                true});
    return out;
}

HealthReport HealthChecker::check(const CancelToken& cancel) const {
    HealthReport report;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    report.checkedAt = now;
    const auto expiredOr = [&](const Error& e, HealthFinding::Kind otherwise, const QString& subject,
                               const QString& what) {
        const bool expiry = looksLikeExpiry(e.fullText());
        HealthFinding f = healthFinding(
            expiry ? HealthFinding::Kind::CertificatesExpired : otherwise,
            expiry ? HealthFinding::Urgency::Critical : HealthFinding::Urgency::Warning, subject,
            expiry
                ? tr("%1 failed the way expired certificates or tokens make it fail: %2").arg(what, e.message)
                : tr("%1 failed: %2").arg(what, e.message));
        if (expiry)
            f.repairs = subject.isEmpty()
                            ? managementRepairs()
                            : clusterRepairs(subject, e.fullText().contains(QLatin1String("token"),
                                                                            Qt::CaseInsensitive));
        report.findings.append(f);
    };

    auto config = m_client.getConfig(cancel);
    if (!config) {
        expiredOr(config.error(), HealthFinding::Kind::ManagementUnreachable, {},
                  QStringLiteral("Get-AksHciConfig"));
        if (report.findings.last().kind == HealthFinding::Kind::ManagementUnreachable)
            report.findings.last().urgency = HealthFinding::Urgency::Critical;
        return report;
    }
    report.reachable = true;
    report.deployment = config->deploymentName();
    report.installed = config->installState().isEmpty() ||
                       config->installState().compare(QLatin1String("Installed"), Qt::CaseInsensitive) == 0;
    for (const QString& module : {QStringLiteral("MOC"), QStringLiteral("AksHci"), QStringLiteral("KVA")}) {
        const nlohmann::json& m = config->module(module);
        if (!m.is_object())
            continue;
        for (auto it = m.begin(); it != m.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!isRotationKey(key) || ConfigSecrets::isSecretKey(key) || it->is_object() || it->is_array())
                continue;
            report.rotationSettings.insert(module + QLatin1Char('.') + key,
                                           it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                           : QString::fromStdString(it->dump()));
        }
    }
    if (!report.installed) {
        report.findings.append(healthFinding(
            HealthFinding::Kind::NotInstalled, HealthFinding::Urgency::Warning, {},
            tr("AKS hybrid is configured but not installed (%1).").arg(config->installState())));
        return report;
    }
    if (auto v = m_client.getVersion(cancel))
        report.version = *v;
    else
        expiredOr(v.error(), HealthFinding::Kind::VersionUnknown, {}, QStringLiteral("Get-AksHciVersion"));
    if (auto kv = m_client.getKubernetesVersions(cancel)) {
        for (const auto& e : *kv) {
            const QString v =
                e.is_object() ? QString::fromStdString(e.value("OrchestratorVersion", ""))
                              : (e.is_string() ? QString::fromStdString(e.get<std::string>()) : QString());
            if (!v.isEmpty() && !report.kubernetesVersions.contains(v))
                report.kubernetesVersions.append(v);
        }
    }
    auto clusters = m_client.getClusters(cancel);
    if (!clusters) {
        expiredOr(clusters.error(), HealthFinding::Kind::ManagementUnreachable, {},
                  QStringLiteral("Get-AksHciCluster"));
        return report;
    }
    for (const WorkloadCluster& w : *clusters) {
        ClusterHealth c{w.name, w.kubernetesVersion,
                        w.provisioningState.isEmpty() ? w.status : w.provisioningState, w.isReady(), false};
        if (!c.ready)
            report.findings.append(
                healthFinding(HealthFinding::Kind::ClusterNotReady, HealthFinding::Urgency::Warning, w.name,
                              tr("Get-AksHciCluster reports %1 as %2.").arg(w.name, c.status)));
        checkCluster(report, c, cancel);
        report.clusters.append(c);
        if (cancel.isCancelled())
            break;
    }
    return report;
}

void HealthChecker::checkCluster(HealthReport& report, ClusterHealth& c, const CancelToken& cancel) const {
    auto path = m_kubeconfigFor(c.name, cancel);
    if (!path) {
        const bool expiry = looksLikeExpiry(path.error().fullText());
        HealthFinding f = healthFinding(
            expiry ? HealthFinding::Kind::CertificatesExpired : HealthFinding::Kind::KubeconfigUnavailable,
            expiry ? HealthFinding::Urgency::Critical : HealthFinding::Urgency::Warning, c.name,
            tr("The kubeconfig of %1 could not be fetched: %2").arg(c.name, path.error().message));
        if (expiry)
            f.repairs = clusterRepairs(c.name, path.error().fullText().contains(QLatin1String("token")));
        report.findings.append(f);
        return;
    }
    if (m_reach) {
        const Status reached = m_reach(*path, cancel);
        c.reachable = reached.ok();
        if (!reached) {
            const bool expiry = looksLikeExpiry(reached.error().fullText());
            HealthFinding f = healthFinding(
                expiry ? HealthFinding::Kind::CertificatesExpired : HealthFinding::Kind::ClusterUnreachable,
                expiry ? HealthFinding::Urgency::Critical : HealthFinding::Urgency::Warning, c.name,
                tr("The API server of %1 did not answer: %2").arg(c.name, reached.error().message));
            if (expiry)
                f.repairs = clusterRepairs(c.name, false);
            report.findings.append(f);
        }
    }
    auto certs = KubeconfigCertificates::read(*path);
    if (!certs) {
        report.findings.append(healthFinding(
            HealthFinding::Kind::KubeconfigUnreadable, HealthFinding::Urgency::Warning, c.name,
            tr("The kubeconfig of %1 cannot be checked: %2").arg(c.name, certs.error().message)));
        return;
    }
    const QDateTime now = report.checkedAt;
    const auto add = [&](HealthFinding::Kind kind, const CertificateExpiry& e) {
        const qint64 days = e.daysLeft(now);
        HealthFinding f;
        f.kind = kind;
        f.subject = c.name;
        f.urgency = urgencyFor(days);
        f.daysLeft = days;
        f.notAfter = e.notAfter;
        const QString when = e.notAfter.toString(Qt::ISODate);
        if (kind == HealthFinding::Kind::ClientCertificate) {
            f.message = days < 0
                            ? tr("The kubeconfig client certificate of %1 expired on %2.").arg(c.name, when)
                            : tr("The kubeconfig client certificate of %1 expires on %2 (%n day(s) left).",
                                 nullptr, int(days))
                                  .arg(c.name, when);
            // Not renewed automatically (akshci.md §7): the repair reprovisions it.
            if (f.urgency > HealthFinding::Urgency::Ok)
                f.repairs = clusterRepairs(c.name, false);
        } else {
            f.message = days < 0
                            ? tr("The cluster CA of %1 expired on %2.").arg(c.name, when)
                            : tr("The cluster CA of %1 expires on %2 (%n day(s) left).", nullptr, int(days))
                                  .arg(c.name, when);
        }
        report.findings.append(f);
    };
    for (const CertificateExpiry& e : certs->client)
        add(HealthFinding::Kind::ClientCertificate, e);
    for (const CertificateExpiry& e : certs->ca)
        add(HealthFinding::Kind::CaCertificate, e);
    if (certs->client.isEmpty() && certs->tokenAuth)
        report.findings.append(healthFinding(HealthFinding::Kind::TokenCredential, HealthFinding::Urgency::Ok,
                                             c.name,
                                             tr("The kubeconfig of %1 authenticates with a token; it has no "
                                                "client certificate to expire.")
                                                 .arg(c.name)));
}

} // namespace aks
