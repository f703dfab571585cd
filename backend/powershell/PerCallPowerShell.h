#pragma once

#include "PowerShellExecutor.h"

#include <atomic>

namespace aks {

// One PowerShell process per request: slower (the module is imported every time) but nothing is
// shared between calls. The same host script and framing as the long-lived host, stdin then closed.
class PerCallPowerShell : public PowerShellExecutor {
public:
    explicit PerCallPowerShell(EnvironmentConfig env);
    Result<QByteArray> execute(const PsRequest& request, const CancelToken& cancel) override;
    int processesStarted() const override { return m_started.load(); }

private:
    EnvironmentConfig m_env;
    std::atomic_int m_started{0};
};

} // namespace aks
