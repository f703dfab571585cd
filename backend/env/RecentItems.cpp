#include "RecentItems.h"

#include <QSettings>
#include <QVariantList>

namespace aks {
namespace {
const QString kId = QStringLiteral("id");
}

RecentItems::RecentItems(QString settingsKey, int capacity)
    : m_key(std::move(settingsKey)), m_capacity(capacity) {}

QList<QVariantMap> RecentItems::entries() const {
    QList<QVariantMap> out;
    const QVariantList raw = QSettings().value(m_key).toList();
    for (const QVariant& v : raw) {
        QVariantMap m = v.toMap();
        // A hand-edited or older settings file may hold anything here: keep only well-formed entries.
        if (!m.value(kId).toString().isEmpty() && out.size() < m_capacity)
            out << m;
    }
    return out;
}

void RecentItems::add(const QVariantMap& entry) {
    const QString id = entry.value(kId).toString();
    if (id.isEmpty())
        return;
    QList<QVariantMap> list = entries();
    list.removeIf([&](const QVariantMap& m) { return m.value(kId).toString() == id; });
    list.prepend(entry);
    while (list.size() > m_capacity)
        list.removeLast();
    store(list);
}

void RecentItems::remove(const QString& id) {
    QList<QVariantMap> list = entries();
    list.removeIf([&](const QVariantMap& m) { return m.value(kId).toString() == id; });
    store(list);
}

void RecentItems::clear() {
    store({});
}

void RecentItems::store(const QList<QVariantMap>& entries) const {
    QVariantList raw;
    for (const QVariantMap& m : entries)
        raw << m;
    QSettings s;
    s.setValue(m_key, raw);
    s.sync();
}

} // namespace aks
