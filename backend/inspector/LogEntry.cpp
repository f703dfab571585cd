#include "LogEntry.h"

namespace aks {

QString LogEntry::field(const QString& key) const {
    for (const auto& f : fields)
        if (f.first == key)
            return f.second;
    return {};
}

LogEntry::Level LogEntry::levelFromString(QStringView name) {
    if (name == u"debug" || name == u"trace")
        return Level::Debug;
    if (name == u"info")
        return Level::Info;
    if (name == u"warning" || name == u"warn")
        return Level::Warning;
    if (name == u"error")
        return Level::Error;
    if (name == u"fatal" || name == u"panic")
        return Level::Fatal;
    return Level::Unknown;
}

QString LogEntry::levelName(Level level) {
    switch (level) {
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    case Level::Fatal:
        return QStringLiteral("fatal");
    case Level::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

LogEntry LogEntry::parse(QStringView line) {
    LogEntry e;
    e.raw = line.toString();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line[i] == u' ')
            ++i;
        const qsizetype keyStart = i;
        while (i < n && line[i] != u'=' && line[i] != u' ')
            ++i;
        if (i >= n || line[i] != u'=') {
            // Not key=value: keep the rest as the message of an unstructured line.
            if (e.message.isEmpty())
                e.message = line.mid(keyStart).toString();
            break;
        }
        const QString key = line.mid(keyStart, i - keyStart).toString();
        ++i;
        QString value;
        if (i < n && line[i] == u'"') {
            ++i;
            while (i < n && line[i] != u'"') {
                if (line[i] == u'\\' && i + 1 < n)
                    ++i;
                value += line[i];
                ++i;
            }
            ++i;
        } else {
            const qsizetype vStart = i;
            while (i < n && line[i] != u' ')
                ++i;
            value = line.mid(vStart, i - vStart).toString();
        }
        if (key == u"time")
            e.time = value;
        else if (key == u"level")
            e.level = levelFromString(value);
        else if (key == u"msg")
            e.message = value;
        else
            e.fields.append({key, value});
    }
    return e;
}

QList<LogEntry> LogEntry::parseAll(QByteArrayView log) {
    QList<LogEntry> out;
    const QString text = QString::fromUtf8(log);
    for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts))
        out.append(parse(line));
    return out;
}

} // namespace aks
