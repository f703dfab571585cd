#include "LocationsModel.h"

#include "ModelRoles.h"
#include "PhaseColors.h"

#include <QBrush>
#include <QLocale>

namespace aks {

LocationsModel::LocationsModel(QObject* parent) : QAbstractTableModel(parent) {}

void LocationsModel::setHistory(const QList<ClusterHistory>& history) {
    beginResetModel();
    for (const auto& h : history) {
        if (!h.ok())
            continue;
        m_rows.removeIf([&](const auto& r) { return r.first == h.cluster; });
        for (const auto& l : h.locations)
            m_rows.append({h.cluster, l});
    }
    endResetModel();
}

const VeleroBsl* LocationsModel::location(const QString& cluster, const QString& name) const {
    for (const auto& r : m_rows)
        if (r.first == cluster && (r.second.name == name || (name.isEmpty() && r.second.isDefault)))
            return &r.second;
    return nullptr;
}

int LocationsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LocationsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocationsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [cluster, l] = m_rows[index.row()];
    if (role == Qt::ForegroundRole && index.column() == Phase)
        return QBrush(
            PhaseColors::forPhase(l.isAvailable() ? QStringLiteral("Completed") : QStringLiteral("Failed")));
    if (role == Qt::ToolTipRole)
        return l.message.isEmpty() ? QVariant() : QVariant(l.message);
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Cluster:
        return cluster;
    case Name:
        return l.isDefault && !raw ? tr("%1 (default)").arg(l.name) : l.name;
    case Provider:
        return l.provider;
    case BucketPrefix:
        return l.prefix.isEmpty() ? l.bucket : l.bucket + QLatin1Char('/') + l.prefix;
    case AccessMode:
        return l.accessMode;
    case Phase:
        return l.phase.isEmpty() ? (raw ? QString() : tr("not validated yet")) : l.phase;
    case LastSynced:
        if (raw)
            return l.lastSyncedTime.isValid() ? l.lastSyncedTime.toSecsSinceEpoch() : qint64(0);
        return l.lastSyncedTime.isValid()
                   ? QLocale().toString(l.lastSyncedTime.toLocalTime(), QLocale::ShortFormat)
                   : tr("never");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LocationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Cluster:
        return tr("Cluster");
    case Name:
        return tr("Location");
    case Provider:
        return tr("Provider");
    case BucketPrefix:
        return tr("Bucket/prefix");
    case AccessMode:
        return tr("Access");
    case Phase:
        return tr("Availability");
    case LastSynced:
        return tr("Last synced");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
