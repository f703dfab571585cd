#include "LongLivedPowerShell.h"

#include "FrameReader.h"
#include "PowerShellProtocol.h"
#include "core/LineSplitter.h"
#include "core/Logging.h"
#include "core/Redactor.h"
#include "jobs/ProcessTree.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace aks {
namespace {
constexpr qsizetype kStderrLineCap = 64 * 1024;
} // namespace

class LongLivedPowerShell::HostThread : public QThread {
public:
    explicit HostThread(LongLivedPowerShell* owner) : m_owner(owner) {}

protected:
    void run() override {
        for (;;) {
            std::shared_ptr<Pending> p;
            {
                std::unique_lock lock(m_owner->m_mutex);
                m_owner->m_queueChanged.wait(
                    lock, [&] { return m_owner->m_stopping || !m_owner->m_queue.empty(); });
                if (m_owner->m_stopping)
                    break;
                p = m_owner->m_queue.front();
                m_owner->m_queue.pop_front();
                p->taken = true;
            }
            m_owner->complete(p, serve(p->request, p->cancel));
        }
        stopProcess(true);
    }

private:
    bool stopping() {
        std::lock_guard lock(m_owner->m_mutex);
        return m_owner->m_stopping;
    }

    Status ensureStarted(const PsRequest& request) {
        if (m_proc && m_proc->state() == QProcess::Running)
            return {};
        stopProcess(false);
        m_nonce = PowerShellProtocol::newNonce();
        m_proc = std::make_unique<QProcess>();
        m_proc->setProgram(m_owner->m_env.powershell);
        m_proc->setArguments(PowerShellProtocol::arguments(
            PowerShellProtocol::hostScript(m_nonce, m_owner->m_env.remoteHost.isEmpty())));
        m_proc->setProcessEnvironment(m_owner->m_env.processEnvironment);
        m_tree = std::make_unique<ProcessTree>(*m_proc);
        m_stderr.clear();
        m_errLines = LineSplitter(kStderrLineCap);
        ++m_owner->m_started;
        logLine(LogLevel::Info, tr("Starting the PowerShell host %1").arg(m_owner->m_env.powershell));
        m_proc->start(QIODevice::ReadWrite);
        if (!m_proc->waitForStarted(30000)) {
            const QString err = m_proc->errorString();
            m_tree.reset();
            m_proc.reset();
            return Error::make(Error::Kind::FailedToStart,
                               tr("%1: could not start PowerShell '%2' (%3). Check its path in Settings.")
                                   .arg(request.what, m_owner->m_env.powershell, err));
        }
        m_tree->started();
        return {};
    }

    void stopProcess(bool graceful) {
        if (!m_proc)
            return;
        if (graceful && m_proc->state() == QProcess::Running) {
            m_proc->closeWriteChannel();
            m_proc->waitForFinished(2000);
        }
        m_tree->kill();
        m_proc->waitForFinished(2000);
        m_tree.reset();
        m_proc.reset();
    }

    void readStderr() {
        m_errLines.feed(m_proc->readAllStandardError(), [this](QByteArrayView line) {
            m_stderr << Redactor::redact(QString::fromUtf8(line).trimmed());
            while (m_stderr.size() > 20)
                m_stderr.removeFirst();
        });
    }

