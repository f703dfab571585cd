#pragma once

#include "restore/RestorePrerequisites.h"

#include <QAbstractTableModel>

namespace aks {

// The prerequisite checks with pass/fail and how to fix, for the wizard's Prerequisites page.
class PrerequisitesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Check, Result, Detail, Fix, ColumnCount };

    explicit PrerequisitesModel(QObject* parent = nullptr);
    void setChecks(const QList<Prerequisite>& checks);
    const QList<Prerequisite>& checks() const { return m_checks; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Prerequisite> m_checks;
};

} // namespace aks
