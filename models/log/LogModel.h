#pragma once

#include "core/Logging.h"

#include <QAbstractTableModel>

#include <deque>

namespace aks {

// The in-app log: the newest records, as many as fit the cap, already redacted by the logger.
class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Level, Message, ColumnCount };

    explicit LogModel(QObject* parent = nullptr, int capacity = 10000);

    // Follows the app's LogBus (queued, so records from worker threads arrive on this thread).
    void attachToLogBus();
    void append(const LogRecord& record);
    void clear();
    const LogRecord& record(int row) const { return m_records.at(size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::deque<LogRecord> m_records;
    int m_capacity;
};

} // namespace aks
