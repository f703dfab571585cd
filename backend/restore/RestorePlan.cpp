#include "RestorePlan.h"
#include "core/BoundedJson.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include "core/JsonFields.h"
#include "velero/VeleroCliTable.h"

#include <nlohmann/json.hpp>

namespace aks {
namespace {

constexpr const char* kFormat = "aks-recovery-restore-plan";
constexpr int kVersion = 2; // 2: velero settings per cluster
constexpr qint64 kMaxPlanBytes = 4 * 1024 * 1024;

nlohmann::json toJsonList(const QStringList& list) {
    auto a = nlohmann::json::array();
    for (const QString& s : list)
        a.push_back(s.toStdString());
    return a;
}

bool validClusterName(const QString& name) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9-]{2,31}")));
    return re.match(name).hasMatch();
}

VeleroInstallPlan veleroFromJson(const nlohmann::json& v, const QString& planCredentialsFile) {
    VeleroInstallPlan out;
    if (!v.is_object())
        return out;
    out.provider = jsonfield::string(v, "provider");
    out.plugin = jsonfield::string(v, "plugin");
    out.bucket = jsonfield::string(v, "bucket");
    out.credentialsFile =
        v.contains("credentialsFile") ? jsonfield::string(v, "credentialsFile") : planCredentialsFile;
    out.source = jsonfield::string(v, "source");
    if (v.contains("config") && v.at("config").is_object())
        for (const auto& [k, val] : v.at("config").items())
            if (val.is_string())
                out.config.insert(QString::fromStdString(k), QString::fromStdString(val.get<std::string>()));
    return out;
}

nlohmann::json veleroToJson(const VeleroInstallPlan& v) {
    nlohmann::json out;
    out["provider"] = v.provider.toStdString();
    out["plugin"] = v.plugin.toStdString();
    out["bucket"] = v.bucket.toStdString();
    out["config"] = nlohmann::json::object();
    for (auto it = v.config.cbegin(); it != v.config.cend(); ++it)
        out["config"][it.key().toStdString()] = it.value().toStdString();
    if (!v.credentialsFile.isEmpty())
        out["credentialsFile"] = v.credentialsFile.toStdString();
    out["source"] = v.source.toStdString();
    return out;
}

} // namespace

QStringList VeleroInstallPlan::problems(const QString& cluster) const {
    QStringList out;
    if (provider != QLatin1String("azure") && provider != QLatin1String("aws")) {
        out << tr("Velero's provider for '%1' must be \"azure\" or \"aws\".").arg(cluster);
        return out;
    }
    if (bucket.isEmpty())
        out << tr("Velero's bucket (container) for '%1' is not set.").arg(cluster);
    const QStringList keys = VeleroCliTable::instance().bslConfigKeys(provider);
    for (auto it = config.cbegin(); it != config.cend(); ++it)
        if (!keys.contains(it.key()))
            out << tr("'%1' is not a backup location config key the %2 plugin accepts (cluster '%3').")
                       .arg(it.key(), provider, cluster);
    const auto has = [this](const char* key) { return !config.value(QString::fromLatin1(key)).isEmpty(); };
    if (provider == QLatin1String("azure")) {
        if (!has("storageAccount"))
            out << tr("Velero's storageAccount for '%1' is not set.").arg(cluster);
        if (!has("storageAccountKeyEnvVar") && !has("useAAD") && !has("resourceGroup"))
            out << tr("Velero's location for '%1' names no way to authenticate: set storageAccountKeyEnvVar "
                      "(account "
                      "key), useAAD=true (service principal) or resourceGroup (service principal with key "
                      "listing).")
                       .arg(cluster);
    } else if (!has("region")) {
        out << tr("Velero's region for '%1' is not set (the AWS plugin needs one; MinIO takes any, e.g. "
                  "minio).")
                   .arg(cluster);
    }
    return out;
}

QString RestorePlan::scenarioKey(Scenario s) {
    return s == Scenario::NewSite ? QStringLiteral("new-site") : QStringLiteral("corruption");
}

std::optional<RestorePlan::Scenario> RestorePlan::scenarioFromKey(const QString& key) {
    if (key == QLatin1String("new-site"))
        return Scenario::NewSite;
    if (key == QLatin1String("corruption"))
        return Scenario::Corruption;
    return std::nullopt;
}

