#include "DisplayTime.h"

#include "powershell/PsJson.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace aks {

namespace {

// The locale's short time format with seconds: Qt has no medium format, and the long one adds the
// time zone's name.
QString displayTimeFormatWithSeconds() {
    QString f = QLocale().timeFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1Char('s')))
        f.replace(QRegularExpression(QStringLiteral("mm(?!m)")), QStringLiteral("mm:ss"));
    return f;
}

} // namespace

QString DisplayTime::dateTime(const QDateTime& t) {
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString DisplayTime::dateTimeSeconds(const QDateTime& t) {
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QLocale().toString(local.time(), displayTimeFormatWithSeconds());
}

QString DisplayTime::timeSeconds(const QDateTime& t) {
    return t.isValid() ? QLocale().toString(t.toLocalTime().time(), displayTimeFormatWithSeconds())
                       : QString();
}

QString DisplayTime::withUtc(const QDateTime& t) {
    if (!t.isValid())
        return {};
    // ISO order for the UTC part: the one an admin pastes into a ticket or compares with a server log.
    return QStringLiteral("%1 (UTC %2)")
        .arg(dateTime(t), t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString DisplayTime::dayMonth(const QDate& d) {
    if (!d.isValid())
        return {};
    // The short date format without its year and the separator next to it ("M/d/yy" gives "M/d",
    // "yyyy/MM/dd" gives "MM/dd", "dd.MM.yy" gives "dd.MM").
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    f.remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*$|^[^dM]*y+[^dM]*")));
    return QLocale().toString(d, f.isEmpty() ? QStringLiteral("d/M") : f);
}

QDateTime DisplayTime::parse(const QString& text) {
    const QString t = text.trimmed();
    static const QRegularExpression isoDateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}"));
    if (!t.contains(QLatin1String("Date(")) && !isoDateTime.match(t).hasMatch())
        return {};
    QString iso = t;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    return PsJson::parseDate(iso);
}

QString DisplayTime::fromText(const QString& text) {
    const QDateTime t = parse(text);
    return t.isValid() ? dateTimeSeconds(t) : text;
}

} // namespace aks
