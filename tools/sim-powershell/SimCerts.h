#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace aks::sim {

// Real X.509 certificates for the kubeconfigs Get-AksHciCredential writes, so the app reads their
// expiry the way it reads a real one: a CA (10 years, as Kubernetes root CAs) and a client
// certificate signed by it that expires when the cluster's state says.
struct SimKubeCerts {
    QByteArray caPem;
    QByteArray clientPem;
    QByteArray clientKeyPem;
};

// Empty members when OpenSSL fails (the caller reports it as the module would).
SimKubeCerts makeKubeCerts(const QString& cluster, qint64 clientNotAfterMs);

// When a cluster's kubeconfig client certificate expires: "CertNotAfterMs" in its state, else a
// year after it was created (kubeadm's client certificates), and a year after repairs.
qint64 clientCertNotAfterMs(const nlohmann::json& cluster);
constexpr qint64 kClientCertValidityMs = 365LL * 24 * 3600 * 1000;
// The management cluster's client certificates and tokens: "managementCertsNotAfterMs" (absent:
// valid). The 60-day items (mocctl, KVA, node agent) expire after 60 days without an update.
bool managementCertsExpired(const nlohmann::json& state, qint64 nowMs);
constexpr qint64 kManagementCertValidityMs = 60LL * 24 * 3600 * 1000;

} // namespace aks::sim
