#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace aks {

// How Velero is installed on one cluster where it is missing: its old backup storage location, read
// from the live location when it could be, else given by the admin. The credentials are looked up
// (the file named here, else keychain and environment for the store), never kept in the plan.
struct VeleroInstallPlan {
    Q_DECLARE_TR_FUNCTIONS(VeleroInstallPlan)
public:
    QString provider; // azure | aws (MinIO and other S3 stores)
    QString plugin;   // empty: the tag the compatibility table pairs with the velero CLI
    QString bucket;
    QMap<QString, QString> config; // every --backup-location-config key of the old location
    QString credentialsFile;       // velero --secret-file; empty: the store's credentials
    QString source;                // "location" (read from the old BSL) or "user"

    bool operator==(const VeleroInstallPlan&) const = default;
    // What keeps Velero's location from authenticating with its plugin, said so an admin can fix it.
    QStringList problems(const QString& cluster) const;
};

// How one workload cluster is restored: from which backup, into the cluster of the same name, with
// the options of `velero restore create`.
struct ClusterRestorePlan {
    QString cluster;
    QString backup;
    QString restoreName; // fixed when the plan is written, so a resumed run finds its own restore
    QString storePrefix; // the cluster's backup location prefix inside the plan's store
    QStringList includeNamespaces;
    QStringList excludeNamespaces;
    QStringList includeResources;
    QStringList excludeResources;
    QMap<QString, QString> namespaceMappings; // old -> new
    bool restoreVolumes = true;
    QString existingResourcePolicy = QStringLiteral("none"); // none | update
    // A PartiallyFailed backup is refused unless the admin explicitly accepts its missing items.
    bool allowPartiallyFailed = false;
    VeleroInstallPlan velero; // its prefix is storePrefix

    bool overwritesExisting() const { return existingResourcePolicy == QLatin1String("update"); }
};

// The draft the wizard edits and the CLI writes and runs: one recovery scenario over a deployment.
struct RestorePlan {
    Q_DECLARE_TR_FUNCTIONS(RestorePlan)
public:
    enum class Scenario { NewSite, Corruption };

    QString id; // names the plan's journal
    Scenario scenario = Scenario::NewSite;
    QString deployment;
    QString snapshotDir;     // Corruption: the saved configuration to rebuild from
    QString store;           // the backup storage as a store string (folder, azure://, s3://), without prefix
    QString credentialsFile; // optional velero --secret-file to read the storage secret from
    int rpoHours = 24;
    QDateTime createdAt;
    QList<ClusterRestorePlan> clusters;

    static QString scenarioKey(Scenario s);
    static std::optional<Scenario> scenarioFromKey(const QString& key);
    static QString makeRestoreName(const QString& cluster, const QDateTime& when);

    // Throws nothing: a malformed file is an Error naming what is wrong.
    static Result<RestorePlan> fromJson(const nlohmann::json& j);
    nlohmann::json toJson() const;

    static Result<RestorePlan> load(const QString& path);
    Status save(const QString& path) const; // atomic

    // Plain problems that make the plan unusable, said so an admin can fix the file.
    QStringList problems() const;
    // sha256 (hex) of the canonical form of everything that decides what runs: every field but
    // createdAt. A journal keeps it so a resumed run can prove it continues the very same plan.
    QString digest() const;
    // What differs from `before`, one line per change, naming the cluster, backup or setting.
    QStringList differencesFrom(const RestorePlan& before) const;
    const ClusterRestorePlan* cluster(const QString& name) const;
    // The store string of one cluster's backup location (the store plus its prefix).
    QString storeFor(const ClusterRestorePlan& c) const;
};

} // namespace aks
