#pragma once

#include "PowerShellExecutor.h"

#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace aks {

// One PowerShell host kept running for the life of the environment, so AksHci is imported once.
// A dedicated thread owns the QProcess (QProcess belongs to the thread that made it); callers on any
// thread queue a request and wait, honouring their cancel token. The host is restarted on the next
// request after it died, hung (timeout) or was stopped by a cancel.
class LongLivedPowerShell : public PowerShellExecutor {
public:
    explicit LongLivedPowerShell(EnvironmentConfig env);
    ~LongLivedPowerShell() override;

    Result<QByteArray> execute(const PsRequest& request, const CancelToken& cancel) override;
    int processesStarted() const override { return m_started.load(); }

private:
    struct Pending {
        PsRequest request;
        CancelToken cancel;
        bool taken = false;
        bool done = false;
        std::optional<Result<QByteArray>> result;
    };
    class HostThread;
    friend class HostThread;

    void complete(const std::shared_ptr<Pending>& p, Result<QByteArray> r);

    EnvironmentConfig m_env;
    std::atomic_int m_started{0};
    std::mutex m_mutex;
    std::condition_variable m_queueChanged; // the host thread waits here
    std::condition_variable m_doneChanged;  // callers wait here
    std::deque<std::shared_ptr<Pending>> m_queue;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace aks
