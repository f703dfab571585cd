#include "HealthReport.h"

#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace aks {

QString HealthFinding::kindKey(Kind k) {
    switch (k) {
    case Kind::ManagementUnreachable:
        return QStringLiteral("managementUnreachable");
    case Kind::CertificatesExpired:
        return QStringLiteral("certificatesExpired");
    case Kind::NotInstalled:
        return QStringLiteral("notInstalled");
    case Kind::VersionUnknown:
        return QStringLiteral("versionUnknown");
    case Kind::ClusterNotReady:
        return QStringLiteral("clusterNotReady");
    case Kind::ClusterUnreachable:
        return QStringLiteral("clusterUnreachable");
    case Kind::KubeconfigUnavailable:
        return QStringLiteral("kubeconfigUnavailable");
    case Kind::KubeconfigUnreadable:
        return QStringLiteral("kubeconfigUnreadable");
    case Kind::ClientCertificate:
        return QStringLiteral("clientCertificate");
    case Kind::CaCertificate:
        return QStringLiteral("caCertificate");
    case Kind::TokenCredential:
        return QStringLiteral("tokenCredential");
    }
    return {};
}

QString HealthFinding::urgencyKey(Urgency u) {
    switch (u) {
    case Urgency::Ok:
        return QStringLiteral("ok");
    case Urgency::Notice:
        return QStringLiteral("notice");
    case Urgency::Warning:
        return QStringLiteral("warning");
    case Urgency::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString HealthFinding::urgencyText(Urgency u) {
    switch (u) {
    case Urgency::Ok:
        return tr("OK");
    case Urgency::Notice:
        return tr("Notice");
    case Urgency::Warning:
        return tr("Warning");
    case Urgency::Critical:
        return tr("Critical");
    }
    return {};
}

HealthFinding::Urgency HealthReport::worst() const {
    HealthFinding::Urgency w = HealthFinding::Urgency::Ok;
    for (const HealthFinding& f : findings)
        w = std::max(w, f.urgency);
    return w;
}

bool HealthReport::expiryFound() const {
    return std::any_of(findings.begin(), findings.end(), [](const HealthFinding& f) { return f.isExpiry(); });
}

bool HealthReport::needsAction(int warnDays) const {
    for (const HealthFinding& f : findings)
        if (f.urgency >= HealthFinding::Urgency::Warning || (f.daysLeft && *f.daysLeft <= warnDays))
            return true;
    return false;
}

QList<HealthFinding> HealthReport::sortedFindings() const {
    QList<HealthFinding> out = findings;
    std::stable_sort(out.begin(), out.end(), [](const HealthFinding& a, const HealthFinding& b) {
        if (a.urgency != b.urgency)
            return a.urgency > b.urgency;
        const qint64 da = a.daysLeft.value_or(std::numeric_limits<qint64>::max());
        const qint64 db = b.daysLeft.value_or(std::numeric_limits<qint64>::max());
        if (da != db)
            return da < db;
        return a.subject < b.subject;
    });
    return out;
}

QList<HealthRepair> HealthReport::expiryRepairs() const {
    QList<HealthRepair> out;
    // The management cluster first: after a long power-off the documented order is
    // Update-AksHciCertificates, then each cluster's -fixKubeletCredentials, then -fixCloudCredentials.
    for (const bool management : {true, false})
        for (const HealthFinding& f : findings) {
            if (!f.isExpiry() || f.subject.isEmpty() != management || f.repairs.isEmpty())
                continue;
            const HealthRepair& r = f.repairs.first();
            if (std::none_of(out.begin(), out.end(), [&](const HealthRepair& o) { return o.id == r.id; }))
                out.append(r);
        }
    return out;
}

nlohmann::json HealthReport::toJson(int warnDays) const {
    const auto str = [](const QString& s) { return s.toStdString(); };
    nlohmann::json j = {{"deployment", str(deployment)},
                        {"reachable", reachable},
                        {"installed", installed},
                        {"version", str(version)},
                        {"checkedAt", str(checkedAt.toUTC().toString(Qt::ISODate))},
                        {"warnDays", warnDays},
                        {"worst", str(HealthFinding::urgencyKey(worst()))},
                        {"needsAction", needsAction(warnDays)},
                        {"expiryFound", expiryFound()}};
    j["kubernetesVersions"] = nlohmann::json::array();
    for (const QString& v : kubernetesVersions)
        j["kubernetesVersions"].push_back(str(v));
    j["rotationSettings"] = nlohmann::json::object();
    for (auto it = rotationSettings.cbegin(); it != rotationSettings.cend(); ++it)
        j["rotationSettings"][str(it.key())] = str(it.value());
    j["clusters"] = nlohmann::json::array();
    for (const ClusterHealth& c : clusters)
        j["clusters"].push_back({{"name", str(c.name)},
                                 {"kubernetesVersion", str(c.kubernetesVersion)},
                                 {"status", str(c.status)},
                                 {"ready", c.ready},
                                 {"reachable", c.reachable}});
    j["findings"] = nlohmann::json::array();
    for (const HealthFinding& f : sortedFindings()) {
        nlohmann::json o = {{"kind", str(HealthFinding::kindKey(f.kind))},
                            {"urgency", str(HealthFinding::urgencyKey(f.urgency))},
                            {"subject", str(f.subject)},
                            {"message", str(f.message)},
                            {"daysLeft", f.daysLeft ? nlohmann::json(*f.daysLeft) : nlohmann::json()},
                            {"notAfter", f.notAfter.isValid()
                                             ? nlohmann::json(str(f.notAfter.toUTC().toString(Qt::ISODate)))
                                             : nlohmann::json()}};
        o["repairs"] = nlohmann::json::array();
        for (const HealthRepair& r : f.repairs)
            o["repairs"].push_back({{"id", str(r.id)},
                                    {"title", str(r.title)},
                                    {"script", str(scriptText(r.script))},
                                    {"deprecated", r.deprecated}});
        j["findings"].push_back(std::move(o));
    }
    return j;
}

} // namespace aks
