#include "LocationsModel.h"

#include "ModelRoles.h"
#include "PhaseColors.h"
#include "core/DisplayTime.h"

#include <QBrush>
#include <QLocale>

namespace aks {

LocationsModel::LocationsModel(QObject* parent)
    : ClusterRowsModel(&ClusterHistory::locations, ColumnCount, parent) {}

const VeleroBsl* LocationsModel::location(const QString& cluster, const QString& name) const {
    for (const auto& r : m_rows)
        if (r.first == cluster && (r.second.name == name || (name.isEmpty() && r.second.isDefault)))
            return &r.second;
    return nullptr;
}

QVariant LocationsModel::data(const QModelIndex& index, int role) const {
    const Row* row = rowAt(index);
    if (!row)
        return {};
    const auto& [cluster, l] = *row;
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
        return l.lastSyncedTime.isValid() ? DisplayTime::dateTime(l.lastSyncedTime) : tr("never");
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
