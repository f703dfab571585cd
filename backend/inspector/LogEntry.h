#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace aks {

// One logrus line of a backup or restore log:
// time="..." level=info msg="..." backup=velero/b logSource="..." name=web namespace=shop
struct LogEntry {
    enum class Level { Debug, Info, Warning, Error, Fatal, Unknown };

    QString time;
    Level level = Level::Unknown;
    QString message;
    QList<QPair<QString, QString>> fields; // every other key=value, unquoted
    QString raw;

    QString field(const QString& key) const;

    static LogEntry parse(QStringView line);
    static QList<LogEntry> parseAll(QByteArrayView log);
    // "warning" -> Warning; also "warn", "error", "info", "debug". Unknown for anything else.
    static Level levelFromString(QStringView name);
    static QString levelName(Level level);
};

} // namespace aks
