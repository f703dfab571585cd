#pragma once

#include <QString>

namespace aks::sim {

// Faults on demand: AKS_SIM_FAULT or the file <state>/akshci/fault (read on every call, so a
// test can switch a fault on and off) holds "kind" or "kind:Cmdlet". Kinds: hang, crash, garbage,
// stderr, slow-import, cert-expired, drift (the cmdlet succeeds but what it makes differs from what was
// asked: New-AksHciCluster brings the control plane up on another VM size, as after a hand edit).
class SimFaults {
public:
    enum class Kind { None, Hang, Crash, Garbage, Stderr, SlowImport, Drift };

    explicit SimFaults(QString akshciDir);
    // The fault that applies to this cmdlet now (slow-import applies to start-up only).
    Kind forCmdlet(const QString& cmdlet) const;
    bool slowImport() const;
    // "cert-expired" (the management cluster's certificates and tokens) or "cert-expired:<cluster>"
    // (that cluster's kubeconfig client certificate): the whole text, empty when not set. Applied to
    // the state once (SimCmdlets), so the documented repair clears it for good.
    QString certExpiry() const;
    static int importDelayMs();

private:
    QString current() const;
    QString m_dir;
};

} // namespace aks::sim
