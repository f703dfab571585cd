#pragma once

#include <QSortFilterProxyModel>

namespace aks {

// Filters the clusters tree by name (a matching row keeps its parents and children visible) and
// sorts on the raw values.
class ClustersFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ClustersFilterProxy(QObject* parent = nullptr);
    void setNameFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_filter;
};

} // namespace aks
