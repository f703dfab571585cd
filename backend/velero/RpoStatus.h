#pragma once

#include <QDateTime>
#include <QString>

namespace aks {

// One cluster against its recovery point objective.
struct RpoStatus {
    enum class State { Met, Breached, NoBackup, Unknown };

    QString cluster;
    qint64 rpoSeconds = 24 * 3600;
    State state = State::Unknown; // Unknown: the cluster could not be read
    QString newestBackup;         // the newest Completed backup
    QDateTime newestTime;         // its recovery point, UTC
    qint64 ageSeconds = -1;       // now - newestTime; -1 without a backup
    QString schedule;             // the schedule that produced it, or that should have
    QString error;

    bool meets() const { return state == State::Met; }
};

} // namespace aks
