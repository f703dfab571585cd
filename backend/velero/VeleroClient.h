#pragma once

#include "InstallOptions.h"
#include "RestoreOptions.h"
#include "VeleroBackup.h"
#include "VeleroBsl.h"
#include "VeleroRestore.h"
#include "VeleroSchedule.h"
#include "VeleroSemVer.h"
#include "VeleroTarget.h"
#include "VeleroVersion.h"
#include "core/Result.h"
#include "env/EnvironmentConfig.h"
#include "jobs/CancelToken.h"
#include "jobs/JobContext.h"
#include "jobs/ProcessSpec.h"

#include <QCoreApplication>
#include <QList>

#include <chrono>

namespace aks {

// The velero CLI, one blocking call per method. Every call passes --kubeconfig, --kubecontext
// and -n from the target, runs through ProcessRunner (argument list, timeout, cancel) and returns
// typed objects. Holds no mutable state: safe to use from several worker threads at once.
class VeleroClient {
    Q_DECLARE_TR_FUNCTIONS(VeleroClient)
public:
    VeleroClient(EnvironmentConfig environment, VeleroTarget target);

    const VeleroTarget& target() const { return m_target; }

    // `velero backup get -o json`: every backup (List or single-object output, empty list).
    Result<QList<VeleroBackup>> backups(const CancelToken& cancel) const;
    // One backup; Error::Kind::NotFound when velero does not know it.
    Result<VeleroBackup> backup(const QString& name, const CancelToken& cancel) const;
    Result<QList<VeleroSchedule>> schedules(const CancelToken& cancel) const;
    Result<QList<VeleroBsl>> backupStorageLocations(const CancelToken& cancel) const;
    Result<QList<VeleroRestore>> restores(const CancelToken& cancel) const;
    Result<VeleroRestore> restore(const QString& name, const CancelToken& cancel) const;
    // `velero restore logs NAME`: the restore's log text.
    Result<QString> restoreLogs(const QString& name, const CancelToken& cancel) const;
    // `velero backup download NAME -o FILE`: the backup's tarball written to file.
    Status downloadBackup(const QString& name, const QString& file, const CancelToken& cancel) const;

    // `velero restore create`; with options.wait it waits for the end, then reads the phase back
    // (a Failed or PartiallyFailed restore is a value here, not an error: check phase).
    Result<VeleroRestore> createRestore(const RestoreOptions& options, const CancelToken& cancel) const;
    // Polls a restore until it finishes, reporting items restored as progress.
    Result<VeleroRestore> waitForRestore(const QString& name, const JobContext& job,
                                         std::chrono::milliseconds interval = std::chrono::seconds(2)) const;

    // `velero install` (and `backup-location create` for a ReadOnly location), built for the CLI's
    // version by VeleroInstallCommand.
    Status install(const InstallOptions& options, const CancelToken& cancel) const;
    // The lines install() runs, global flags included, the temporary secret file as a placeholder.
    Result<QStringList> installPreview(const InstallOptions& options, const VeleroSemVer& client) const;
    // `velero uninstall --force` (without --force velero asks, and a closed stdin means no).
    Status uninstall(const CancelToken& cancel) const;
    // `velero version --client-only`: the CLI's own version, which also picks the server image.
    Result<VeleroSemVer> clientVersion(const CancelToken& cancel) const;
    Result<VeleroVersion> version(const CancelToken& cancel) const;

    // The argument list a call would use (global flags first); exposed for tests and messages.
    QStringList globalArguments() const;
    static QStringList restoreArguments(const RestoreOptions& options);
    static Status validate(const RestoreOptions& options);
    static Status validate(const InstallOptions& options);
    static QString secretFilePlaceholder(const InstallOptions& options);

private:
    ProcessSpec spec(QStringList arguments, const QString& displayName, bool longRunning = false) const;
    template <typename T>
    Result<QList<T>> getList(const QString& noun, const QString& listKind, const QString& name,
                             const CancelToken& cancel) const;

    EnvironmentConfig m_env;
    VeleroTarget m_target;
};

} // namespace aks
