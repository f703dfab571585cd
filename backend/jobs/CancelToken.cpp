#include "CancelToken.h"

namespace aks {

CancelToken::CancelToken() : m_state(std::make_shared<State>()) {}

void CancelToken::cancel() const {
    std::lock_guard lock(m_state->mutex);
    if (m_state->flag.exchange(true))
        return;
    m_state->changed.notify_all();
    // Under the mutex: a subscription being destroyed waits for its callback to return.
    for (const auto& fn : m_state->callbacks)
        fn();
}

bool CancelToken::sleepUnlessCancelled(std::chrono::milliseconds duration) const {
    std::unique_lock lock(m_state->mutex);
    return !m_state->changed.wait_for(lock, duration, [this] { return m_state->flag.load(); });
}

CancelToken::Subscription CancelToken::onCancel(std::function<void()> fn) const {
    Subscription sub;
    {
        std::lock_guard lock(m_state->mutex);
        if (!m_state->flag.load()) {
            sub.m_state = m_state;
            sub.m_it = m_state->callbacks.insert(m_state->callbacks.end(), std::move(fn));
            return sub;
        }
    }
    fn();
    return sub;
}

CancelToken::Subscription::Subscription(Subscription&& other) noexcept
    : m_state(std::move(other.m_state)), m_it(other.m_it) {}

CancelToken::Subscription& CancelToken::Subscription::operator=(Subscription&& other) noexcept {
    if (this != &other) {
        reset();
        m_state = std::move(other.m_state);
        m_it = other.m_it;
    }
    return *this;
}

CancelToken::Subscription::~Subscription() {
    reset();
}

void CancelToken::Subscription::reset() {
    if (!m_state)
        return;
    std::lock_guard lock(m_state->mutex);
    m_state->callbacks.erase(m_it);
    m_state = nullptr;
}

} // namespace aks
