#pragma once

#include <QProcess>

namespace aks {

// Keeps a child process and everything it starts together, so the whole tree can be stopped: a
// process group on POSIX, a Job Object on Windows. Construct before QProcess::start(), call
// started() once it runs. One interface, so no caller needs a platform guard.
class ProcessTree {
public:
    explicit ProcessTree(QProcess& process);
    ~ProcessTree();
    ProcessTree(const ProcessTree&) = delete;
    ProcessTree& operator=(const ProcessTree&) = delete;

    // After waitForStarted(): remembers the process (and on Windows puts it into the job).
    void started();
    // Asks the tree to stop (SIGTERM to the group; Windows has no such request for console
    // programs, so this is QProcess::terminate()).
    void terminate();
    // Ends the whole tree now, children that outlived the leader included.
    void kill();

private:
    QProcess& m_process;
    qint64 m_pid = 0;
#ifdef Q_OS_WIN
    void* m_job = nullptr; // HANDLE, kept out of this header so <windows.h> stays in one file
#endif
};

} // namespace aks
