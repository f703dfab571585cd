#include "SnapshotDiff.h"

#include "SecretRedaction.h"
#include "SnapshotFormat.h"

#include <QMap>
#include <QRegularExpression>

namespace aks {
namespace {

using FieldClass = DiffEntry::FieldClass;
using EntryStatus = DiffEntry::Status;

struct Leaf {
    QString display; // path as the snapshot spells it
    QString value;
    bool caseInsensitive = false;
};
// Keyed by the lowercase path, so the two sides pair whatever the case of their property names.
using Leaves = QMap<QString, Leaf>;

QString scalarText(const nlohmann::json& v) {
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_null())
        return QStringLiteral("null");
    return QString::fromStdString(v.dump());
}

bool isScalarArray(const nlohmann::json& v) {
    if (!v.is_array())
        return false;
    for (const auto& e : v)
        if (e.is_structured())
            return false;
    return true;
}

bool isBoolText(const QString& s) {
    return s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
           s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

void flatten(const nlohmann::json& v, const QString& display, const QString& key, Leaves& out) {
    if (v.is_object() && !v.empty()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            const QString k = QString::fromStdString(it.key());
            flatten(it.value(), display.isEmpty() ? k : display + QLatin1Char('.') + k,
                    key.isEmpty() ? k.toLower() : key + QLatin1Char('.') + k.toLower(), out);
        }
        return;
    }
    if (v.is_array() && !isScalarArray(v)) {
        for (std::size_t i = 0; i < v.size(); ++i)
            flatten(v[i], display + QStringLiteral("[%1]").arg(i), key + QStringLiteral("[%1]").arg(i), out);
        return;
    }
    // null and "" mean "not set" (PowerShell prints unset settings either way): the same as absent.
    if (v.is_null() || (v.is_string() && v.get_ref<const std::string&>().empty()))
        return;
    QString text;
    if (v.is_array()) {
        QStringList parts;
        for (const auto& e : v)
            parts.append(scalarText(e));
        text = parts.join(QStringLiteral(", "));
    } else if (v.is_object()) {
        text = QStringLiteral("{}");
    } else {
        text = scalarText(v);
    }
    const QString last = key.section(QLatin1Char('.'), -1);
    out.insert(key.isEmpty() ? QStringLiteral("(value)") : key,
               {display.isEmpty() ? QStringLiteral("(value)") : display, text,
                last.contains(QLatin1String("vmsize")) || isBoolText(text)});
}

const QRegularExpression& volatilePattern() {
    static const QRegularExpression re(QStringLiteral(
        "^(status|provisioningstate|phase|installstate|state|details|commands|id|guid|uid|uuid|objectid|"
        "resourceid|instanceid|etag|generation|resourceversion|lastupdated|lastmodified|"
        // Install-AksHci derives it from the working folder and the release: no setting makes it.
        "installationpackagedir)$|"
        "(^|[^n])time$|timestamp|[^p]date$|^date$|^created|^modified|^lastupdated|lastupdatetime|expir"));
    return re;
}

const QRegularExpression& networkPattern() {
    static const QRegularExpression re(QStringLiteral(
        "vnet|vswitch|switchname|ippool|vippool|ipaddressprefix|gateway|dns|vlan|cidr|macpool|dhcp|"
        "ipaddress|subnet|netmask|cloudserviceip|networkcontroller"));
    return re;
}

const QRegularExpression& storagePattern() {
    static const QRegularExpression re(QStringLiteral("imagedir|workingdir|cloudconfiglocation|stagingshare|"
                                                      "storage|installationpackagedir|dir$|path$|share$"));
    return re;
}

} // namespace

FieldClass SnapshotDiff::classify(const QString& lowerPath, bool inNodePool) {
    const QStringList parts = lowerPath.split(QLatin1Char('.'));
    // Array indexes do not decide a class: "dnsservers[0]" is a DNS server.
    QString last = parts.last();
    last.remove(QRegularExpression(QStringLiteral("\\[\\d+\\]")));
    for (const QString& p : parts)
        if (p == QLatin1String("status"))
            return FieldClass::Volatile;
    if (volatilePattern().match(last).hasMatch())
        return FieldClass::Volatile;
    if (SecretRedaction::isSecretKey(last))
        return FieldClass::Secret;
    if (lowerPath.contains(QLatin1String("controlplane")))
        return FieldClass::ControlPlane;
    if (lowerPath.contains(QLatin1String("loadbalancer")) || lowerPath.contains(QLatin1String("haproxy")))
        return FieldClass::LoadBalancer;
    if (last.contains(QLatin1String("kubernetesversion")) || (inNodePool && last == QLatin1String("version")))
        return FieldClass::KubernetesVersion;
    if (inNodePool) {
        static const QStringList shape = {QStringLiteral("count"), QStringLiteral("nodecount"),
                                          QStringLiteral("vmsize"), QStringLiteral("ostype"),
                                          QStringLiteral("ossku")};
        return shape.contains(last) ? FieldClass::NodePool : FieldClass::Other;
    }
    if (last.contains(QLatin1String("proxy")))
        return FieldClass::Proxy;
    if (networkPattern().match(last).hasMatch())
        return FieldClass::Network;
    if (storagePattern().match(last).hasMatch())
        return FieldClass::Storage;
    return FieldClass::Other;
}

