#pragma once

#include "RestorePlan.h"
#include "jobs/JobContext.h"

#include <QCoreApplication>
#include <QMap>

namespace aks {

// The backups each cluster of a plan can be restored from: what its store holds, newest first.
// The Plan page offers them and refuses a name that is not among them.
struct BackupChoices {
    Q_DECLARE_TR_FUNCTIONS(BackupChoices)
public:
    QMap<QString, QStringList> byCluster; // a cluster whose store could not be listed is missing
    QStringList notes;                    // why a store could not be listed

    static BackupChoices list(const RestorePlan& plan, const JobContext& job);
};

} // namespace aks
