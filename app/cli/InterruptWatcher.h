#pragma once

#include "jobs/CancelToken.h"

#include <memory>

namespace aks {

// Turns Ctrl+C and SIGTERM into a cancel of the command's token. A signal handler may not take the
// token's mutex (cancel() wakes waiters under it), so on POSIX the handler only writes a byte to a
// pipe and a thread of this watcher cancels; Windows already runs console handlers on a thread.
class InterruptWatcher {
public:
    explicit InterruptWatcher(CancelToken token);
    ~InterruptWatcher();
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace aks
