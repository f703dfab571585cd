#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <list>
#include <memory>
#include <mutex>

namespace aks {

// Shared flag a job's owner sets and the work checks; cheap to copy into worker code. Work that
// waits does so through sleepUnlessCancelled() or onCancel(), so a cancel wakes it at once instead
// of at the next poll.
class CancelToken {
    struct State;

public:
    // Keeps a callback registered; the destructor unregisters it and waits for a call in progress.
    class Subscription {
    public:
        Subscription() = default;
        Subscription(Subscription&& other) noexcept;
        Subscription& operator=(Subscription&& other) noexcept;
        Subscription(const Subscription&) = delete;
        Subscription& operator=(const Subscription&) = delete;
        ~Subscription();

    private:
        friend class CancelToken;
        void reset();
        std::shared_ptr<State> m_state;
        std::list<std::function<void()>>::iterator m_it;
    };

    CancelToken();

    // Not async-signal-safe (it wakes waiters under a mutex); a signal handler hands over to a thread.
    void cancel() const;
    bool isCancelled() const { return m_state->flag.load(); }

    // Blocks up to `duration`; false as soon as the token is cancelled (also when it already was).
    [[nodiscard]] bool sleepUnlessCancelled(std::chrono::milliseconds duration) const;

    // `fn` runs once, on the cancelling thread, when cancel() is called while the subscription
    // lives (at once, on this thread, if the token is already cancelled). It must be quick and must
    // not take a lock that is held while the subscription is destroyed.
    [[nodiscard]] Subscription onCancel(std::function<void()> fn) const;

private:
    struct State {
        std::atomic_bool flag{false};
        std::mutex mutex;
        std::condition_variable changed;
        std::list<std::function<void()>> callbacks;
    };
    std::shared_ptr<State> m_state;
};

} // namespace aks