namespace {

class Comparer {
public:
    DiffResult result;

    void add(const QString& keyPrefix, const QString& section, const QString& fieldPrefix, FieldClass cls,
             EntryStatus status, const QString& oldValue, const QString& newValue) {
        DiffEntry e;
        e.key = keyPrefix;
        e.section = section;
        e.field = fieldPrefix;
        e.fieldClass = cls;
        e.status = status;
        e.oldValue = oldValue;
        e.newValue = newValue;
        (cls == FieldClass::Volatile ? result.ignored : result.entries).push_back(e);
    }

    // Compares two documents leaf by leaf.
    // `informational`: nothing in these documents decides whether a rebuild matches.
    void compareDocs(const nlohmann::json& a, const nlohmann::json& b, const QString& keyPrefix,
                     const QString& section, bool inNodePool, bool informational = false) {
        Leaves la;
        Leaves lb;
        flatten(a, {}, {}, la);
        flatten(b, {}, {}, lb);
        QStringList keys = la.keys();
        for (const QString& k : lb.keys())
            if (!la.contains(k))
                keys.append(k);
        std::sort(keys.begin(), keys.end());
        for (const QString& k : keys) {
            const bool inA = la.contains(k);
            const bool inB = lb.contains(k);
            const Leaf& leaf = inA ? la[k] : lb[k];
            FieldClass cls = SnapshotDiff::classify(k, inNodePool);
            if (informational && cls != FieldClass::Volatile)
                cls = FieldClass::Other;
            const QString marker = QString::fromLatin1(snapshot::kRedactedMarker);
            if ((inA && la[k].value.contains(marker)) || (inB && lb[k].value.contains(marker)))
                cls = cls == FieldClass::Volatile ? cls : FieldClass::Secret;
            EntryStatus st = EntryStatus::Equal;
            if (!inA)
                st = EntryStatus::Added;
            else if (!inB)
                st = EntryStatus::Removed;
            else if (la[k].value.compare(lb[k].value, (la[k].caseInsensitive || lb[k].caseInsensitive)
                                                          ? Qt::CaseInsensitive
                                                          : Qt::CaseSensitive) != 0)
                st = EntryStatus::Changed;
            // Secrets from an encrypted snapshot are compared but never shown.
            const auto shown = [&](const QString& v) {
                return cls == FieldClass::Secret && !v.contains(marker) ? marker : v;
            };
            add(keyPrefix + k, section, leaf.display, cls, st, inA ? shown(la[k].value) : QString(),
                inB ? shown(lb[k].value) : QString());
        }
    }
};

QString jsonString(const nlohmann::json& obj, std::initializer_list<const char*> names) {
    if (!obj.is_object())
        return {};
    for (auto it = obj.begin(); it != obj.end(); ++it)
        for (const char* n : names)
            if (QString::fromStdString(it.key()).compare(QLatin1String(n), Qt::CaseInsensitive) == 0 &&
                it.value().is_string())
                return QString::fromStdString(it.value().get<std::string>());
    return {};
}

nlohmann::json::iterator findKey(nlohmann::json& obj, const char* name) {
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (QString::fromStdString(it.key()).compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return it;
    return obj.end();
}

// Older releases print the load balancer flat (LoadBalancerVmSize), newer ones nested (LoadBalancer
// {VMSize, Count, Sku}). Both become the nested form, so a cluster rebuilt on a newer release still
// pairs with its old snapshot. Returns whether the cluster printed the nested form.
bool nestLoadBalancer(nlohmann::json& cluster) {
    if (!cluster.is_object())
        return false;
    auto nested = findKey(cluster, "LoadBalancer");
    const bool wasNested = nested != cluster.end() && nested->is_object();
    auto flat = findKey(cluster, "LoadBalancerVmSize");
    if (flat == cluster.end())
        return wasNested;
    const nlohmann::json size = *flat;
    cluster.erase(flat); // invalidates `nested`
    if (!wasNested) {
        cluster["LoadBalancer"] = nlohmann::json{{"VMSize", size}};
        return false;
    }
    nlohmann::json& lb = *findKey(cluster, "LoadBalancer");
    if (findKey(lb, "VMSize") == lb.end())
        lb["VMSize"] = size;
    return true;
}

// Node pools by name; PowerShell prints one pool as an object rather than a one-element array.
QMap<QString, nlohmann::json> poolsByName(const nlohmann::json& pools) {
    QMap<QString, nlohmann::json> map;
    const nlohmann::json list = pools.is_array() ? pools : nlohmann::json::array({pools});
    int unnamed = 0;
    for (const auto& p : list) {
        if (!p.is_object())
            continue;
        QString name = jsonString(p, {"NodePoolName", "Name"});
        if (name.isEmpty())
            name = QStringLiteral("#%1").arg(unnamed++);
        map.insert(name, p);
    }
    return map;
}

// The cluster without its NodePools names: the pools themselves are compared one by one.
nlohmann::json withoutPoolNames(const nlohmann::json& cluster) {
    nlohmann::json c = cluster;
    if (c.is_object())
        for (auto it = c.begin(); it != c.end();)
            it =
                QString::fromStdString(it.key()).compare(QLatin1String("NodePools"), Qt::CaseInsensitive) == 0
                    ? c.erase(it)
                    : std::next(it);
    return c;
}

QString clusterSummary(const SnapshotCluster& c) {
    const QString version = jsonString(c.cluster, {"KubernetesVersion"});
    const int pools = c.nodePools.is_array() ? int(c.nodePools.size()) : (c.nodePools.is_object() ? 1 : 0);
    return SnapshotDiff::tr("%1, %n node pool(s)", nullptr, pools)
        .arg(version.isEmpty() ? SnapshotDiff::tr("no version") : version);
}

QString poolSummary(const nlohmann::json& p) {
    QStringList parts;
    for (const char* k : {"NodeCount", "Count", "VmSize", "OsType"}) {
        for (auto it = p.begin(); it != p.end(); ++it)
            if (QString::fromStdString(it.key()).compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
                parts.append(scalarText(it.value()));
    }
    return parts.join(QStringLiteral(" x "));
}

} // namespace

DiffResult SnapshotDiff::compare(const Snapshot& a, const Snapshot& b) {
    Comparer c;
    c.result.labelA = a.label();
    c.result.labelB = b.label();

    c.compareDocs(a.config, b.config, QStringLiteral("config."), tr("Management cluster"), false);

    QStringList names = a.clusterNames();
    for (const QString& n : b.clusterNames())
        if (!names.contains(n))
            names.append(n);
    std::sort(names.begin(), names.end());
    for (const QString& name : names) {
        const SnapshotCluster* ca = a.cluster(name);
        const SnapshotCluster* cb = b.cluster(name);
        const QString section = tr("Cluster %1").arg(name);
        const QString key = QStringLiteral("clusters.") + name + QLatin1Char('.');
        if (!ca || !cb) {
            c.add(QStringLiteral("clusters.") + name, section, tr("(cluster)"), FieldClass::Cluster,
                  ca ? EntryStatus::Removed : EntryStatus::Added, ca ? clusterSummary(*ca) : QString(),
                  cb ? clusterSummary(*cb) : QString());
            continue;
        }
        nlohmann::json clusterA = withoutPoolNames(ca->cluster);
        nlohmann::json clusterB = withoutPoolNames(cb->cluster);
        const bool nestedA = nestLoadBalancer(clusterA);
        const bool nestedB = nestLoadBalancer(clusterB);
        if (nestedA != nestedB) {
            // What only the newer release reports cannot differ from the older one: listed as ignored.
            nlohmann::json& newer = nestedA ? clusterA : clusterB;
            nlohmann::json& lb = *findKey(newer, "LoadBalancer");
            for (auto it = lb.begin(); it != lb.end();) {
                if (QString::fromStdString(it.key()).compare(QLatin1String("VMSize"), Qt::CaseInsensitive) ==
                    0) {
                    ++it;
                    continue;
                }
                const QString field = QStringLiteral("LoadBalancer.") + QString::fromStdString(it.key());
                const QString value = scalarText(it.value());
                c.add(key + field.toLower(), section, field, FieldClass::Volatile,
                      nestedA ? EntryStatus::Removed : EntryStatus::Added, nestedA ? value : QString(),
                      nestedA ? QString() : value);
                it = lb.erase(it);
            }
        }
        c.compareDocs(clusterA, clusterB, key, section, false);
        const auto pa = poolsByName(ca->nodePools);
        const auto pb = poolsByName(cb->nodePools);
        QStringList pools = pa.keys();
        for (const QString& p : pb.keys())
            if (!pa.contains(p))
                pools.append(p);
        std::sort(pools.begin(), pools.end());
        for (const QString& pool : pools) {
            const QString poolSection = tr("Cluster %1, node pool %2").arg(name, pool);
            const QString poolKey = key + QStringLiteral("nodepools.") + pool;
            if (!pa.contains(pool) || !pb.contains(pool)) {
                c.add(poolKey, poolSection, tr("(node pool)"), FieldClass::NodePool,
                      pa.contains(pool) ? EntryStatus::Removed : EntryStatus::Added,
                      pa.contains(pool) ? poolSummary(pa[pool]) : QString(),
                      pb.contains(pool) ? poolSummary(pb[pool]) : QString());
                continue;
            }
            c.compareDocs(pa[pool], pb[pool], poolKey + QLatin1Char('.'), poolSection, true);
        }
    }

    // The available versions follow the installed release; the clusters' versions are what counts.
    c.compareDocs(a.versions, b.versions, QStringLiteral("versions."), tr("Versions"), false, true);
    return c.result;
}

} // namespace aks
