#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks {

// Reading ConvertTo-Json output the way PowerShell writes it: keys in any case, booleans as
// true/"True", numbers as numbers or text, one value or an array, dates as "\/Date(ms)\/" or ISO.
class PsJson {
public:
    // The member named key (case-insensitive), or nullptr.
    static const nlohmann::json* find(const nlohmann::json& object, const QString& key);
    static QString text(const nlohmann::json& object, const QString& key);
    static QString toText(const nlohmann::json& value);
    static int integer(const nlohmann::json& object, const QString& key, int fallback = 0);
    static bool boolean(const nlohmann::json& object, const QString& key, bool fallback = false);
    static QStringList list(const nlohmann::json& object, const QString& key);
    static QDateTime date(const nlohmann::json& object, const QString& key);
    // "\/Date(ms)\/", "/Date(ms+0100)/" or ISO 8601 text as a date; invalid when it is none of these.
    static QDateTime parseDate(const QString& value);
    // A single object becomes a one-element array, null an empty one.
    static nlohmann::json asArray(const nlohmann::json& value);
};

} // namespace aks
