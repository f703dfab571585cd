#include "PowerShellExecutor.h"

#include "LongLivedPowerShell.h"
#include "PerCallPowerShell.h"
#include "core/Redactor.h"

#include <spdlog/spdlog.h>

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

void PowerShellExecutor::logRecords(const PsRequest& request, const QList<PsStreamRecord>& records) {
    for (const PsStreamRecord& r : records) {
        const std::string line =
            Redactor::redact(QStringLiteral("%1 [%2] %3").arg(request.what, r.kind, r.text)).toStdString();
        if (r.kind == QLatin1String("warning") || r.kind == QLatin1String("error"))
            spdlog::warn("{}", line);
        else if (r.kind == QLatin1String("verbose") || r.kind == QLatin1String("debug"))
            spdlog::debug("{}", line);
        else
            spdlog::info("{}", line);
    }
}

Result<QByteArray> PowerShellExecutor::answer(const PsRequest& request, const FrameReader& frame,
                                              const QStringList& stderrTail) {
    logRecords(request, frame.records());
    return answer(request, frame.status(), frame.errorMessage(), frame.body(), stderrTail, frame.errorId());
}

Result<QByteArray> PowerShellExecutor::answer(const PsRequest& request, int status,
                                              const QString& errorMessage, const QByteArray& body,
                                              const QStringList& stderrTail, const QString& errorId) {
    if (status != 0) {
        const QString msg =
            errorMessage.isEmpty() && !stderrTail.isEmpty() ? stderrTail.last() : errorMessage;
        QString d = detail(request, stderrTail);
        // PowerShell's own error id (e.g. NamedParameterNotFound,Set-AksHciConfig) tells a binding
        // mistake from a failure of the module.
        if (!errorId.isEmpty())
            d.prepend(QStringLiteral("FullyQualifiedErrorId : %1\n").arg(Redactor::redact(errorId)));
        return Error::make(Error::Kind::ExitCode,
                           tr("%1 failed: %2").arg(request.what, Redactor::redact(msg)), d);
    }
    return body;
}

} // namespace aks
