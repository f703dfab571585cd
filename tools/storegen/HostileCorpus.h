#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace aks::storegen {

// Backups that are not what Velero writes, for the readers' bad-input tests. Each is a small,
// otherwise valid backup with one defect.
enum class HostileKind {
    TruncatedGzip, // the tarball cut in half
    CorruptGzip,   // bytes flipped in the middle of the deflate stream
    GzipBomb,      // one entry of zeros far larger than any object (size from bombBytes)
    DotDotPath,    // resources/../../escape.json
    AbsolutePath,  // /etc/escape.json
    Symlink,       // a symbolic link entry
    Hardlink,      // a hard link entry
    Device,        // a character device entry
    Directory,     // a directory entry (Velero writes none)
    Duplicate,     // the same path twice with different content
    InvalidUtf8,   // an object whose JSON holds invalid UTF-8
    InvalidJson,   // an object that is not JSON
    DeepJson,      // an object nested 100,000 levels deep
    MissingObject, // the resource list names an object the tarball lacks
    HugeObject,    // one valid ConfigMap of kHugeObjectBytes (a string of repeated characters)
    // Entries Velero's restore reads otherwise than they are written; each adds kBackdoorPath, a
    // ClusterRoleBinding making an outsider cluster-admin, that the resource list does not name.
    DotSlashBackdoor, // written "./resources/...": Velero cleans the path and restores it
    PaxSizeBackdoor,  // the header's size field says 0; the pax "size" record Velero honours is right
    OldGnuBackdoor,   // an old-GNU header whose time fields a ustar reader takes for a name prefix
    ShadowingEntry,   // "resources//...": a later copy of the first object's path, with other content
    ContinuousEntry,  // a type '7' entry, which Velero skips rather than restores
};

// The cleaned path of the backdoor the *Backdoor kinds add.
inline constexpr auto kBackdoorPath =
    "resources/clusterrolebindings.rbac.authorization.k8s.io/cluster/backdoor.json";

// The size of the HugeObject entry: far beyond any real Kubernetes object (etcd stores at most
// 1.5 MiB), yet quick to write since it compresses well.
constexpr qint64 kHugeObjectBytes = qint64(200) << 20;

QStringList hostileKindNames();
std::optional<HostileKind> parseHostileKind(const QString& name);
QString hostileKindName(HostileKind kind);

// Writes storeRoot/backups/<name>/ with the defect. bombBytes sizes the GzipBomb entry.
Status writeHostileBackup(const QString& storeRoot, const QString& name, HostileKind kind,
                          qint64 bombBytes = qint64(1) << 30);

} // namespace aks::storegen
