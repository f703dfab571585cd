#pragma once

#include "DiffResult.h"
#include "Snapshot.h"

#include <QCoreApplication>

namespace aks {

// Compares two snapshots field by field, the way a restore cares: the management cluster's
// settings, each workload cluster and node pool (paired by name), and the versions. Property names
// pair case-insensitively, VM sizes and booleans compare case-insensitively, a single value and a
// one-element list are the same, and volatile fields (states, timestamps, ids) are only listed.
class SnapshotDiff {
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiff)
public:
    static DiffResult compare(const Snapshot& a, const Snapshot& b);
    // The class of a field from its path inside a section (lowercase keys, '.'-separated).
    static DiffEntry::FieldClass classify(const QString& lowerPath, bool inNodePool);
};

} // namespace aks
