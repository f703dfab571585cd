#include "BackupFilterProxy.h"

#include "BackupsModel.h"
#include "ModelRoles.h"

namespace aks {

BackupFilterProxy::BackupFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void BackupFilterProxy::setSourceModel(QAbstractItemModel* model) {
    m_backups = qobject_cast<BackupsModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void BackupFilterProxy::update(QString& field, const QString& value) {
    if (field == value)
        return;
    field = value;
    invalidateRowsFilter();
}

void BackupFilterProxy::setCluster(const QString& cluster) {
    update(m_cluster, cluster);
}

void BackupFilterProxy::setPhase(const QString& phase) {
    update(m_phase, phase);
}

void BackupFilterProxy::setSchedule(const QString& schedule) {
    update(m_schedule, schedule);
}

void BackupFilterProxy::setText(const QString& text) {
    update(m_text, text.trimmed());
}

bool BackupFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (m_backups && left.column() == right.column())
        return m_backups->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool BackupFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_backups && !sourceParent.isValid())
        return m_backups->matches(sourceRow, m_cluster, m_phase, m_schedule, m_text);
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
