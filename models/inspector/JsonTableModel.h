#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace aks {

// A read-only table over a JSON array (volume snapshots, pod volume backups, CSI objects, item
// operations, results...): each column shows the value at a JSON pointer of the row's object.
class JsonTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct ColumnSpec {
        QString title;
        std::string pointer; // "/spec/pod/name"
    };

    explicit JsonTableModel(QList<ColumnSpec> columns, QObject* parent = nullptr);

    // Rows from an array; null, a missing artifact or anything else gives no rows.
    void setRows(const nlohmann::json& array);
    // Takes the rows over without copying them (50,000 resource list rows cost a visible pause).
    void setRows(nlohmann::json&& array);
    const nlohmann::json* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ColumnSpec> m_columns;
    std::vector<nlohmann::json> m_rows;
};

} // namespace aks
