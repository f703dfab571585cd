#pragma once

#include "ObjectRecord.h"

#include <QList>

namespace aks {

// Which objects were added, removed or changed from one backup to another, by identity
// (<apiVersion>/<Kind> namespace/name) and content.
struct BackupComparison {
    enum class Change { Added, Removed, Changed };
    struct Item {
        Change change;
        ObjectRecord object; // from the newer backup, or the older one when removed
    };
    QList<Item> items; // sorted by kind, then namespace/name
    int unchanged = 0;

    static BackupComparison compare(const QList<ObjectRecord>& older, const QList<ObjectRecord>& newer);
};

} // namespace aks
