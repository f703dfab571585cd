#pragma once

#include "core/Result.h"
#include "snapshot/SnapshotCatalog.h"

#include <QObject>

namespace aks {

class JobManager;

// The configuration snapshots the Scenario page offers: lists those taken on this machine as a
// job, and checks the folder the admin chose.
class SnapshotChoicesLoader : public QObject {
    Q_OBJECT
public:
    explicit SnapshotChoicesLoader(JobManager* jobs, QObject* parent = nullptr);

    // Where snapshots are taken and looked for.
    static QString folder();
    // The snapshot in `folder`, every checksum verified; an error says what is wrong with it.
    static Result<SnapshotInfo> check(const QString& folder);
    void list();

signals:
    // The snapshots in `folder`, newest first; none when it could not be listed.
    void listed(const QString& folder, const QList<aks::SnapshotInfo>& snapshots);

private:
    JobManager* m_jobs;
};

} // namespace aks
