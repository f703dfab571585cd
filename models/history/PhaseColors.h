#pragma once

#include <QColor>
#include <QString>

namespace aks {

// One colour per Velero phase, shared by the tables and the timeline.
class PhaseColors {
public:
    static QColor forPhase(const QString& phase);
    // 0 good, 1 partial, 2 failed, 3 running or other: for sorting and counting.
    static int severity(const QString& phase);
};

} // namespace aks
