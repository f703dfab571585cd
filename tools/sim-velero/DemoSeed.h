#pragma once

#include <QDateTime>
#include <QString>

namespace aks::sim {

// `aks-sim-velero --seed-demo --state DIR`: three weeks of daily backups for each demo workload
// cluster in <state>/store/<cluster>/ (real Velero layout, written with aks_storegen), including a
// PartiallyFailed and a Failed backup and a gap that breaks a 24 h RPO; Velero installed on each
// cluster with its schedule; the cluster's objects as of its newest backup.
class DemoSeed {
public:
    static constexpr int kDays = 21;
    // Returns an empty string on success, else what went wrong.
    static QString run(const QString& stateDir, const QDateTime& now);
};

} // namespace aks::sim
