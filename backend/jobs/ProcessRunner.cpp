#include "ProcessRunner.h"
#include "ProcessTree.h"
#include "core/BoundedJson.h"
#include "core/LineSplitter.h"
#include "core/Logging.h"
#include "core/Redactor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

namespace aks {
namespace {

QString seconds(std::chrono::milliseconds ms) {
    // Computed first: Qt 6.4's lupdate hangs on a division inside translate()'s arguments.
    const int wholeSeconds = int(ms.count() / 1000);
    if (ms.count() % 1000 == 0)
        return QCoreApplication::translate("ProcessRunner", "%n s", nullptr, wholeSeconds);
    return QCoreApplication::translate("ProcessRunner", "%1 ms").arg(ms.count());
}

} // namespace

QString ProcessSpec::describe() const {
    QStringList parts{program};
    for (const QString& a : arguments)
        parts.append(a.contains(QLatin1Char(' ')) ? QLatin1Char('"') + a + QLatin1Char('"') : a);
    return Redactor::redact(parts.join(QLatin1Char(' ')));
}

Result<ProcessResult> ProcessRunner::run(const ProcessSpec& spec, const CancelToken& cancel) {
    const QString name = spec.displayName.isEmpty() ? QFileInfo(spec.program).fileName() : spec.displayName;

    if (spec.program.isEmpty())
        return Error::make(Error::Kind::FailedToStart, tr("No program is configured for this step."));
    if (cancel.isCancelled())
        return Error::make(Error::Kind::Cancelled, tr("'%1' was cancelled before it started.").arg(name));

    QProcess proc;
    proc.setProgram(spec.program);
    proc.setArguments(spec.arguments);
    if (!spec.workingDirectory.isEmpty())
        proc.setWorkingDirectory(spec.workingDirectory);
    proc.setProcessEnvironment(spec.environment);
    ProcessTree tree(proc);

    logLine(LogLevel::Debug, tr("Running: %1").arg(spec.describe()));
    QElapsedTimer clock;
    clock.start();
    proc.start(QIODevice::ReadWrite);
    if (!proc.waitForStarted(30000)) {
        const bool missing = !QFileInfo(spec.program).isAbsolute()
                                 ? QStandardPaths::findExecutable(spec.program).isEmpty()
                                 : !QFileInfo::exists(spec.program);
        QString msg = missing ? tr("Could not start '%1': the program '%2' was not found. Set its path in "
                                   "Settings or on the command line.")
                                    .arg(name, spec.program)
                              : tr("Could not start '%1': %2").arg(name, proc.errorString());
        return Error::make(Error::Kind::FailedToStart, msg, spec.describe());
    }
    tree.started();
    if (!spec.standardInput.isEmpty())
        proc.write(spec.standardInput);
    proc.closeWriteChannel();

    ProcessResult result;
    LineSplitter outLines, errLines;
    QStringList tail;
    qint64 outBytes = 0;
    auto onErr = [&](QByteArrayView line) {
        const QString clean = Redactor::redact(QString::fromUtf8(line));
        tail.append(clean);
        if (tail.size() > kStderrTailLines)
            tail.removeFirst();
        if (spec.onStderrLine)
            spec.onStderrLine(clean);
    };
    auto onOut = [&](QByteArrayView line) {
        if (spec.onStdoutLine)
            spec.onStdoutLine(QString::fromUtf8(line));
    };

    enum class Stop { None, Timeout, Cancel, TooLarge } stop = Stop::None;
    auto drain = [&] {
        const QByteArray out = proc.readAllStandardOutput();
        if (!out.isEmpty()) {
            outBytes += out.size();
            if (spec.keepStdout && outBytes <= spec.maxOutputBytes)
                result.standardOutput.append(out);
            if (spec.onStdoutLine)
                outLines.feed(out, onOut);
        }
        const QByteArray err = proc.readAllStandardError();
        if (!err.isEmpty())
            errLines.feed(err, onErr);
    };

    while (proc.state() != QProcess::NotRunning) {
        proc.waitForFinished(50);
        drain();
        if (stop != Stop::None)
            continue;
        if (cancel.isCancelled())
            stop = Stop::Cancel;
        else if (clock.elapsed() > spec.timeout.count())
            stop = Stop::Timeout;
        else if (outBytes > spec.maxOutputBytes)
            stop = Stop::TooLarge;
        if (stop != Stop::None) {
            tree.terminate();
            if (!proc.waitForFinished(int(spec.killGrace.count()))) {
                tree.kill();
                proc.waitForFinished(2000);
            }
            drain();
        }
    }
    // Children that outlive the leader (a shell's background job) are ended too.
    tree.kill();
    drain();
    outLines.finish(onOut);
    errLines.finish(onErr);
    result.stderrTail = tail;
    result.elapsedMs = clock.elapsed();

    const QString detail = tr("Command: %1").arg(spec.describe()) +
                           (tail.isEmpty() ? QString() : QStringLiteral("\n") + tail.join(QLatin1Char('\n')));
    switch (stop) {
    case Stop::Cancel:
        return Error::make(Error::Kind::Cancelled, tr("'%1' was cancelled.").arg(name), detail);
    case Stop::Timeout:
        return Error::make(Error::Kind::Timeout,
                           tr("'%1' did not finish within %2 and was stopped. The host may be hung or "
                              "overloaded; raise the timeout in Settings if it is just slow.")
                               .arg(name, seconds(spec.timeout)),
                           detail);
    case Stop::TooLarge:
        return Error::make(Error::Kind::BadOutput,
                           tr("'%1' printed more than %2 MB and was stopped.")
                               .arg(name)
                               .arg(spec.maxOutputBytes / (1024 * 1024)),
                           detail);
    case Stop::None:
        break;
    }
    if (proc.exitStatus() == QProcess::CrashExit)
        return Error::make(Error::Kind::Crashed, tr("'%1' crashed before it finished.").arg(name), detail);
    result.exitCode = proc.exitCode();
    logLine(LogLevel::Debug,
            tr("%1 exited with code %2 after %3 ms").arg(name).arg(result.exitCode).arg(result.elapsedMs));
    return result;
}

Result<nlohmann::json> ProcessRunner::runJson(const ProcessSpec& spec, const CancelToken& cancel) {
    auto r = run(spec, cancel);
    if (!r)
        return r.error();
    const QString name = spec.displayName.isEmpty() ? QFileInfo(spec.program).fileName() : spec.displayName;
    const QString detail =
        tr("Command: %1").arg(spec.describe()) +
        (r->stderrTail.isEmpty() ? QString() : QStringLiteral("\n") + r->stderrTail.join(QLatin1Char('\n')));
    if (r->exitCode != 0) {
        const QString last = r->stderrTail.isEmpty() ? QString() : r->stderrTail.last();
        return Error::make(Error::Kind::ExitCode,
                           last.isEmpty()
                               ? tr("'%1' failed with exit code %2.").arg(name).arg(r->exitCode)
                               : tr("'%1' failed with exit code %2: %3").arg(name).arg(r->exitCode).arg(last),
                           detail);
    }
    nlohmann::json j = parseBoundedJson(r->standardOutput);
    if (j.is_discarded())
        return Error::make(
            Error::Kind::BadOutput,
            tr("'%1' printed something that is not valid JSON (or JSON nested too deeply).").arg(name),
            detail);
    return j;
}

} // namespace aks
