#include "PhaseColors.h"

namespace aks {

int PhaseColors::severity(const QString& phase) {
    if (phase == QLatin1String("Completed"))
        return 0;
    if (phase.contains(QLatin1String("PartiallyFailed")))
        return 1;
    if (phase == QLatin1String("Failed") || phase == QLatin1String("FailedValidation"))
        return 2;
    return 3;
}

QColor PhaseColors::forPhase(const QString& phase) {
    switch (severity(phase)) {
    case 0:
        return QColor(0x2e, 0x7d, 0x32);
    case 1:
        return QColor(0xef, 0x6c, 0x00);
    case 2:
        return QColor(0xc6, 0x28, 0x28);
    default:
        return phase == QLatin1String("Deleting") ? QColor(0x75, 0x75, 0x75) : QColor(0x15, 0x65, 0xc0);
    }
}

} // namespace aks
