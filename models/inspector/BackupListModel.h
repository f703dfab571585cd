#pragma once

#include "inspector/BackupInfo.h"

#include <QAbstractTableModel>

namespace aks {

// The backups of one store, one row each.
class BackupListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Phase,
        Started,
        Completed,
        Expires,
        Items,
        Errors,
        Warnings,
        Location,
        Schedule,
        Artifacts,
        ColumnCount
    };

    explicit BackupListModel(QObject* parent = nullptr);

    void setBackups(QList<BackupInfo> backups);
    const BackupInfo* backupAt(int row) const;
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString phaseText(const BackupInfo& b) const;
    QList<BackupInfo> m_backups;
};

} // namespace aks
