#pragma once

#include "RecoveryTarget.h"
#include "RestorePlan.h"
#include "core/Result.h"
#include "jobs/CancelToken.h"
#include "velero/KubeObjects.h"

#include <QList>
#include <QMap>
#include <QString>

namespace aks {

class BackupStore;

// The storage the volume claims a restore brings back need: each claim's storage class ("" means the
// cluster's default class) and the CSI driver of the volume it was bound to, read from the backup's
// tarball. A claim whose class or driver the new cluster lacks stays Pending, its data not restored.
class BackupStorageNeeds {
public:
    // The claims of the namespaces and resources the plan restores.
    static Result<BackupStorageNeeds> read(BackupStore& store, const ClusterRestorePlan& plan,
                                           const CancelToken& cancel);

    bool isEmpty() const { return m_claimClass.isEmpty(); }
    // What the cluster with these classes and CSI drivers lacks, each named once with its claims.
    QList<MissingStorage> missingIn(const QList<KubeStorageClass>& classes,
                                    const QStringList& csiDrivers) const;

private:
    QMap<QString, QString> m_claimClass;   // ns/name -> class
    QMap<QString, QString> m_claimVolume;  // ns/name -> PV name
    QMap<QString, QString> m_volumeDriver; // PV name -> spec.csi.driver
};

} // namespace aks
