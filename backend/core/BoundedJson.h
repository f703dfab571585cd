#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <nlohmann/json.hpp>

namespace aks {

// Deeper than any JSON Velero, PowerShell or this app writes, far shallower than a stack overflow.
inline constexpr int kMaxJsonDepth = 256;

// Parses JSON that comes from outside (storage, tools, files). Invalid JSON, and JSON nested deeper
// than maxDepth, come back discarded (is_discarded()): parsing is iterative, but copying, printing
// and comparing a document recurse, so a hostile 20,000-level document would overflow the stack.
inline nlohmann::json parseBoundedJson(QByteArrayView bytes, int maxDepth = kMaxJsonDepth) {
    bool tooDeep = false;
    const nlohmann::json::parser_callback_t limit = [&](int depth, nlohmann::json::parse_event_t,
                                                        nlohmann::json&) {
        if (depth > maxDepth)
            tooDeep = true;
        return !tooDeep; // drop everything once too deep, so nothing deep is ever built
    };
    nlohmann::json j = nlohmann::json::parse(bytes.data(), bytes.data() + bytes.size(), limit, false);
    if (tooDeep)
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return j;
}

} // namespace aks
