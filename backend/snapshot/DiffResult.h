#pragma once

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace aks {

// One field of a snapshot compared with the same field of another.
struct DiffEntry {
    Q_DECLARE_TR_FUNCTIONS(DiffEntry)
public:
    enum class Status { Equal, Changed, Added, Removed };
    // What a field is for; the classes up to Storage must be equal for a rebuild to match.
    enum class FieldClass {
        Cluster,
        ControlPlane,
        LoadBalancer,
        NodePool,
        KubernetesVersion,
        Network,
        Proxy,
        Storage,
        Other,    // compared and shown, but not part of a restore's shape
        Secret,   // redacted values: cannot be compared
        Volatile, // timestamps, states, ids: left out and listed as ignored
    };

    QString key;     // normalized path (lowercase) that pairs the two sides
    QString section; // "Management cluster", "Cluster shop-prod", "Versions"
    QString field;   // path inside the section, as the snapshot spells it
    FieldClass fieldClass = FieldClass::Other;
    Status status = Status::Equal;
    QString oldValue; // empty when absent on that side
    QString newValue;

    bool matters() const { return status != Status::Equal && classMatters(fieldClass); }

    static bool classMatters(FieldClass c) { return c <= FieldClass::Storage; }
    static QString className(FieldClass c);
    static QString classId(FieldClass c); // stable English id for JSON
    static QString statusName(Status s);
    static QString statusId(Status s);
};

// The outcome of comparing two snapshots: every field that was compared, and the ignored ones.
struct DiffResult {
    QString labelA;
    QString labelB;
    std::vector<DiffEntry> entries;
    std::vector<DiffEntry> ignored;

    // True when a field that matters for a restore differs.
    bool matters() const;
    int count(DiffEntry::Status status) const;
    int mattersCount() const;
    nlohmann::json toJson() const;
};

} // namespace aks
