#include "PerCallPowerShell.h"

#include "FrameReader.h"
#include "PowerShellProtocol.h"
#include "jobs/ProcessRunner.h"

namespace aks {

PerCallPowerShell::PerCallPowerShell(EnvironmentConfig env) : m_env(std::move(env)) {}

Result<QByteArray> PerCallPowerShell::execute(const PsRequest& request, const CancelToken& cancel) {
    const QString nonce = PowerShellProtocol::newNonce();
    ProcessSpec spec;
    spec.program = m_env.powershell;
    spec.arguments =
        PowerShellProtocol::arguments(PowerShellProtocol::hostScript(nonce, m_env.remoteHost.isEmpty()));
    spec.environment = m_env.processEnvironment;
    spec.standardInput = PowerShellProtocol::requestLine(1, request.script);
    spec.timeout = request.timeout;
    spec.displayName = request.what;
    ++m_started;
    auto r = ProcessRunner::run(spec, cancel);
    if (!r)
        return r.error();
    FrameReader reader(nonce, 1);
    reader.feed(r->standardOutput);
    reader.feed("\n");
    if (!reader.finished()) {
        if (r->exitCode != 0)
            return answer(request, 1, {}, {}, r->stderrTail);
        return Error::make(Error::Kind::BadOutput,
                           tr("%1: PowerShell ended without an answer (output cut short or not from "
                              "this app's host script).")
                               .arg(request.what),
                           detail(request, r->stderrTail));
    }
    return answer(request, reader, r->stderrTail);
}

} // namespace aks
