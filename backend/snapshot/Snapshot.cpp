#include "Snapshot.h"

#include "SecretRedaction.h"

#include <QFileInfo>

namespace aks {

QStringList Snapshot::clusterNames() const {
    QStringList names;
    for (const SnapshotCluster& c : clusters)
        names.append(c.name);
    return names;
}

const SnapshotCluster* Snapshot::cluster(const QString& name) const {
    for (const SnapshotCluster& c : clusters)
        if (c.name == name)
            return &c;
    return nullptr;
}

void Snapshot::redactSecrets() {
    SecretRedaction::redact(config);
    SecretRedaction::redact(versions);
    SecretRedaction::redact(registration);
    SecretRedaction::redact(autoScalerProfiles);
    for (SnapshotCluster& c : clusters) {
        SecretRedaction::redact(c.cluster);
        SecretRedaction::redact(c.nodePools);
    }
    redacted = true;
}

QString Snapshot::label() const {
    return folder.isEmpty() ? QStringLiteral("live") : QFileInfo(folder).fileName();
}

} // namespace aks
