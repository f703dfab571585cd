#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace aks {

// How every page writes a point in time: the user's locale (QLocale()), in local time, with the UTC
// time added where an admin compares it with other machines' clocks (tooltips, RPO, the report).
// Timestamps read from tools (Velero's ISO 8601 with Z, PowerShell 5.1's "/Date(ms)/") go through
// fromText(), so no page shows them raw.
class DisplayTime {
public:
    // Date and time, short locale format ("12/2/26 2:00 AM", "2026/12/02 2:00"); empty when invalid.
    static QString dateTime(const QDateTime& t);
    // The same with seconds, for log lines and steps that take seconds.
    static QString dateTimeSeconds(const QDateTime& t);
    // The time of day with seconds ("2:00:05 AM", "2:00:05").
    static QString timeSeconds(const QDateTime& t);
    // dateTime() followed by the UTC time: "12/2/26 2:00 AM (UTC 2026-12-02 01:00)".
    static QString withUtc(const QDateTime& t);
    // Day and month without the year, in the locale's order ("12/2", "12/02", "02.12").
    static QString dayMonth(const QDate& d);
    // A full date and time written as text by a tool: "/Date(ms)/" (with or without the JSON
    // escapes and an offset) or ISO 8601 with a time of day; invalid otherwise (a version, a name).
    static QDateTime parse(const QString& text);
    // Text that is such a timestamp in dateTimeSeconds(), any other text as it is.
    static QString fromText(const QString& text);
};

} // namespace aks
