#pragma once

#include <nlohmann/json.hpp>

namespace aks {

// The values of a Kubernetes Secret read from a backup: data and stringData, and the copy of both
// that kubectl apply leaves in the last-applied-configuration annotation. The inspector shows them
// masked (what is on screen may be seen or copied by anyone nearby) until the admin reveals them.
class SecretValues {
public:
    static constexpr auto kMask = "••••••••";

    // Masks them in place in a Secret, or in the Secrets of a List; other objects are left alone.
    // Returns how many values were masked.
    static int mask(nlohmann::json& object);
};

} // namespace aks
