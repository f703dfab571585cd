#include "ClusterDetailsModel.h"

#include "ModelRoles.h"
#include "powershell/PsJson.h"

namespace aks {

ClusterDetailsModel::ClusterDetailsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClusterDetailsModel::setJson(const nlohmann::json& value) {
    beginResetModel();
    m_rows.clear();
    flatten({}, value);
    endResetModel();
}

void ClusterDetailsModel::flatten(const QString& prefix, const nlohmann::json& v) {
    if (v.is_object() && !v.empty()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            flatten(prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key, it.value());
        }
        return;
    }
    // Lists of scalars read best on one line; lists of objects are numbered.
    if (v.is_array() && !v.empty() && (v.front().is_object() || v.front().is_array())) {
        for (size_t i = 0; i < v.size(); ++i)
            flatten(QStringLiteral("%1[%2]").arg(prefix).arg(i), v[i]);
        return;
    }
    if (!prefix.isEmpty())
        m_rows.append({prefix, PsJson::toText(v)});
}

QString ClusterDetailsModel::valueOf(const QString& field) const {
    for (const auto& r : m_rows)
        if (r.first == field)
            return r.second;
    return {};
}

int ClusterDetailsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterDetailsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterDetailsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole)
        return index.column() == Field ? m_rows[index.row()].first : m_rows[index.row()].second;
    return {};
}

QVariant ClusterDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Field ? tr("Field") : tr("Value");
}

} // namespace aks
