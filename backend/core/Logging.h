#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace aks {

enum class LogLevel { Debug = 0, Info = 1, Warning = 2, Error = 3 };

struct LogRecord {
    QDateTime time;
    LogLevel level = LogLevel::Info;
    QString source;
    QString message; // already redacted
};

// Fans log records out to the in-app log panel. Emitted from whichever thread logged; receivers
// connect with queued connections.
class LogBus : public QObject {
    Q_OBJECT
public:
    static LogBus* instance();

signals:
    void recordLogged(const aks::LogRecord& record);
};

struct LoggingOptions {
    QString logDir;        // empty: no file sink
    bool toStderr = false; // headless commands print warnings and errors here
    bool verbose = false;  // also debug and info on stderr
};

// Sets up spdlog: a rotating file under the data folder, optional stderr, and the LogBus; every
// sink sits behind a redaction step so no secret reaches any of them.
void initLogging(const LoggingOptions& options);
QString logFilePath();
// One line to the log, already translated (every line the Log page shows goes through tr()).
void logLine(LogLevel level, const QString& text);
QString levelName(LogLevel level);

} // namespace aks

Q_DECLARE_METATYPE(aks::LogRecord)