QString RestorePlan::makeRestoreName(const QString& cluster, const QDateTime& when) {
    return QStringLiteral("%1-restore-%2")
        .arg(cluster, when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")));
}

Result<RestorePlan> RestorePlan::fromJson(const nlohmann::json& j) {
    if (!j.is_object() || jsonfield::string(j, "format") != QLatin1String(kFormat))
        return Error::make(Error::Kind::BadInput,
                           tr("This is not a restore plan (the \"format\" field is not "
                              "\"%1\").")
                               .arg(QLatin1String(kFormat)));
    if (const auto version = jsonfield::integer(j, "version"); !version || *version > kVersion)
        return Error::make(Error::Kind::BadInput,
                           tr("The restore plan's version is missing or newer than this app understands "
                              "(%1).")
                               .arg(kVersion));
    RestorePlan p;
    p.id = jsonfield::string(j, "id");
    const auto scenario = scenarioFromKey(jsonfield::string(j, "scenario"));
    if (!scenario)
        return Error::make(Error::Kind::BadInput,
                           tr("The restore plan's scenario must be \"new-site\" or \"corruption\"."));
    p.scenario = *scenario;
    p.deployment = jsonfield::string(j, "deployment");
    p.snapshotDir = jsonfield::string(j, "snapshot");
    p.store = jsonfield::string(j, "store");
    p.credentialsFile = jsonfield::string(j, "credentialsFile");
    // Plans of version 1 kept one velero block for every cluster: it is each cluster's default.
    const VeleroInstallPlan shared =
        j.contains("velero") ? veleroFromJson(j.at("velero"), p.credentialsFile) : VeleroInstallPlan{};
    if (const auto rpo = jsonfield::integer(j, "rpoHours"))
        p.rpoHours = *rpo;
    p.createdAt = QDateTime::fromString(jsonfield::string(j, "createdAt"), Qt::ISODate);
    if (!j.contains("clusters") || !j.at("clusters").is_array())
        return Error::make(Error::Kind::BadInput, tr("The restore plan has no \"clusters\" list."));
    for (const auto& c : j.at("clusters")) {
        if (!c.is_object())
            return Error::make(Error::Kind::BadInput, tr("Every entry of \"clusters\" must be an object."));
        ClusterRestorePlan cp;
        cp.cluster = jsonfield::string(c, "name");
        cp.backup = jsonfield::string(c, "backup");
        cp.restoreName = jsonfield::string(c, "restoreName");
        cp.storePrefix = c.contains("storePrefix") ? jsonfield::string(c, "storePrefix") : cp.cluster;
        cp.includeNamespaces = jsonfield::stringList(c, "includeNamespaces");
        cp.excludeNamespaces = jsonfield::stringList(c, "excludeNamespaces");
        cp.includeResources = jsonfield::stringList(c, "includeResources");
        cp.excludeResources = jsonfield::stringList(c, "excludeResources");
        if (c.contains("namespaceMappings") && c.at("namespaceMappings").is_object())
            for (const auto& [k, v] : c.at("namespaceMappings").items())
                if (v.is_string())
                    cp.namespaceMappings.insert(QString::fromStdString(k),
                                                QString::fromStdString(v.get<std::string>()));
        if (c.contains("restoreVolumes") && c.at("restoreVolumes").is_boolean())
            cp.restoreVolumes = c.at("restoreVolumes").get<bool>();
        if (c.contains("existingResourcePolicy"))
            cp.existingResourcePolicy = jsonfield::string(c, "existingResourcePolicy");
        cp.velero = c.contains("velero") ? veleroFromJson(c.at("velero"), p.credentialsFile) : shared;
        p.clusters.append(cp);
    }
    const QStringList bad = p.problems();
    if (!bad.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           tr("The restore plan cannot be used: %1").arg(bad.join(QLatin1Char(' '))));
    return p;
}

nlohmann::json RestorePlan::toJson() const {
    nlohmann::json j;
    j["format"] = kFormat;
    j["version"] = kVersion;
    j["id"] = id.toStdString();
    j["scenario"] = scenarioKey(scenario).toStdString();
    j["deployment"] = deployment.toStdString();
    if (!snapshotDir.isEmpty())
        j["snapshot"] = snapshotDir.toStdString();
    j["store"] = store.toStdString();
    if (!credentialsFile.isEmpty())
        j["credentialsFile"] = credentialsFile.toStdString();
    j["rpoHours"] = rpoHours;
    j["createdAt"] = createdAt.toUTC().toString(Qt::ISODate).toStdString();
    auto list = nlohmann::json::array();
    for (const ClusterRestorePlan& c : clusters) {
        nlohmann::json e;
        e["name"] = c.cluster.toStdString();
        e["backup"] = c.backup.toStdString();
        e["restoreName"] = c.restoreName.toStdString();
        e["storePrefix"] = c.storePrefix.toStdString();
        e["includeNamespaces"] = toJsonList(c.includeNamespaces);
        e["excludeNamespaces"] = toJsonList(c.excludeNamespaces);
        e["includeResources"] = toJsonList(c.includeResources);
        e["excludeResources"] = toJsonList(c.excludeResources);
        auto m = nlohmann::json::object();
        for (auto it = c.namespaceMappings.cbegin(); it != c.namespaceMappings.cend(); ++it)
            m[it.key().toStdString()] = it.value().toStdString();
        e["namespaceMappings"] = m;
        e["restoreVolumes"] = c.restoreVolumes;
        e["existingResourcePolicy"] = c.existingResourcePolicy.toStdString();
        e["velero"] = veleroToJson(c.velero);
        list.push_back(e);
    }
    j["clusters"] = list;
    return j;
}

Result<RestorePlan> RestorePlan::load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           tr("Could not open the restore plan %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxPlanBytes)
        return Error::make(Error::Kind::BadInput,
                           tr("The restore plan %1 is too large to be a plan.").arg(path));
    const QByteArray data = f.readAll();
    const auto j = parseBoundedJson(data);
    if (j.is_discarded())
        return Error::make(Error::Kind::BadInput, tr("The restore plan %1 is not valid JSON.").arg(path));
    auto plan = fromJson(j);
    if (!plan)
        return Error::make(plan.error().kind, QStringLiteral("%1: %2").arg(path, plan.error().message));
    return plan;
}

Status RestorePlan::save(const QString& path) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not write the restore plan %1: %2").arg(path, f.errorString()));
    f.write(QByteArray::fromStdString(toJson().dump(2)) + '\n');
    if (!f.commit())
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not write the restore plan %1: %2").arg(path, f.errorString()));
    return {};
}

