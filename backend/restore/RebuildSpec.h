#pragma once

#include "akshci/AksHciParams.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace aks {

struct Snapshot;

// Secrets a rebuild needs that a redacted snapshot does not hold: from the keychain, a secrets
// file or the admin at plan time. Never from a redaction marker.
struct RebuildSecrets {
    QString proxyPassword;
    QString servicePrincipalSecret;
    QString proxyUser; // redacted with the password in a default export

    // {"proxyUser": "...", "proxyPassword": "...", "servicePrincipalSecret": "..."} from a file, or
    // stdin for "-".
    static Result<RebuildSecrets> load(const QString& path);
};

// Something in the snapshot the rebuild cannot replay, found before anything is destroyed.
struct RebuildProblem {
    enum class Kind {
        Unreplayable,        // a setting no documented parameter passes and nothing derives
        Redacted,            // a value (not a secret) was redacted at export
        MissingSecret,       // a secret is needed and not at hand
        MissingRegistration, // Set-AksHciRegistration's inputs are unknown
        Unreadable,          // the document cannot be read at all
    };
    Kind kind = Kind::Unreplayable;
    QString section; // "Management cluster", "Cluster shop-prod", "Cluster shop-prod, node pool x"
    QString setting; // the snapshot's field
    QString fix;     // how to make the rebuild possible
};

// One workload cluster as the rebuild recreates it.
struct ClusterRebuild {
    // A profile the cluster scales with that a reinstall does not bring back: created before the
    // first cluster of the plan that uses it.
    std::optional<AutoScalerProfileParams> newProfile;
    NewClusterParams cluster;
    QList<NewNodePoolParams> pools; // after the first, which New-AksHciCluster creates
};

// What a rebuild replays from a snapshot: the parameters of every script (Set-AksHciConfig,
// Set-AksHciRegistration, New-AksHciCluster, New-AksHciNodePool), the settings the module derives
// itself (compared after the rebuild, never passed), and what it cannot replay. Every field the
// snapshot holds is either read into a parameter, listed as derived or volatile, or a problem: so
// a setting the mapping does not know stops the recovery before Uninstall-AksHci.
class RebuildSpec {
    Q_DECLARE_TR_FUNCTIONS(RebuildSpec)
public:
    // `clusters` empty: every cluster of the snapshot.
    static RebuildSpec fromSnapshot(const Snapshot& snapshot, const QStringList& clusters,
                                    const RebuildSecrets& secrets = {});

    AksHciConfigParams config;
    std::optional<RegistrationParams> registration;
    QList<ClusterRebuild> clusters;
    QList<AutoScalerProfileParams> profiles; // every non-default profile the clusters use
    QList<RebuildProblem> problems;

    // Every setting the rebuild passes, and every derived one, keyed "section / field". Secrets
    // hold their value: compare, never show (masked with settingShown()).
    QMap<QString, QString> settings() const;
    static bool isSecretSetting(const QString& key);

    const ClusterRebuild* cluster(const QString& name) const;
    // The problems as lines an admin can act on.
    QStringList problemLines() const;

    // The settings of the rebuild planned from `planned` that `live` does not have the same:
    // "section / field: snapshot -> live", secrets masked; a value unknown on either side differs.
    static QStringList differences(const RebuildSpec& planned, const RebuildSpec& live);

private:
    QMap<QString, QString> m_derived;
};

} // namespace aks
