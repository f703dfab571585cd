#include "BackupComparison.h"

#include <QHash>

#include <algorithm>

namespace aks {
namespace {
QString identity(const ObjectRecord& o) {
    return o.groupVersionKind() + QLatin1Char(' ') + o.namespacedName();
}
} // namespace

BackupComparison BackupComparison::compare(const QList<ObjectRecord>& older,
                                           const QList<ObjectRecord>& newer) {
    BackupComparison c;
    QHash<QString, const ObjectRecord*> before;
    before.reserve(older.size());
    for (const ObjectRecord& o : older)
        before.insert(identity(o), &o);
    for (const ObjectRecord& o : newer) {
        auto it = before.find(identity(o));
        if (it == before.end()) {
            c.items.append({Change::Added, o});
            continue;
        }
        if ((*it)->contentHash != o.contentHash || (*it)->size != o.size)
            c.items.append({Change::Changed, o});
        else
            ++c.unchanged;
        before.erase(it);
    }
    for (const ObjectRecord* o : std::as_const(before))
        c.items.append({Change::Removed, *o});
    std::sort(c.items.begin(), c.items.end(), [](const Item& a, const Item& b) {
        return std::pair(a.object.groupVersionKind(), a.object.namespacedName()) <
               std::pair(b.object.groupVersionKind(), b.object.namespacedName());
    });
    return c;
}

} // namespace aks
