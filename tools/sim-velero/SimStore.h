#pragma once

#include "ObjectFactory.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace aks::sim {

// One backup location's prefix root in a folder store: backups/<name>/..., restores/<name>/...
class SimStore {
public:
    explicit SimStore(QString prefixRoot) : m_root(std::move(prefixRoot)) {}
    // <bucket>/<prefix>, the prefix being optional.
    static QString prefixRoot(const QString& bucket, const QString& prefix);

    const QString& root() const { return m_root; }
    bool exists() const;
    // What Velero would refuse at the top level (anything but backups, restores, restic, kopia,
    // metadata, plugins).
    QStringList invalidTopLevel() const;

    // Every backups/<name>/velero-backup.json, by name; unreadable ones are skipped as Velero's
    // sync skips them.
    std::vector<nlohmann::json> backups() const;
    std::optional<nlohmann::json> backup(const QString& name) const;
    QString tarball(const QString& name) const;
    QString restoreDir(const QString& name) const;
    // Velero's garbage collection: removes every backup whose status.expiration is before now.
    QStringList removeExpired(const QDateTime& now) const;

    // The objects in a backup tarball, each once (version folders skipped).
    static std::optional<std::vector<storegen::KubeObject>> readObjects(const QString& tarball,
                                                                        QString* error);
    // A gzip file's content; at most maxBytes.
    static std::optional<QByteArray> gunzip(const QString& path, qint64 maxBytes = 64LL * 1024 * 1024);

private:
    QString m_root;
};

} // namespace aks::sim
