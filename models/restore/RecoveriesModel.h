#pragma once

#include "restore/RestoreJournal.h"

#include <QAbstractTableModel>
#include <QList>

namespace aks {

// The recoveries this machine ran or began (one journal each), newest first: what was recovered,
// how it ended, how far it got, and whether a report was written.
class RecoveriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Deployment, Scenario, Clusters, Outcome, Steps, Updated, Report, ColumnCount };

    explicit RecoveriesModel(QObject* parent = nullptr);

    void setJournals(QList<RestoreJournal> journals);
    const RestoreJournal* journalAt(int row) const;
    QString reportAt(int row) const { return m_reports.value(row); } // empty: no report
    RestoreJournal::Standing standingAt(int row) const {
        return m_standing.value(row, RestoreJournal::Standing::Open);
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(RestoreJournal::Outcome outcome);
    // The outcome as the list shows it: a run replaced or overtaken says so.
    static QString outcomeText(const RestoreJournal& journal, RestoreJournal::Standing standing);

private:
    QList<RestoreJournal> m_journals;
    QList<QString> m_reports; // per row, looked up once: data() must not touch the disk
    QList<RestoreJournal::Standing> m_standing;
};

} // namespace aks
