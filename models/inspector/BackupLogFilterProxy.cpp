#include "BackupLogFilterProxy.h"

#include "LogEntryModel.h"
#include "ModelRoles.h"

namespace aks {

BackupLogFilterProxy::BackupLogFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(RawValueRole);
}

void BackupLogFilterProxy::setMinimumLevel(LogEntry::Level level) {
    m_level = level;
    invalidateFilter();
}

void BackupLogFilterProxy::setSearchText(const QString& text) {
    m_text = text;
    invalidateFilter();
}

bool BackupLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex idx = sourceModel()->index(sourceRow, LogEntryModel::Message, sourceParent);
    const auto level = static_cast<LogEntry::Level>(idx.data(LevelRole).toInt());
    if (level < m_level && level != LogEntry::Level::Unknown)
        return false;
    if (m_text.isEmpty())
        return true;
    return idx.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace aks
