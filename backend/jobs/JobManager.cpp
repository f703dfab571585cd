#include "JobManager.h"
#include "core/Logging.h"

namespace aks {

JobManager::JobManager(QObject* parent) : QObject(parent) {
    // Jobs mostly wait on child processes and the network, so more threads than cores is right.
    m_pool.setMaxThreadCount(8);
}

JobManager::~JobManager() {
    cancelAll();
    m_pool.waitForDone(); // cancelled processes end within their kill grace
}

int JobManager::beginJob(const QString& title, CancelToken* tokenOut) {
    const int id = m_nextId++;
    m_running.insert(id, *tokenOut);
    logLine(LogLevel::Info, tr("Job %1 started: %2").arg(id).arg(title));
    emit jobStarted(id, title);
    return id;
}

JobContext JobManager::makeContext(int id, const CancelToken& token) {
    // Called from worker threads; the manager outlives its jobs, and the signal is emitted on its thread.
    auto progress = [this, id](int done, int total, const QString& text) {
        QMetaObject::invokeMethod(
            this, [this, id, done, total, text] { emit jobProgress(id, done, total, text); },
            Qt::QueuedConnection);
    };
    auto output = [this, id](const QString& line) {
        QMetaObject::invokeMethod(
            this, [this, id, line] { emit jobOutput(id, line); }, Qt::QueuedConnection);
    };
    return JobContext(token, progress, output);
}

void JobManager::endJob(int id, const Error* error) {
    m_running.remove(id);
    if (!error) {
        logLine(LogLevel::Info, tr("Job %1 finished").arg(id));
        emit jobFinished(id, Outcome::Succeeded, {});
        return;
    }
    const bool cancelled = error->kind == Error::Kind::Cancelled;
    if (cancelled)
        logLine(LogLevel::Info, tr("Job %1 cancelled: %2").arg(id).arg(error->message));
    else
        logLine(LogLevel::Warning, tr("Job %1 failed: %2").arg(id).arg(error->message));
    emit jobFinished(id, cancelled ? Outcome::Cancelled : Outcome::Failed, error->message);
}

void JobManager::cancel(int id) {
    const auto it = m_running.constFind(id);
    if (it != m_running.constEnd()) {
        logLine(LogLevel::Info, tr("Job %1: cancel requested").arg(id));
        it->cancel();
    }
}

void JobManager::cancelAll() {
    for (const CancelToken& t : std::as_const(m_running))
        t.cancel();
}

int JobManager::runningCount() const {
    return int(m_running.size());
}

bool JobManager::waitForAll(int msecs) {
    return m_pool.waitForDone(msecs);
}

} // namespace aks
