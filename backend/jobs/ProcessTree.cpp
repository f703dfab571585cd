#include "ProcessTree.h"

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace aks {

#ifdef Q_OS_WIN

ProcessTree::ProcessTree(QProcess& process) : m_process(process) {
    // Closing the last handle of a job with this limit ends every process in it, so a crash of
    // ours does not leave PowerShell or velero running either.
    m_job = CreateJobObjectW(nullptr, nullptr);
    if (m_job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        SetInformationJobObject(static_cast<HANDLE>(m_job), JobObjectExtendedLimitInformation, &limits,
                                sizeof limits);
    }
}

ProcessTree::~ProcessTree() {
    if (m_job)
        CloseHandle(static_cast<HANDLE>(m_job));
}

void ProcessTree::started() {
    m_pid = m_process.processId();
    if (!m_job || m_pid <= 0)
        return;
    // Assigned right after start: a grandchild started in that instant would escape the job, which
    // neither PowerShell nor velero does before reading its input.
    if (HANDLE h = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(m_pid))) {
        AssignProcessToJobObject(static_cast<HANDLE>(m_job), h);
        CloseHandle(h);
    }
}

void ProcessTree::terminate() {
    m_process.terminate();
}

void ProcessTree::kill() {
    if (m_job)
        TerminateJobObject(static_cast<HANDLE>(m_job), 1);
    else
        m_process.kill();
}

#else

ProcessTree::ProcessTree(QProcess& process) : m_process(process) {
    // The child leads a new process group, so one signal reaches everything it starts.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
}

ProcessTree::~ProcessTree() = default;

void ProcessTree::started() {
    m_pid = m_process.processId();
}

namespace {
void signalProcessGroup(qint64 pid, int sig) {
    if (pid <= 0)
        return;
    if (::kill(-pid_t(pid), sig) != 0)
        ::kill(pid_t(pid), sig);
}
} // namespace

void ProcessTree::terminate() {
    signalProcessGroup(m_pid, SIGTERM);
}

void ProcessTree::kill() {
    signalProcessGroup(m_pid, SIGKILL);
}

#endif

} // namespace aks