    Result<QByteArray> serve(const PsRequest& request, const CancelToken& cancel) {
        if (cancel.isCancelled())
            return Error::make(Error::Kind::Cancelled,
                               tr("%1 was cancelled before it started.").arg(request.what));
        if (auto s = ensureStarted(request); !s)
            return s.error();
        m_stderr.clear();
        const quint64 id = ++m_nextId;
        FrameReader reader(m_nonce, id);
        m_proc->write(PowerShellProtocol::requestLine(id, request.script));
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            m_proc->waitForReadyRead(50);
            reader.feed(m_proc->readAllStandardOutput());
            readStderr();
            if (reader.finished())
                return answer(request, reader, m_stderr);
            if (reader.tooLarge()) {
                stopProcess(false);
                return Error::make(
                    Error::Kind::BadOutput,
                    tr("%1 printed too much output; PowerShell was stopped.").arg(request.what),
                    detail(request, m_stderr));
            }
            if (m_proc->state() != QProcess::Running) {
                readStderr();
                const QStringList tail = m_stderr;
                const int code = m_proc->exitCode();
                m_tree.reset();
                m_proc.reset();
                return Error::make(Error::Kind::Crashed,
                                   tr("%1: the PowerShell host ended unexpectedly (exit code %2); it will be "
                                      "restarted on the next call.")
                                       .arg(request.what)
                                       .arg(code),
                                   detail(request, tail));
            }
            if (cancel.isCancelled() || stopping()) {
                stopProcess(false);
                return Error::make(Error::Kind::Cancelled, tr("%1 was cancelled.").arg(request.what));
            }
            if (clock.elapsed() > request.timeout.count()) {
                const QStringList tail = m_stderr;
                stopProcess(false);
                return Error::make(
                    Error::Kind::Timeout,
                    tr("%1 did not answer within %2 s; the PowerShell host was stopped and will "
                       "be restarted. The host may be hung or overloaded.")
                        .arg(request.what)
                        .arg(request.timeout.count() / 1000),
                    detail(request, tail));
            }
        }
    }

    LongLivedPowerShell* m_owner;
    std::unique_ptr<QProcess> m_proc;
    std::unique_ptr<ProcessTree> m_tree; // declared after m_proc: destroyed before it
    QString m_nonce;
    quint64 m_nextId = 0;
    QStringList m_stderr;
    LineSplitter m_errLines{kStderrLineCap};
};

LongLivedPowerShell::LongLivedPowerShell(EnvironmentConfig env) : m_env(std::move(env)) {
    m_thread = std::make_unique<HostThread>(this);
    m_thread->setObjectName(QStringLiteral("PowerShellHost"));
    m_thread->start();
}

LongLivedPowerShell::~LongLivedPowerShell() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (const auto& p : m_queue) {
            p->done = true;
            p->result = Error::make(Error::Kind::Cancelled, tr("%1 was cancelled.").arg(p->request.what));
        }
        m_queue.clear();
    }
    m_queueChanged.notify_all();
    m_doneChanged.notify_all();
    m_thread->wait();
}

void LongLivedPowerShell::complete(const std::shared_ptr<Pending>& p, Result<QByteArray> r) {
    {
        std::lock_guard lock(m_mutex);
        p->result = std::move(r);
        p->done = true;
    }
    m_doneChanged.notify_all();
}

Result<QByteArray> LongLivedPowerShell::execute(const PsRequest& request, const CancelToken& cancel) {
    auto p = std::make_shared<Pending>();
    p->request = request;
    p->cancel = cancel;
    // A cancel wakes the wait below. The empty critical section orders the wake after the waiter's
    // check; `wake` outlives `lock`, so it is never unregistered while m_mutex is held.
    const auto wake = cancel.onCancel([this] {
        { std::lock_guard sync(m_mutex); }
        m_doneChanged.notify_all();
    });
    std::unique_lock lock(m_mutex);
    if (m_stopping)
        return Error::make(Error::Kind::Cancelled, tr("%1 was cancelled.").arg(request.what));
    m_queue.push_back(p);
    m_queueChanged.notify_all();
    // A request still queued is dropped on cancel; a running one is stopped by the host thread.
    m_doneChanged.wait(lock, [&] { return p->done || (!p->taken && cancel.isCancelled()); });
    if (!p->done) {
        std::erase(m_queue, p);
        return Error::make(Error::Kind::Cancelled, tr("%1 was cancelled.").arg(request.what));
    }
    return std::move(*p->result);
}

} // namespace aks
