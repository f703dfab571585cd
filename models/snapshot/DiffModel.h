#pragma once

#include "snapshot/DiffResult.h"

#include <QAbstractTableModel>

namespace aks {

// A comparison of two snapshots side by side: one row per field, the ignored (volatile) fields
// last. StateRole gives the row's status (DiffModel::RowStatus) for filtering.
class DiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SectionColumn, FieldColumn, ClassColumn, AColumn, BColumn, StatusColumn, ColumnCount };
    enum RowStatus { Equal, Changed, Added, Removed, Ignored };

    explicit DiffModel(QObject* parent = nullptr);

    void setResult(const DiffResult& result);
    const DiffResult& result() const { return m_result; }
    const DiffEntry* entryAt(int row) const;
    RowStatus statusAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor background(RowStatus status, bool matters);

private:
    DiffResult m_result;
};

} // namespace aks