QStringList RestorePlan::problems() const {
    QStringList out;
    if (id.isEmpty() || QUuid::fromString(id).isNull())
        out << tr("The plan has no valid \"id\".");
    if (deployment.isEmpty())
        out << tr("The plan names no deployment.");
    if (scenario == Scenario::Corruption && snapshotDir.isEmpty())
        out << tr("The corruption scenario needs the configuration snapshot to rebuild from (\"snapshot\").");
    if (store.isEmpty())
        out << tr("The plan names no backup storage (\"store\").");
    if (clusters.isEmpty())
        out << tr("The plan restores no cluster.");
    QStringList seen;
    for (const ClusterRestorePlan& c : clusters) {
        if (!validClusterName(c.cluster))
            out << tr("'%1' is not a valid cluster name (lowercase letters, digits and '-', 3-32 "
                      "characters, starting with a letter).")
                       .arg(c.cluster);
        if (seen.contains(c.cluster))
            out << tr("The cluster '%1' is listed twice.").arg(c.cluster);
        seen << c.cluster;
        if (c.backup.isEmpty())
            out << tr("No backup is chosen for the cluster '%1'.").arg(c.cluster);
        if (c.restoreName.isEmpty())
            out << tr("The cluster '%1' has no restore name.").arg(c.cluster);
        if (c.existingResourcePolicy != QLatin1String("none") &&
            c.existingResourcePolicy != QLatin1String("update"))
            out << tr("The existing-resource policy of '%1' must be \"none\" or \"update\".").arg(c.cluster);
        out << c.velero.problems(c.cluster);
    }
    return out;
}

QString RestorePlan::storeFor(const ClusterRestorePlan& c) const {
    if (c.storePrefix.isEmpty())
        return store;
    QString root = store;
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    return root + QLatin1Char('/') + c.storePrefix;
}

const ClusterRestorePlan* RestorePlan::cluster(const QString& name) const {
    for (const ClusterRestorePlan& c : clusters)
        if (c.cluster == name)
            return &c;
    return nullptr;
}

} // namespace aks
