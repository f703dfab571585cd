#include "AksHciConfig.h"

#include "ConfigSecrets.h"
#include "powershell/PsJson.h"

namespace aks {

Result<AksHciConfig> AksHciConfig::fromJson(const nlohmann::json& raw) {
    if (!raw.is_object())
        return Error::make(
            Error::Kind::BadOutput,
            tr("Get-AksHciConfig printed no configuration object; is AKS hybrid set up on this "
               "host (Set-AksHciConfig)?"));
    AksHciConfig c;
    c.m_raw = raw;
    // Proxy passwords, the KVA identity token: masked in every log line and message from now on.
    ConfigSecrets::registerAll(raw);
    if (c.moc().empty() && c.akshci().empty() && c.kva().empty())
        return Error::make(Error::Kind::BadOutput,
                           tr("Get-AksHciConfig printed an object without the MOC, AksHci and KVA modules."));
    return c;
}

const nlohmann::json& AksHciConfig::module(const QString& name) const {
    static const nlohmann::json empty = nlohmann::json::object();
    const auto* m = PsJson::find(m_raw, name);
    return m && m->is_object() ? *m : empty;
}

QString AksHciConfig::setting(const QStringList& modules, const QString& key) const {
    for (const QString& m : modules)
        if (const auto* v = PsJson::find(module(m), key); v && !v->is_null())
            return PsJson::toText(*v);
    return {};
}

namespace {
const QStringList kNet{QStringLiteral("MOC"), QStringLiteral("KVA"), QStringLiteral("AksHci")};
const QStringList kKva{QStringLiteral("KVA"), QStringLiteral("AksHci"), QStringLiteral("MOC")};
const QStringList kAks{QStringLiteral("AksHci"), QStringLiteral("KVA"), QStringLiteral("MOC")};
} // namespace

QString AksHciConfig::vnetName() const {
    return setting(kNet, QStringLiteral("vnetName"));
}
QString AksHciConfig::vSwitchName() const {
    return setting(kNet, QStringLiteral("vswitchName"));
}
QString AksHciConfig::vnetType() const {
    return setting(kNet, QStringLiteral("vnetType"));
}
QString AksHciConfig::ipAddressPrefix() const {
    return setting(kNet, QStringLiteral("ipaddressprefix"));
}
QString AksHciConfig::k8sNodeIpPoolStart() const {
    return setting(kNet, QStringLiteral("k8snodeippoolstart"));
}
QString AksHciConfig::k8sNodeIpPoolEnd() const {
    return setting(kNet, QStringLiteral("k8snodeippoolend"));
}
QString AksHciConfig::vipPoolStart() const {
    return setting(kNet, QStringLiteral("vnetvippoolstart"));
}
QString AksHciConfig::vipPoolEnd() const {
    return setting(kNet, QStringLiteral("vnetvippoolend"));
}
QStringList AksHciConfig::dnsServers() const {
    for (const QString& m : kNet)
        if (const auto* v = PsJson::find(module(m), QStringLiteral("dnsservers")); v && !v->is_null()) {
            QStringList out;
            for (const auto& e : PsJson::asArray(*v))
                for (const QString& part : PsJson::toText(e).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    out << part.trimmed();
            return out;
        }
    return {};
}
QString AksHciConfig::gateway() const {
    return setting(kNet, QStringLiteral("gateway"));
}
QString AksHciConfig::vlanId() const {
    return setting(kKva, QStringLiteral("vlanid"));
}
QString AksHciConfig::cloudServiceCidr() const {
    return setting(kNet, QStringLiteral("cloudServiceCidr"));
}
QString AksHciConfig::proxyServerHttp() const {
    return setting(kNet, QStringLiteral("proxyServerHTTP"));
}
QString AksHciConfig::proxyServerHttps() const {
    return setting(kNet, QStringLiteral("proxyServerHTTPS"));
}
QString AksHciConfig::proxyServerNoProxy() const {
    return setting(kNet, QStringLiteral("proxyServerNoProxy"));
}
QString AksHciConfig::imageDir() const {
    return setting(kNet, QStringLiteral("imageDir"));
}
QString AksHciConfig::workingDir() const {
    return setting(kAks, QStringLiteral("workingDir"));
}
QString AksHciConfig::cloudConfigLocation() const {
    return setting(kNet, QStringLiteral("cloudConfigLocation"));
}
QString AksHciConfig::controlPlaneVmSize() const {
    return setting(kKva, QStringLiteral("controlPlaneVmSize"));
}
QString AksHciConfig::loadBalancerVmSize() const {
    return setting(kKva, QStringLiteral("loadBalancerVmSize"));
}
QString AksHciConfig::kvaPodCidr() const {
    return setting(kKva, QStringLiteral("kvaPodCidr"));
}
QString AksHciConfig::version() const {
    return setting(kAks, QStringLiteral("version"));
}
QString AksHciConfig::kubernetesVersion() const {
    return setting(kKva, QStringLiteral("kvaK8sVersion"));
}
QString AksHciConfig::installState() const {
    return setting(kAks, QStringLiteral("installState"));
}
QString AksHciConfig::deploymentName() const {
    return setting(kKva, QStringLiteral("kvaName"));
}

} // namespace aks
