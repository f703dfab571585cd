#pragma once

#include <atomic>
#include <memory>

namespace aks {

// Shared flag a job's owner sets and the work polls; cheap to copy into worker code.
class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace aks
