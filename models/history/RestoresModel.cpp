#include "RestoresModel.h"

#include "ModelRoles.h"
#include "PhaseColors.h"
#include "core/DisplayTime.h"

#include <QBrush>
#include <QLocale>

namespace aks {

RestoresModel::RestoresModel(QObject* parent)
    : ClusterRowsModel(&ClusterHistory::restores, ColumnCount, parent) {}

QVariant RestoresModel::data(const QModelIndex& index, int role) const {
    const Row* row = rowAt(index);
    if (!row)
        return {};
    const auto& [cluster, r] = *row;
    if (role == Qt::ForegroundRole && index.column() == Phase)
        return QBrush(PhaseColors::forPhase(r.phase));
    if (role == ProgressRole && index.column() == Progress)
        return r.percent();
    if (role == Qt::ToolTipRole && !(r.failureReason.isEmpty() && r.validationErrors.isEmpty()))
        return (QStringList{r.failureReason} + r.validationErrors).join(QLatin1Char('\n')).trimmed();
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Cluster:
        return cluster;
    case Name:
        return r.name;
    case Backup:
        return r.backupName;
    case Phase:
        return r.phase.isEmpty() ? (raw ? QString() : tr("New")) : r.phase;
    case Progress:
        if (raw)
            return r.percent();
        return r.totalItems > 0 ? tr("%1 / %2 items").arg(r.itemsRestored).arg(r.totalItems) : QString();
    case Started:
        if (raw)
            return r.started.isValid() ? r.started.toSecsSinceEpoch() : qint64(0);
        return DisplayTime::dateTime(r.started);
    case Errors:
        return r.errors;
    case Warnings:
        return r.warnings;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RestoresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Cluster:
        return tr("Cluster");
    case Name:
        return tr("Restore");
    case Backup:
        return tr("Backup");
    case Phase:
        return tr("Phase");
    case Progress:
        return tr("Progress");
    case Started:
        return tr("Started");
    case Errors:
        return tr("Errors");
    case Warnings:
        return tr("Warnings");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
