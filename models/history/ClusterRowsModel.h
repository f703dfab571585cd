#pragma once

#include "velero/ClusterHistory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

namespace aks {

// A table of one kind of Velero object (locations, restores, schedules) from every cluster, each
// row with its cluster's name. A cluster whose refresh failed keeps the rows it showed before.
template <typename Item> class ClusterRowsModel : public QAbstractTableModel {
public:
    void setHistory(const QList<ClusterHistory>& history) {
        beginResetModel();
        for (const ClusterHistory& h : history) {
            if (!h.ok())
                continue;
            m_rows.removeIf([&](const Row& r) { return r.first == h.cluster; });
            for (const Item& item : h.*m_field)
                m_rows.append({h.cluster, item});
        }
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : m_columns;
    }

protected:
    using Row = QPair<QString, Item>; // cluster, object

    ClusterRowsModel(QList<Item> ClusterHistory::*field, int columns, QObject* parent)
        : QAbstractTableModel(parent), m_field(field), m_columns(columns) {}

    // The row of a valid index of this table, or nullptr.
    const Row* rowAt(const QModelIndex& index) const {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_rows[index.row()];
    }

    QList<Row> m_rows;

private:
    QList<Item> ClusterHistory::*m_field;
    int m_columns;
};

} // namespace aks
