#include "Logging.h"

#include "Redactor.h"

#include <QDir>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace aks {
namespace {

QString g_logFile;

LogLevel fromSpd(spdlog::level::level_enum l) {
    switch (l) {
    case spdlog::level::trace:
    case spdlog::level::debug:
        return LogLevel::Debug;
    case spdlog::level::info:
        return LogLevel::Info;
    case spdlog::level::warn:
        return LogLevel::Warning;
    default:
        return LogLevel::Error;
    }
}

// Redacts the payload, then hands the message to the wrapped sinks.
class RedactingSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit RedactingSink(std::shared_ptr<spdlog::sinks::dist_sink_mt> inner) : m_inner(std::move(inner)) {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        const std::string clean = Redactor::redact(std::string(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy(msg.time, msg.source, msg.logger_name, msg.level, clean);
        m_inner->log(copy);
    }
    void flush_() override { m_inner->flush(); }

private:
    std::shared_ptr<spdlog::sinks::dist_sink_mt> m_inner;
};

class LogBusSink : public spdlog::sinks::base_sink<std::mutex> {
protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        LogRecord r;
        r.time = QDateTime::fromMSecsSinceEpoch(
            std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count());
        r.level = fromSpd(msg.level);
        r.source = QString::fromUtf8(msg.logger_name.data(), qsizetype(msg.logger_name.size()));
        r.message = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
        emit LogBus::instance()->recordLogged(r);
    }
    void flush_() override {}
};

} // namespace

LogBus* LogBus::instance() {
    static LogBus bus;
    return &bus;
}

void initLogging(const LoggingOptions& options) {
    qRegisterMetaType<aks::LogRecord>();
    auto fanout = std::make_shared<spdlog::sinks::dist_sink_mt>();
    if (!options.logDir.isEmpty() && QDir().mkpath(options.logDir)) {
        g_logFile = QDir(options.logDir).filePath(QStringLiteral("aks-recovery.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_logFile.toStdString(),
                                                                               5 * 1024 * 1024, 5);
            file->set_level(spdlog::level::debug);
            fanout->add_sink(file);
        } catch (const spdlog::spdlog_ex&) {
            g_logFile.clear(); // an unwritable log folder must not stop the app
        }
    }
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        err->set_level(options.verbose ? spdlog::level::debug : spdlog::level::off);
        fanout->add_sink(err);
    }
    auto bus = std::make_shared<LogBusSink>();
    bus->set_level(spdlog::level::debug);
    fanout->add_sink(bus);

    auto logger = std::make_shared<spdlog::logger>("aks", std::make_shared<RedactingSink>(fanout));
    logger->set_level(spdlog::level::debug);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

void logLine(LogLevel level, const QString& text) {
    const std::string line = text.toStdString();
    switch (level) {
    case LogLevel::Debug:
        spdlog::debug("{}", line);
        return;
    case LogLevel::Info:
        spdlog::info("{}", line);
        return;
    case LogLevel::Warning:
        spdlog::warn("{}", line);
        return;
    case LogLevel::Error:
        spdlog::error("{}", line);
        return;
    }
}

QString logFilePath() {
    return g_logFile;
}

QString levelName(LogLevel level) {
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

} // namespace aks
