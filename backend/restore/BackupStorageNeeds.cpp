#include "BackupStorageNeeds.h"

#include "core/BoundedJson.h"
#include "inspector/BackupArtifact.h"
#include "inspector/TarballScanner.h"
#include "velero/VeleroJson.h"

#include <algorithm>

namespace aks {
namespace {

// Whether Velero restores the claims of namespace `ns` with this plan's filters.
bool storageNeedsRestoresClaimsOf(const ClusterRestorePlan& c, const QString& ns) {
    const QString pvc = QStringLiteral("persistentvolumeclaims");
    if (c.excludeResources.contains(pvc) ||
        (!c.includeResources.isEmpty() && !c.includeResources.contains(pvc) &&
         !c.includeResources.contains(QStringLiteral("*"))))
        return false;
    if (c.excludeNamespaces.contains(ns))
        return false;
    return c.includeNamespaces.isEmpty() || c.includeNamespaces.contains(ns) ||
           c.includeNamespaces.contains(QStringLiteral("*"));
}

} // namespace

Result<BackupStorageNeeds> BackupStorageNeeds::read(BackupStore& store, const ClusterRestorePlan& c,
                                                    const CancelToken& cancel) {
    BackupStorageNeeds out;
    TarballScanner scanner(store, c.backup, BackupArtifacts::key(c.backup, BackupArtifact::Tarball));
    auto scan = scanner.scan(
        [&](const ObjectRecord& o, QByteArrayView json) {
            const bool claim = o.kind == QLatin1String("PersistentVolumeClaim");
            if (!claim && o.kind != QLatin1String("PersistentVolume"))
                return Status();
            if (claim && !storageNeedsRestoresClaimsOf(c, o.ns))
                return Status();
            const auto j = parseBoundedJson(json);
            if (!j.is_object())
                return Status();
            if (claim) {
                out.m_claimClass.insert(o.namespacedName(), VeleroJson::string(j, "/spec/storageClassName"));
                out.m_claimVolume.insert(o.namespacedName(), VeleroJson::string(j, "/spec/volumeName"));
            } else if (const QString driver = VeleroJson::string(j, "/spec/csi/driver"); !driver.isEmpty()) {
                out.m_volumeDriver.insert(o.name, driver);
            }
            return Status();
        },
        JobContext(cancel, {}, {}));
    if (!scan)
        return scan.error();
    return out;
}

QList<MissingStorage> BackupStorageNeeds::missingIn(const QList<KubeStorageClass>& classes,
                                                    const QStringList& csiDrivers) const {
    QMap<QString, MissingStorage> missing; // by kind and name
    const auto need = [&missing](MissingStorage::Kind kind, const QString& name, const QString& claim) {
        MissingStorage& m = missing[QString::number(int(kind)) + name];
        m.kind = kind;
        m.name = name;
        m.claims << claim;
    };
    for (auto it = m_claimClass.cbegin(); it != m_claimClass.cend(); ++it) {
        const QString& cls = it.value();
        const bool found = std::any_of(classes.begin(), classes.end(), [&](const KubeStorageClass& k) {
            return cls.isEmpty() ? k.isDefault : k.name == cls;
        });
        if (!found)
            need(cls.isEmpty() ? MissingStorage::Kind::DefaultStorageClass
                               : MissingStorage::Kind::StorageClass,
                 cls, it.key());
        const QString driver = m_volumeDriver.value(m_claimVolume.value(it.key()));
        if (!driver.isEmpty() && !csiDrivers.contains(driver))
            need(MissingStorage::Kind::CsiDriver, driver, it.key());
    }
    return QList<MissingStorage>(missing.cbegin(), missing.cend());
}

} // namespace aks
