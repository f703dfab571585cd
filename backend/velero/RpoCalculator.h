#pragma once

#include "ClusterHistory.h"
#include "RpoStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace aks {

// The age of each cluster's newest Completed backup against its RPO. All arithmetic is on
// absolute instants (UTC), so local time zones and DST changes never shift an age.
class RpoCalculator {
    Q_DECLARE_TR_FUNCTIONS(RpoCalculator)
public:
    static RpoStatus evaluate(const ClusterHistory& history, qint64 rpoSeconds, const QDateTime& now);
    static QList<RpoStatus> evaluate(const QList<ClusterHistory>& history, qint64 rpoSeconds,
                                     const QDateTime& now);

    // "26 h", "3 d 4 h", "45 min": an age for people.
    static QString formatAge(qint64 seconds);
    // The longest stretch without a Completed backup within [from, now], in seconds.
    static qint64 longestGap(const QList<VeleroBackup>& backups, const QDateTime& from, const QDateTime& now);
};

} // namespace aks
