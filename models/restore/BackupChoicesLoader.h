#pragma once

#include "restore/RestorePlan.h"

#include <QMap>
#include <QObject>
#include <QStringList>

namespace aks {

class JobManager;

// Lists, as a job, the backups each cluster of a plan can be restored from, for the Plan page to
// offer; a run that cannot list anything says nothing.
class BackupChoicesLoader : public QObject {
    Q_OBJECT
public:
    explicit BackupChoicesLoader(JobManager* jobs, QObject* parent = nullptr);
    void list(const RestorePlan& plan);

signals:
    // byCluster: the backups per cluster, newest first; notes: why a store could not be listed.
    void listed(const QMap<QString, QStringList>& byCluster, const QStringList& notes);

private:
    JobManager* m_jobs;
};

} // namespace aks
