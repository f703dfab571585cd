#pragma once

#include "CancelToken.h"

#include <QString>

#include <functional>

namespace aks {

// What a piece of background work sees of its job: the cancel flag, and where to report progress
// and output lines. Works the same for the GUI (signals to the jobs panel) and the command line.
class JobContext {
public:
    using ProgressFn = std::function<void(int done, int total, const QString& text)>;
    using OutputFn = std::function<void(const QString& line)>;

    JobContext() = default;
    JobContext(CancelToken token, ProgressFn progress, OutputFn output)
        : m_token(std::move(token)), m_progress(std::move(progress)), m_output(std::move(output)) {}

    const CancelToken& cancelToken() const { return m_token; }
    bool isCancelled() const { return m_token.isCancelled(); }
    // total < 0: indeterminate
    void setProgress(int done, int total, const QString& text = {}) const {
        if (m_progress)
            m_progress(done, total, text);
    }
    void output(const QString& line) const {
        if (m_output)
            m_output(line);
    }

private:
    CancelToken m_token;
    ProgressFn m_progress;
    OutputFn m_output;
};

} // namespace aks
