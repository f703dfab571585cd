#include "DiffFilterProxy.h"

#include "DiffModel.h"
#include "ModelRoles.h"

namespace aks {

DiffFilterProxy::DiffFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(RawValueRole);
}

void DiffFilterProxy::setDifferencesOnly(bool on) {
    if (on == m_differencesOnly)
        return;
    m_differencesOnly = on;
    invalidateFilter();
}

void DiffFilterProxy::setShowIgnored(bool on) {
    if (on == m_showIgnored)
        return;
    m_showIgnored = on;
    invalidateFilter();
}

void DiffFilterProxy::setText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool DiffFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* m = sourceModel();
    const int status = m->index(sourceRow, 0, sourceParent).data(StateRole).toInt();
    if (status == DiffModel::Ignored && !m_showIgnored)
        return false;
    if (m_differencesOnly && status == DiffModel::Equal)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {DiffModel::SectionColumn, DiffModel::FieldColumn, DiffModel::AColumn, DiffModel::BColumn})
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace aks
