#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace aks {

// A velero or plugin release number, "v1.13.2" or "1.13"; a missing patch counts as 0.
struct VeleroSemVer {
    int major = 0;
    int minor = 0;
    int patch = 0;

    static std::optional<VeleroSemVer> parse(const QString& text);
    QString toString() const; // v1.13.2
    QString minorKey() const; // 1.13
    auto operator<=>(const VeleroSemVer&) const = default;
};

} // namespace aks
