#include "JsonTableModel.h"

#include "ModelRoles.h"

namespace aks {

JsonTableModel::JsonTableModel(QList<ColumnSpec> columns, QObject* parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns)) {}

void JsonTableModel::setRows(const nlohmann::json& array) {
    beginResetModel();
    m_rows.clear();
    if (array.is_array())
        for (const auto& row : array)
            m_rows.push_back(row);
    endResetModel();
}

void JsonTableModel::setRows(nlohmann::json&& array) {
    beginResetModel();
    m_rows.clear();
    if (array.is_array()) {
        m_rows.reserve(array.size());
        for (auto& row : array)
            m_rows.push_back(std::move(row));
    }
    endResetModel();
}

const nlohmann::json* JsonTableModel::rowAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int JsonTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex& index, int role) const {
    const nlohmann::json* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole))
        return {};
    const nlohmann::json::json_pointer ptr(m_columns.at(index.column()).pointer);
    if (!row->contains(ptr))
        return {};
    const nlohmann::json& v = (*row)[ptr];
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer())
        return role == RawValueRole ? QVariant(v.get<qint64>()) : QVariant(QString::number(v.get<qint64>()));
    if (v.is_null())
        return {};
    return QString::fromStdString(v.dump());
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    return m_columns.at(section).title;
}

} // namespace aks
