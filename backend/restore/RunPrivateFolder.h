#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace aks {

// A folder only the user can open (0700) for one run's credentials: the kubeconfigs of the
// clusters and velero install's secret file. A lock file inside says the run is alive, so the
// next start removes the folders of runs that were killed (their lock is stale) and never those
// of another run going on at the same time.
class RunPrivateFolder {
    Q_DECLARE_TR_FUNCTIONS(RunPrivateFolder)
public:
    // Every run's folder is made under `root`; empty means AppPaths::journalDir()/private.
    explicit RunPrivateFolder(QString root = {});
    ~RunPrivateFolder();
    RunPrivateFolder(const RunPrivateFolder&) = delete;
    RunPrivateFolder& operator=(const RunPrivateFolder&) = delete;

    static QString defaultRoot();
    // The folder, made and locked on first use.
    Result<QString> path();
    // Removes the folder and what it holds; a later path() makes a new one.
    void clear();
    // Removes the folders under `root` whose run is gone; returns how many.
    static int sweepStale(const QString& root = {});

private:
    QString m_root;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace aks
