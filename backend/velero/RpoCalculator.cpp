#include "RpoCalculator.h"

#include <algorithm>

namespace aks {

RpoStatus RpoCalculator::evaluate(const ClusterHistory& h, qint64 rpoSeconds, const QDateTime& now) {
    RpoStatus s;
    s.cluster = h.cluster;
    s.rpoSeconds = rpoSeconds;
    if (!h.ok()) {
        s.state = RpoStatus::State::Unknown;
        s.error = h.error;
        return s;
    }
    const VeleroBackup* newest = nullptr;
    for (const auto& b : h.backups)
        if (b.isCompleted() && b.pointInTime().isValid() &&
            (!newest || b.pointInTime() > newest->pointInTime()))
            newest = &b;
    if (newest) {
        s.newestBackup = newest->name;
        s.newestTime = newest->pointInTime().toUTC();
        s.ageSeconds = qMax<qint64>(0, s.newestTime.secsTo(now.toUTC()));
        s.schedule = newest->scheduleName;
        s.state = s.ageSeconds <= rpoSeconds ? RpoStatus::State::Met : RpoStatus::State::Breached;
    } else {
        s.state = RpoStatus::State::NoBackup;
    }
    if (s.schedule.isEmpty())
        for (const auto& sched : h.schedules)
            if (!sched.paused) {
                s.schedule = sched.name;
                break;
            }
    return s;
}

QList<RpoStatus> RpoCalculator::evaluate(const QList<ClusterHistory>& history, qint64 rpoSeconds,
                                         const QDateTime& now) {
    QList<RpoStatus> out;
    out.reserve(history.size());
    for (const auto& h : history)
        out.append(evaluate(h, rpoSeconds, now));
    return out;
}

QString RpoCalculator::formatAge(qint64 seconds) {
    if (seconds < 0)
        return QString();
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

qint64 RpoCalculator::longestGap(const QList<VeleroBackup>& backups, const QDateTime& from,
                                 const QDateTime& now) {
    QList<QDateTime> points;
    for (const auto& b : backups)
        if (b.isCompleted() && b.pointInTime() >= from && b.pointInTime() <= now)
            points.append(b.pointInTime());
    std::sort(points.begin(), points.end());
    qint64 gap = 0;
    QDateTime previous = from;
    for (const auto& p : points) {
        gap = qMax(gap, previous.secsTo(p));
        previous = p;
    }
    return qMax(gap, previous.secsTo(now));
}

} // namespace aks
