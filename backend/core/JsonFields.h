#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks::jsonfield {

// Lenient readers for JSON written by this app (plans, journals): a missing or mistyped field reads
// as empty, and the caller validates what it needs.
inline QString string(const nlohmann::json& j, const char* key) {
    if (!j.is_object() || !j.contains(key) || !j.at(key).is_string())
        return {};
    return QString::fromStdString(j.at(key).get<std::string>());
}

inline QStringList stringList(const nlohmann::json& j, const char* key) {
    QStringList out;
    if (!j.is_object() || !j.contains(key) || !j.at(key).is_array())
        return out;
    for (const auto& v : j.at(key))
        if (v.is_string())
            out << QString::fromStdString(v.get<std::string>());
    return out;
}

} // namespace aks::jsonfield
