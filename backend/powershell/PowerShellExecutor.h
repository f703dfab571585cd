#pragma once

#include "FrameReader.h"
#include "core/Result.h"
#include "env/EnvironmentConfig.h"
#include "jobs/CancelToken.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace aks {

// One script to run in a PowerShell host; `what` names it in messages (the cmdlet).
struct PsRequest {
    QString script;
    QString what;
    std::chrono::milliseconds timeout{std::chrono::minutes(2)};
};

// Runs request scripts and returns what they printed (JSON text, possibly empty). Blocking and
// thread-safe. Script errors come back as Error::Kind::ExitCode with the error record's message.
class PowerShellExecutor {
    Q_DECLARE_TR_FUNCTIONS(PowerShellExecutor)
public:
    virtual ~PowerShellExecutor() = default;
    virtual Result<QByteArray> execute(const PsRequest& request, const CancelToken& cancel) = 0;
    virtual int processesStarted() const = 0;

    // Long-lived or per-call, as the environment asks.
    static std::unique_ptr<PowerShellExecutor> create(const EnvironmentConfig& env);

protected:
    // Turns a finished frame into the answer or the error an admin reads; the request's host,
    // warning, verbose and information records go to the log (redacted), never into the answer.
    static Result<QByteArray> answer(const PsRequest& request, const FrameReader& frame,
                                     const QStringList& stderrTail);
    static Result<QByteArray> answer(const PsRequest& request, int status, const QString& errorMessage,
                                     const QByteArray& body, const QStringList& stderrTail,
                                     const QString& errorId = {});
    static void logRecords(const PsRequest& request, const QList<PsStreamRecord>& records);
    static QString detail(const PsRequest& request, const QStringList& stderrTail);
};

} // namespace aks
