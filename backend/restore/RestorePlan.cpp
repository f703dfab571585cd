#include "RestorePlan.h"
#include "core/BoundedJson.h"

#include "store/StoreSpec.h"
#include "velero/KubeNames.h"

#include <QCryptographicHash>
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

// One container image reference as `velero install --plugins` takes it (registry, path, tag or
// digest): nothing that could read as another flag or break the comma-separated list.
bool validImage(const QString& image) {
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]{1,5})?(/[a-z0-9]+([._-][a-z0-9]+)*)+"
                       "(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?")));
    return re.match(image).hasMatch();
}

// Azure container and S3 bucket names share this shape.
bool validBucket(const QString& bucket) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")));
    return re.match(bucket).hasMatch();
}

bool validPrefix(const QString& prefix) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._/-]{0,253}")));
    return re.match(prefix).hasMatch() && !prefix.contains(QLatin1String(".."));
}

// A --backup-location-config key=value pair: no ',', '=' or blanks, which would add another pair.
bool validConfigPair(const QString& key, const QString& value) {
    static const QRegularExpression keyRe(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z][A-Za-z0-9]{0,63}")));
    static const QRegularExpression valueRe(QRegularExpression::anchoredPattern(QStringLiteral("[^,=\\s]+")));
    return keyRe.match(key).hasMatch() && valueRe.match(value).hasMatch() &&
           !value.startsWith(QLatin1Char('-'));
}

bool validSubscriptionId(const QString& id) {
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")));
    return re.match(id).hasMatch();
}

// The plan's JSON as "setting -> value" lines, clusters keyed by name, for differencesFrom().
QMap<QString, QString> flatten(const nlohmann::json& j, const QString& prefix) {
    QMap<QString, QString> out;
    for (const auto& [k, v] : j.items()) {
        const QString key = prefix.isEmpty() ? QString::fromStdString(k)
                                             : prefix + QLatin1Char('.') + QString::fromStdString(k);
        if (v.is_object() && !v.empty())
            out.insert(flatten(v, key));
        else
            out.insert(key, v.is_string() ? QString::fromStdString(v.get<std::string>())
                                          : QString::fromStdString(v.dump()));
    }
    return out;
}

QString describeChanges(const QMap<QString, QString>& before, const QMap<QString, QString>& after,
                        const QString& where) {
    QStringList out;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& k : keys) {
        const QString label = where.isEmpty() ? k : QStringLiteral("%1: %2").arg(where, k);
        if (!before.contains(k))
            out << RestorePlan::tr("%1 added (\"%2\")").arg(label, after.value(k));
        else if (!after.contains(k))
            out << RestorePlan::tr("%1 removed (was \"%2\")").arg(label, before.value(k));
        else if (before.value(k) != after.value(k))
            out << RestorePlan::tr("%1 changed from \"%2\" to \"%3\"")
                       .arg(label, before.value(k), after.value(k));
    }
    return out.join(QStringLiteral("; "));
}

