#pragma once

#include "inspector/LogEntry.h"

#include <QAbstractTableModel>

namespace aks {

// A backup's log, one row per logrus line.
class LogEntryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Level, Message, Fields, ColumnCount };

    explicit LogEntryModel(QObject* parent = nullptr);
    void setEntries(QList<LogEntry> entries);
    const LogEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LogEntry> m_entries;
};

} // namespace aks
