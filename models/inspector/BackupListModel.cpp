#include "BackupListModel.h"

#include "ModelRoles.h"
#include "core/DisplayTime.h"

#include <QBrush>
#include <QColor>

namespace aks {

BackupListModel::BackupListModel(QObject* parent) : QAbstractTableModel(parent) {}

void BackupListModel::setBackups(QList<BackupInfo> backups) {
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

const BackupInfo* BackupListModel::backupAt(int row) const {
    return row >= 0 && row < m_backups.size() ? &m_backups[row] : nullptr;
}

int BackupListModel::rowOf(const QString& name) const {
    for (int i = 0; i < m_backups.size(); ++i)
        if (m_backups[i].name == name)
            return i;
    return -1;
}

int BackupListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::phaseText(const BackupInfo& b) const {
    if (!b.metadataProblem.isEmpty())
        return tr("Unreadable metadata");
    if (!b.hasMetadata)
        return tr("Tarball only");
    if (b.neverFinishedUploading())
        return tr("%1 (never finished uploading)").arg(b.phase);
    return b.phase;
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const {
    const BackupInfo* b = index.isValid() ? backupAt(index.row()) : nullptr;
    if (!b)
        return {};
    const auto col = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (col) {
        case Name:
            return b->name;
        case Phase:
            return raw ? b->phase : phaseText(*b);
        case Started:
            return raw ? b->startTimestamp : DisplayTime::fromText(b->startTimestamp);
        case Completed:
            return raw ? b->completionTimestamp : DisplayTime::fromText(b->completionTimestamp);
        case Expires:
            return raw ? b->expiration : DisplayTime::fromText(b->expiration);
        case Items:
            return b->itemsBackedUp ? QVariant(*b->itemsBackedUp) : QVariant();
        case Errors:
            return b->errors;
        case Warnings:
            return b->warnings;
        case Location:
            return b->storageLocation;
        case Schedule:
            return b->scheduleName;
        case Artifacts:
            return raw ? QVariant(int(b->artifacts.size()))
                       : QVariant(tr("%1 of %2").arg(b->artifacts.size()).arg(BackupArtifacts::all().size()));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (col == Artifacts) {
            QStringList present;
            for (BackupArtifact a : b->artifacts)
                present << BackupArtifacts::label(a);
            return present.join(QLatin1Char('\n'));
        }
        if (col == Started || col == Completed || col == Expires) {
            const QString& verbatim = col == Started     ? b->startTimestamp
                                      : col == Completed ? b->completionTimestamp
                                                         : b->expiration;
            return DisplayTime::withUtc(DisplayTime::parse(verbatim));
        }
        if (!b->metadataProblem.isEmpty())
            return b->metadataProblem;
        if (b->neverFinishedUploading())
            return tr(
                "velero-backup.json has no tarball beside it: this backup never finished uploading. Do not "
                "restore it.");
    }
    if (role == Qt::ForegroundRole && col == Phase) {
        if (b->neverFinishedUploading() || !b->metadataProblem.isEmpty() ||
            b->phase == QLatin1String("Failed"))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (b->phase == QLatin1String("PartiallyFailed"))
            return QBrush(QColor(0xa0, 0x60, 0x00));
    }
    if (role == Qt::TextAlignmentRole && (col == Items || col == Errors || col == Warnings))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Backup");
    case Phase:
        return tr("Phase");
    case Started:
        return tr("Started");
    case Completed:
        return tr("Completed");
    case Expires:
        return tr("Expires");
    case Items:
        return tr("Items");
    case Errors:
        return tr("Errors");
    case Warnings:
        return tr("Warnings");
    case Location:
        return tr("Location");
    case Schedule:
        return tr("Schedule");
    case Artifacts:
        return tr("Artifacts");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
