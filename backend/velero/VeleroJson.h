#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace aks {

// Reading Kubernetes/Velero JSON without exceptions: a missing or mistyped field is empty.
class VeleroJson {
    Q_DECLARE_TR_FUNCTIONS(VeleroJson)
public:
    static QString string(const nlohmann::json& j, const char* pointer);
    static qint64 integer(const nlohmann::json& j, const char* pointer);
    static bool boolean(const nlohmann::json& j, const char* pointer);
    static QDateTime time(const nlohmann::json& j, const char* pointer); // RFC 3339, UTC
    static QStringList strings(const nlohmann::json& j, const char* pointer);
    static QMap<QString, QString> stringMap(const nlohmann::json& j, const char* pointer);

    // The items of `velero ... get -o json`: a <Kind>List's items, or the single object velero
    // prints when the list holds exactly one. Errors when it is neither.
    static Result<std::vector<nlohmann::json>> items(const nlohmann::json& output, const QString& itemKind);

    // Go's time.Duration text (720h0m0s, 1h30m, 45s) in seconds; -1 when unreadable.
    static qint64 goDurationSeconds(const QString& text);
    // RFC 3339 as velero prints it (UTC, "Z", no fraction).
    static QString rfc3339(const QDateTime& time);
};

} // namespace aks
