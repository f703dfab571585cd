#include "ComparisonModel.h"

#include "ModelRoles.h"

#include <QBrush>
#include <QColor>

namespace aks {

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setComparison(BackupComparison comparison) {
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.items.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_comparison.items.size())
        return {};
    const BackupComparison::Item& item = m_comparison.items.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Change) {
        switch (item.change) {
        case BackupComparison::Change::Added:
            return QBrush(QColor(0x20, 0x80, 0x20));
        case BackupComparison::Change::Removed:
            return QBrush(QColor(0xb0, 0x20, 0x20));
        case BackupComparison::Change::Changed:
            return QBrush(QColor(0xa0, 0x60, 0x00));
        }
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Change:
        if (role == RawValueRole)
            return int(item.change);
        switch (item.change) {
        case BackupComparison::Change::Added:
            return tr("Added");
        case BackupComparison::Change::Removed:
            return tr("Removed");
        case BackupComparison::Change::Changed:
            return tr("Changed");
        }
        return {};
    case Kind:
        return item.object.groupVersionKind();
    case Name:
        return item.object.namespacedName();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Change:
        return tr("Change");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Object");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
