#pragma once

#include "health/HealthReport.h"

#include <QAbstractTableModel>

namespace aks {

// The diagnosis' findings as a table: urgency, what it is about, the finding, days left, expiry and
// the recommended repair. RawValueRole sorts (urgency and days as numbers); rows are coloured by
// urgency; LevelRole holds the urgency for a view that wants its own colours.
class HealthFindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UrgencyColumn,
        SubjectColumn,
        FindingColumn,
        DaysLeftColumn,
        ExpiresColumn,
        RepairColumn,
        ColumnCount
    };

    explicit HealthFindingsModel(QObject* parent = nullptr);

    void setReport(const HealthReport& report);
    const HealthReport& report() const { return m_report; }
    // The finding of a row of this model; nullptr when out of range.
    const HealthFinding* finding(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HealthReport m_report;
    QList<HealthFinding> m_rows; // most urgent first
};

} // namespace aks
