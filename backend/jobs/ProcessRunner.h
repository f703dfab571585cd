#pragma once

#include "CancelToken.h"
#include "ProcessSpec.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <nlohmann/json_fwd.hpp>

namespace aks {

// Runs one external program to completion on the calling (worker) thread: streams its output as
// lines, enforces the timeout, honours cancellation, and kills the whole process group when it has
// to stop it. Never call it on the UI thread; JobManager runs it for the UI.
class ProcessRunner {
    Q_DECLARE_TR_FUNCTIONS(ProcessRunner)

public:
    static Result<ProcessResult> run(const ProcessSpec& spec, const CancelToken& cancel = {});

    // run(), then a zero exit code required and stdout parsed as JSON.
    static Result<nlohmann::json> runJson(const ProcessSpec& spec, const CancelToken& cancel = {});

    static constexpr int kStderrTailLines = 20;
};

} // namespace aks
