#pragma once

#include "JobContext.h"
#include "core/Result.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace aks {

// Runs work off the UI thread and reports it: every job has a title, progress, output lines, a
// cancel switch and an outcome. The result is handed back on the thread of `context` and dropped if
// that object is gone by then.
class JobManager : public QObject {
    Q_OBJECT
public:
    // How a job ended: a Result with an error of kind Cancelled is a cancelled job, not a failed one.
    enum class Outcome { Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)

    explicit JobManager(QObject* parent = nullptr);
    ~JobManager() override;

    template <typename T>
    int run(const QString& title, std::function<Result<T>(const JobContext&)> work, QObject* context,
            std::function<void(const Result<T>&)> done);

    void cancel(int id);
    void cancelAll();
    int runningCount() const;
    // Blocks until every job finished; for shutdown and tests only.
    bool waitForAll(int msecs);

signals:
    void jobStarted(int id, const QString& title);
    void jobProgress(int id, int done, int total, const QString& text);
    void jobOutput(int id, const QString& line);
    void jobFinished(int id, aks::JobManager::Outcome outcome, const QString& error);

private:
    int beginJob(const QString& title, CancelToken* tokenOut);
    JobContext makeContext(int id, const CancelToken& token);
    void endJob(int id, const Error* error);

    QThreadPool m_pool;
    QHash<int, CancelToken> m_running;
    int m_nextId = 1;
};

template <typename T>
int JobManager::run(const QString& title, std::function<Result<T>(const JobContext&)> work, QObject* context,
                    std::function<void(const Result<T>&)> done) {
    CancelToken token;
    const int id = beginJob(title, &token);
    JobContext ctx = makeContext(id, token);
    QPointer<QObject> guard(context);
    // The manager outlives every job (its destructor cancels and waits), so `this` stays valid here.
    m_pool.start([=, this]() {
        auto result = std::make_shared<Result<T>>(work(ctx));
        QMetaObject::invokeMethod(
            this,
            [=, this]() mutable {
                endJob(id, result->ok() ? nullptr : &result->error());
                if (guard && done)
                    done(*result);
                // A result nobody kept (a stale one above all) is freed off the UI thread.
                if (result.use_count() == 1)
                    m_pool.start([r = std::move(result)]() mutable { r.reset(); });
            },
            Qt::QueuedConnection);
    });
    return id;
}

} // namespace aks
