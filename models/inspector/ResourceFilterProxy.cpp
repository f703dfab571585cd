#include "ResourceFilterProxy.h"

#include "ModelRoles.h"
#include "ResourceTreeModel.h"

namespace aks {

ResourceFilterProxy::ResourceFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResourceFilterProxy::setSearch(Mode mode, const QString& text) {
    m_mode = mode;
    m_text = text.trimmed();
    m_needle.clear();
    if (m_mode == Mode::Label && !m_text.isEmpty()) {
        // A label as compact JSON writes it: "key":"value", or just "key": for a key alone.
        const qsizetype eq = m_text.indexOf(QLatin1Char('='));
        if (eq < 0)
            m_needle = QByteArray('"' + m_text.toUtf8() + "\":");
        else
            m_needle = QByteArray('"' + m_text.left(eq).trimmed().toUtf8() + "\":\"" +
                                  m_text.mid(eq + 1).trimmed().toUtf8() + '"');
    } else if (m_mode == Mode::Text) {
        m_needle = m_text.toUtf8();
    }
    invalidateFilter();
}

bool ResourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_text.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(ResourceTreeModel::NodeTypeRole).toInt() != ResourceTreeModel::ObjectNode)
        return false; // shown when a child matches (recursive filtering)
    if (m_mode == Mode::Name)
        return idx.data(RawValueRole).toString().contains(m_text, Qt::CaseInsensitive);
    const QByteArray json = idx.data(ResourceTreeModel::ObjectTextRole).toByteArray();
    return m_mode == Mode::Label ? json.contains(m_needle)
                                 : QByteArrayView(json).toByteArray().toLower().contains(m_needle.toLower());
}

} // namespace aks
