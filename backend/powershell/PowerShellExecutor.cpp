#include "PowerShellExecutor.h"

#include "LongLivedPowerShell.h"
#include "PerCallPowerShell.h"
#include "core/Redactor.h"

namespace aks {

std::unique_ptr<PowerShellExecutor> PowerShellExecutor::create(const EnvironmentConfig& env) {
    if (env.powershellMode == EnvironmentConfig::PowerShellMode::PerCall)
        return std::make_unique<PerCallPowerShell>(env);
    return std::make_unique<LongLivedPowerShell>(env);
}

QString PowerShellExecutor::detail(const PsRequest& request, const QStringList& stderrTail) {
    QString d = tr("Script: %1").arg(Redactor::redact(request.script.left(2000)));
    if (!stderrTail.isEmpty())
        d += QStringLiteral("\n") + Redactor::redact(stderrTail).join(QLatin1Char('\n'));
    return d;
}

Result<QByteArray> PowerShellExecutor::answer(const PsRequest& request, int status,
                                              const QString& errorMessage, const QByteArray& body,
                                              const QStringList& stderrTail) {
    if (status != 0) {
        const QString msg =
            errorMessage.isEmpty() && !stderrTail.isEmpty() ? stderrTail.last() : errorMessage;
        return Error::make(Error::Kind::ExitCode,
                           tr("%1 failed: %2").arg(request.what, Redactor::redact(msg)),
                           detail(request, stderrTail));
    }
    return body;
}

} // namespace aks
