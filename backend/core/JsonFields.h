#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <optional>

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

// An integer field that fits an int; a float, a string or 4294967297 (which get<int>() would wrap
// to 1) reads as absent.
inline std::optional<int> integer(const nlohmann::json& j, const char* key) {
    if (!j.is_object())
        return std::nullopt;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer())
        return std::nullopt;
    if (it->is_number_unsigned()) {
        const auto v = it->get<std::uint64_t>();
        if (v > std::uint64_t(std::numeric_limits<int>::max()))
            return std::nullopt;
        return int(v);
    }
    const auto v = it->get<std::int64_t>();
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(v);
}

} // namespace aks::jsonfield
