#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

#include <nlohmann/json.hpp>

namespace aks {

// The details pane: every field of the selected object (a cluster, a node pool, the management
// configuration) as path/value rows, unknown fields included, secrets already masked by the caller.
class ClusterDetailsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Field, Value, ColumnCount };

    explicit ClusterDetailsModel(QObject* parent = nullptr);
    void setJson(const nlohmann::json& value);
    QString valueOf(const QString& field) const; // for tests

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void flatten(const QString& prefix, const nlohmann::json& v);
    QList<QPair<QString, QString>> m_rows;
};

} // namespace aks
