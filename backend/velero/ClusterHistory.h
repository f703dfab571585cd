#pragma once

#include "VeleroBackup.h"
#include "VeleroBsl.h"
#include "VeleroRestore.h"
#include "VeleroSchedule.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace aks {

// What Velero on one workload cluster says about its backups, read in one go.
struct ClusterHistory {
    QString cluster;
    QList<VeleroBackup> backups;
    QList<VeleroSchedule> schedules;
    QList<VeleroBsl> locations;
    QList<VeleroRestore> restores;
    QDateTime loadedAt; // UTC
    QString error;      // non-empty: this cluster could not be read (the lists are empty)
    QString errorDetail;

    bool ok() const { return error.isEmpty(); }
};

} // namespace aks
