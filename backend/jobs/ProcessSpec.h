#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace aks {

// What to run: a program and its argument list (never a shell string), and how.
struct ProcessSpec {
    QString program;
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QByteArray standardInput; // written then closed; secrets travel here, never in argv
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
    std::chrono::milliseconds killGrace{std::chrono::milliseconds(1000)};
    qint64 maxOutputBytes = 512LL * 1024 * 1024;
    bool keepStdout = true; // false: lines only reach the callbacks (large streams)
    QString displayName;    // e.g. "velero backup get"; defaults to the program's name

    std::function<void(const QString&)> onStdoutLine;
    std::function<void(const QString&)> onStderrLine;

    QString describe() const; // program and arguments for messages, redacted
};

struct ProcessResult {
    int exitCode = 0;
    QByteArray standardOutput;
    QStringList stderrTail; // the last lines, redacted
    qint64 elapsedMs = 0;
};

} // namespace aks
