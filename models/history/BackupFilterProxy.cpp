#include "BackupFilterProxy.h"

#include "BackupsModel.h"
#include "ModelRoles.h"

namespace aks {

BackupFilterProxy::BackupFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void BackupFilterProxy::setCluster(const QString& cluster) {
    m_cluster = cluster;
    invalidateRowsFilter();
}

void BackupFilterProxy::setPhase(const QString& phase) {
    m_phase = phase;
    invalidateRowsFilter();
}

void BackupFilterProxy::setSchedule(const QString& schedule) {
    m_schedule = schedule;
    invalidateRowsFilter();
}

void BackupFilterProxy::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool BackupFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString cluster = i.data(BackupsModel::ClusterRole).toString();
    const QString phase = i.data(BackupsModel::PhaseRole).toString();
    const QString schedule = i.data(BackupsModel::ScheduleRole).toString();
    if (!m_cluster.isEmpty() && cluster != m_cluster)
        return false;
    if (!m_phase.isEmpty() && phase != m_phase)
        return false;
    if (!m_schedule.isEmpty() && schedule != m_schedule)
        return false;
    if (m_text.isEmpty())
        return true;
    const QString name = i.data(BackupsModel::NameRole).toString();
    for (const QString* s : {&name, &cluster, &phase, &schedule})
        if (s->contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace aks
