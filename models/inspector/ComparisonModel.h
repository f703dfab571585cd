#pragma once

#include "inspector/BackupComparison.h"

#include <QAbstractTableModel>

namespace aks {

// What changed between two backups, one row per added, removed or changed object.
class ComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Change, Kind, Name, ColumnCount };

    explicit ComparisonModel(QObject* parent = nullptr);
    void setComparison(BackupComparison comparison);
    const BackupComparison& comparison() const { return m_comparison; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    BackupComparison m_comparison;
};

} // namespace aks