nlohmann::json canonical(const RestorePlan& p) {
    // Through the plan file's own reading, so a plan built in memory and the same plan read back from
    // a file or journal (where loading fills in defaults, e.g. per-cluster Velero settings) agree.
    auto read = RestorePlan::fromJson(p.toJson());
    nlohmann::json j = read ? read->toJson() : p.toJson();
    j.erase("createdAt"); // when the plan was written does not change what it runs
    return j;
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
        if (c.contains("allowPartiallyFailed") && c.at("allowPartiallyFailed").is_boolean())
            cp.allowPartiallyFailed = c.at("allowPartiallyFailed").get<bool>();
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
        if (c.allowPartiallyFailed) // only when set: the digest of older plans stays the same
            e["allowPartiallyFailed"] = true;
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
    // A folder store (the demo) names its folder as the bucket; cloud stores follow the naming rules.
    const auto spec = StoreSpec::parse(store);
    const bool cloud =
        spec && spec->kind != StoreSpec::Kind::LocalFolder && spec->kind != StoreSpec::Kind::Tarball;
    for (const ClusterRestorePlan& c : clusters) {
        const VeleroInstallPlan& velero = c.velero;
        if (!velero.plugin.isEmpty())
            for (const QString& image : velero.plugin.split(QLatin1Char(',')))
                if (!validImage(image))
                    out << tr("'%1' is not a container image reference for Velero's plugin "
                              "(registry/path:tag or @sha256:digest).")
                               .arg(image);
        if (cloud && !velero.bucket.isEmpty() && !validBucket(velero.bucket))
            out << tr("'%1' is not a valid bucket or blob container name (3-63 lowercase letters, digits, "
                      "'.' and '-').")
                       .arg(velero.bucket);
        for (auto it = velero.config.cbegin(); it != velero.config.cend(); ++it)
            if (!validConfigPair(it.key(), it.value()))
                out << tr("The backup location setting '%1' cannot be passed to Velero (no ',', '=', blanks "
                          "or leading '-').")
                           .arg(it.key());
        const QString subscription = velero.config.value(QStringLiteral("subscriptionId"));
        if (!subscription.isEmpty() && !validSubscriptionId(subscription))
            out << tr("The subscription id '%1' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")
                       .arg(subscription);
    }
    for (const ClusterRestorePlan& c : clusters) {
        if (!c.storePrefix.isEmpty() && !validPrefix(c.storePrefix))
            out << tr("The storage prefix '%1' of '%2' is not a valid prefix.").arg(c.storePrefix, c.cluster);
        QList<Status> checks;
        if (!c.backup.isEmpty())
            checks << KubeNames::checkSubdomain(c.backup, tr("backup name"));
        if (!c.restoreName.isEmpty())
            checks << KubeNames::checkSubdomain(c.restoreName, tr("restore name"));
        checks << KubeNames::checkNamespaces(c.includeNamespaces, tr("included namespace"))
               << KubeNames::checkNamespaces(c.excludeNamespaces, tr("excluded namespace"))
               << KubeNames::checkResources(c.includeResources, tr("included resource"))
               << KubeNames::checkResources(c.excludeResources, tr("excluded resource"))
               << KubeNames::checkNamespaces(c.namespaceMappings.keys(), tr("mapped namespace"))
               << KubeNames::checkNamespaces(c.namespaceMappings.values(), tr("mapped namespace"));
        for (const Status& st : checks)
            if (!st)
                out << tr("Cluster '%1': %2").arg(c.cluster, st.error().message);
    }
    return out;
}

QString RestorePlan::digest() const {
    const std::string text = canonical(*this).dump(-1, ' ', true);
    return QString::fromLatin1(QCryptographicHash::hash(QByteArrayView(text.data(), qsizetype(text.size())),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

QStringList RestorePlan::differencesFrom(const RestorePlan& before) const {
    nlohmann::json a = canonical(before);
    nlohmann::json b = canonical(*this);
    QStringList out;
    // Clusters are compared by name, so a reordered list is no change and a moved backup is named.
    QMap<QString, nlohmann::json> ca, cb;
    for (const auto& c : a.at("clusters"))
        ca.insert(QString::fromStdString(c.value("name", "")), c);
    for (const auto& c : b.at("clusters"))
        cb.insert(QString::fromStdString(c.value("name", "")), c);
    a.erase("clusters");
    b.erase("clusters");
    if (const QString d = describeChanges(flatten(a, {}), flatten(b, {}), {}); !d.isEmpty())
        out << d;
    for (auto it = ca.cbegin(); it != ca.cend(); ++it) {
        if (!cb.contains(it.key()))
            out << tr("cluster %1 removed").arg(it.key());
        else if (const QString d = describeChanges(flatten(it.value(), {}), flatten(cb.value(it.key()), {}),
                                                   tr("cluster %1").arg(it.key()));
                 !d.isEmpty())
            out << d;
    }
    for (auto it = cb.cbegin(); it != cb.cend(); ++it)
        if (!ca.contains(it.key()))
            out << tr("cluster %1 added (backup %2)")
                       .arg(it.key(), QString::fromStdString(it.value().value("backup", "")));
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
