#pragma once

#include "RestorePlan.h"
#include "env/EnvironmentConfig.h"
#include "jobs/JobContext.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <optional>
#include <utility>

namespace aks {

class AksHciClient;

// Writes a plan from the environment as it is: the clusters to restore (the live ones for a new
// site, the snapshot's for corruption), each with the named backup or else its newest backup that
// passes the inspector's verify, and Velero's install settings from a live backup location.
class RestorePlanBuilder {
    Q_DECLARE_TR_FUNCTIONS(RestorePlanBuilder)
public:
    struct Options {
        RestorePlan::Scenario scenario = RestorePlan::Scenario::NewSite;
        QMap<QString, QString> backups; // cluster -> backup chosen by the admin
        QString snapshotDir;            // corruption: required unless captured (captureSnapshotTo)
        QString captureSnapshotTo;      // corruption without snapshotDir: capture one into this folder
        QString store;                  // empty: the demo store, else required
        QString credentialsFile;
        QString veleroPlugin;                  // empty: paired with the velero CLI at install
        VeleroInstallPlan velero;              // where the old location cannot be read
        QMap<QString, QString> veleroPrefixes; // cluster -> prefix, idem (default: the cluster's name)
        int rpoHours = 24;
        QSet<QString> allowPartiallyFailed; // clusters whose PartiallyFailed backup may be restored
    };
    struct Built {
        RestorePlan plan;
        QStringList notes; // what the admin should know (backups outside the RPO, skipped backups)
    };

    static Result<Built> build(const EnvironmentConfig& env, AksHciClient& aks, const Options& options,
                               const JobContext& job);
    // The newest backup in a cluster's store that is Completed and passes verify; notes why newer
    // ones were passed over.
    // The settings and prefix of the cluster's live default backup location, when it answers.
    static std::optional<std::pair<VeleroInstallPlan, QString>> oldLocation(const EnvironmentConfig& env,
                                                                            AksHciClient& aks,
                                                                            const QString& cluster,
                                                                            const JobContext& job);
    static Result<QString> newestVerifiedBackup(const QString& storeString, const QString& credentialsFile,
                                                QStringList* notes, const JobContext& job);
};

} // namespace aks
