#include "LogFilterProxy.h"

#include "LogModel.h"
#include "ModelRoles.h"

namespace aks {

LogFilterProxy::LogFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void LogFilterProxy::setMinimumLevel(LogLevel level) {
    if (level == m_minLevel)
        return;
    m_minLevel = level;
    invalidateFilter();
}

void LogFilterProxy::setSearchText(const QString& text) {
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex idx = sourceModel()->index(sourceRow, LogModel::Message, sourceParent);
    if (idx.data(LevelRole).toInt() < int(m_minLevel))
        return false;
    return m_search.isEmpty() || idx.data(RawValueRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace aks
