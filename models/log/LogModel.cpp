#include "LogModel.h"

#include "ModelRoles.h"
#include "core/DisplayTime.h"

#include <QBrush>
#include <QColor>

namespace aks {

LogModel::LogModel(QObject* parent, int capacity)
    : QAbstractTableModel(parent), m_capacity(qMax(1, capacity)) {}

void LogModel::attachToLogBus() {
    connect(LogBus::instance(), &LogBus::recordLogged, this, &LogModel::append, Qt::QueuedConnection);
}

void LogModel::append(const LogRecord& record) {
    if (int(m_records.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_records.pop_front();
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.push_back(record);
    endInsertRows();
}

void LogModel::clear() {
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int LogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_records.size()))
        return {};
    const LogRecord& r = m_records.at(size_t(index.row()));
    if (role == LevelRole)
        return int(r.level);
    switch (index.column()) {
    case Time:
        if (role == Qt::DisplayRole)
            return DisplayTime::dateTimeSeconds(r.time);
        if (role == RawValueRole)
            return r.time;
        break;
    case Level:
        if (role == Qt::DisplayRole) {
            switch (r.level) {
            case LogLevel::Debug:
                return tr("Debug");
            case LogLevel::Info:
                return tr("Info");
            case LogLevel::Warning:
                return tr("Warning");
            case LogLevel::Error:
                return tr("Error");
            }
        }
        if (role == RawValueRole)
            return int(r.level);
        if (role == Qt::ForegroundRole) {
            if (r.level == LogLevel::Error)
                return QBrush(QColor(0xc6, 0x28, 0x28));
            if (r.level == LogLevel::Warning)
                return QBrush(QColor(0xb2, 0x6a, 0x00));
        }
        break;
    case Message:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return r.message;
        if (role == Qt::ToolTipRole)
            return r.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace aks
