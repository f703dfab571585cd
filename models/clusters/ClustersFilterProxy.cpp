#include "ClustersFilterProxy.h"

#include "ClustersModel.h"
#include "ModelRoles.h"

namespace aks {

ClustersFilterProxy::ClustersFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setSortRole(RawValueRole);
}

void ClustersFilterProxy::setNameFilter(const QString& text) {
    m_filter = text.trimmed();
    invalidateFilter();
}

bool ClustersFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_filter.isEmpty())
        return true;
    const QModelIndex name = sourceModel()->index(sourceRow, ClustersModel::Name, sourceParent);
    const QModelIndex value = sourceModel()->index(sourceRow, ClustersModel::Value, sourceParent);
    if (name.data().toString().contains(m_filter, Qt::CaseInsensitive) ||
        value.data().toString().contains(m_filter, Qt::CaseInsensitive))
        return true;
    // Children of a matching cluster stay visible.
    for (QModelIndex p = sourceParent; p.isValid(); p = p.parent())
        if (p.data().toString().contains(m_filter, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace aks
