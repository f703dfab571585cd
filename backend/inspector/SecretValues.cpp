#include "SecretValues.h"

namespace aks {

namespace {

int maskSecretMembers(nlohmann::json& map) {
    if (!map.is_object())
        return 0;
    int n = 0;
    for (auto& [key, value] : map.items()) {
        value = SecretValues::kMask;
        ++n;
    }
    return n;
}

} // namespace

int SecretValues::mask(nlohmann::json& object) {
    if (!object.is_object())
        return 0;
    int n = 0;
    if (const auto items = object.find("items"); items != object.end() && items->is_array())
        for (auto& item : *items)
            n += mask(item);
    const auto kind = object.find("kind");
    if (kind == object.end() || *kind != "Secret")
        return n;
    for (const char* member : {"data", "stringData"})
        if (const auto it = object.find(member); it != object.end())
            n += maskSecretMembers(*it);
    // kubectl apply keeps the whole object as it was applied, values included.
    if (const auto meta = object.find("metadata"); meta != object.end() && meta->is_object())
        if (const auto notes = meta->find("annotations"); notes != meta->end() && notes->is_object())
            if (const auto last = notes->find("kubectl.kubernetes.io/last-applied-configuration");
                last != notes->end() && last->is_string()) {
                *last = kMask;
                ++n;
            }
    return n;
}

} // namespace aks
