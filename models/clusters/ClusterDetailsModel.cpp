#include "ClusterDetailsModel.h"

#include "ModelRoles.h"
#include "core/DisplayTime.h"
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
    const auto& [field, value] = m_rows[index.row()];
    if (index.column() == Field)
        return role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole ? field
                                                                                          : QVariant();
    // Dates as every page writes them ("/Date(ms)/" from Windows PowerShell is unreadable); the
    // tooltip adds UTC and the raw value stays what PowerShell printed.
    if (role == Qt::DisplayRole)
        return DisplayTime::fromText(value);
    if (role == Qt::ToolTipRole) {
        const QDateTime t = DisplayTime::parse(value);
        return t.isValid() ? DisplayTime::withUtc(t) : value;
    }
    if (role == RawValueRole)
        return value;
    return {};
}

QVariant ClusterDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Field ? tr("Field") : tr("Value");
}

} // namespace aks
