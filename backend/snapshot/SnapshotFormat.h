#pragma once

#include <QString>

namespace aks::snapshot {

// The on-disk layout of a config snapshot folder, shared by the writer, the reader and the tests.
inline constexpr int kFormatVersion = 1;
inline constexpr auto kFormatName = "aks-recovery-config-snapshot";
inline constexpr auto kRedactedMarker = "<redacted by aks-recovery>";
// Appended to every data file's name when secrets were kept and the file is encrypted.
inline constexpr auto kEncryptedSuffix = ".enc";

inline QString manifestFile() {
    return QStringLiteral("manifest.json");
}
inline QString configFile() {
    return QStringLiteral("akshci-config.json");
}
inline QString versionsFile() {
    return QStringLiteral("versions.json");
}
inline QString registrationFile() {
    return QStringLiteral("registration.json");
}
inline QString autoScalerProfilesFile() {
    return QStringLiteral("autoscaler-profiles.json");
}
inline QString clusterFilePrefix() {
    return QStringLiteral("cluster-");
}
inline QString clusterFile(const QString& cluster) {
    return clusterFilePrefix() + cluster + QStringLiteral(".json");
}

} // namespace aks::snapshot
