#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks {

// The management cluster's configuration as Get-AksHciConfig prints it: three module tables (MOC,
// AksHci, KVA; key case varies between releases). The raw JSON is kept whole, unknown fields
// included, so an export loses nothing; the accessors read the settings a recovery needs.
class AksHciConfig {
    Q_DECLARE_TR_FUNCTIONS(AksHciConfig)
public:
    AksHciConfig() = default;
    // Accepts the object Get-AksHciConfig prints; fails when it has none of the three modules.
    static Result<AksHciConfig> fromJson(const nlohmann::json& raw);

    const nlohmann::json& raw() const { return m_raw; }
    // A module table (case-insensitive name); an empty object when the module is missing.
    const nlohmann::json& module(const QString& name) const;
    const nlohmann::json& moc() const { return module(QStringLiteral("MOC")); }
    const nlohmann::json& akshci() const { return module(QStringLiteral("AksHci")); }
    const nlohmann::json& kva() const { return module(QStringLiteral("KVA")); }
    // A setting as text, looked up case-insensitively in the modules given, first found wins.
    QString setting(const QStringList& modules, const QString& key) const;

    // Networking
    QString vnetName() const;
    QString vSwitchName() const;
    QString vnetType() const; // static IP or DHCP, as the module reports it
    QString ipAddressPrefix() const;
    QString k8sNodeIpPoolStart() const;
    QString k8sNodeIpPoolEnd() const;
    QString vipPoolStart() const;
    QString vipPoolEnd() const;
    QStringList dnsServers() const;
    QString gateway() const;
    QString vlanId() const;
    QString cloudServiceCidr() const;
    QString proxyServerHttp() const;
    QString proxyServerHttps() const;
    QString proxyServerNoProxy() const;
    // Storage and paths
    QString imageDir() const;
    QString workingDir() const;
    QString cloudConfigLocation() const;
    // Control plane and load balancer
    QString controlPlaneVmSize() const;
    QString loadBalancerVmSize() const;
    QString kvaPodCidr() const;
    // Versions and state
    QString version() const;
    QString kubernetesVersion() const;
    QString installState() const;
    QString deploymentName() const; // kvaName

private:
    nlohmann::json m_raw;
};

} // namespace aks
