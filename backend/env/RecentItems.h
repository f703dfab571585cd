#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace aks {

// A most-recent-first list kept in the app's settings (QSettings), for the File menu's recent
// stores and snapshots. Each entry is a map with at least "id" (what makes two entries the same);
// entries never hold secrets.
class RecentItems {
public:
    explicit RecentItems(QString settingsKey, int capacity = 8);

    QList<QVariantMap> entries() const;
    // Moves an entry with the same id to the front, or inserts it there; drops the oldest past capacity.
    void add(const QVariantMap& entry);
    void remove(const QString& id);
    void clear();

private:
    void store(const QList<QVariantMap>& entries) const;

    QString m_key;
    int m_capacity;
};

} // namespace aks
