#include "SchedulesModel.h"

#include "ModelRoles.h"
#include "core/DisplayTime.h"
#include "velero/RpoCalculator.h"

#include <QLocale>

namespace aks {

SchedulesModel::SchedulesModel(QObject* parent)
    : ClusterRowsModel(&ClusterHistory::schedules, ColumnCount, parent) {}

QVariant SchedulesModel::data(const QModelIndex& index, int role) const {
    const Row* row = rowAt(index);
    if (!row)
        return {};
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    const auto& [cluster, s] = *row;
    switch (Column(index.column())) {
    case Cluster:
        return cluster;
    case Name:
        return s.name;
    case Cron:
        return s.cron;
    case Phase:
        return s.paused ? tr("Paused") : s.phase;
    case LastBackup:
        if (raw)
            return s.lastBackup.isValid() ? s.lastBackup.toSecsSinceEpoch() : qint64(0);
        return s.lastBackup.isValid() ? DisplayTime::dateTime(s.lastBackup) : tr("never");
    case Ttl:
        return raw ? QVariant(s.ttlSeconds)
                   : QVariant(s.ttl.isEmpty() ? QString() : RpoCalculator::formatAge(s.ttlSeconds));
    case Namespaces:
        return s.includedNamespaces.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SchedulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Cluster:
        return tr("Cluster");
    case Name:
        return tr("Schedule");
    case Cron:
        return tr("Cron");
    case Phase:
        return tr("Status");
    case LastBackup:
        return tr("Last backup");
    case Ttl:
        return tr("TTL");
    case Namespaces:
        return tr("Namespaces");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
