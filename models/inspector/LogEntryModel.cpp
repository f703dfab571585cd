#include "LogEntryModel.h"

#include "ModelRoles.h"
#include "core/DisplayTime.h"

#include <QBrush>
#include <QColor>

namespace aks {

LogEntryModel::LogEntryModel(QObject* parent) : QAbstractTableModel(parent) {}

void LogEntryModel::setEntries(QList<LogEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const LogEntry* LogEntryModel::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int LogEntryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LogEntryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogEntryModel::data(const QModelIndex& index, int role) const {
    const LogEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == LevelRole)
        return int(e->level);
    if (role == Qt::ForegroundRole && index.column() == Level) {
        if (e->level >= LogEntry::Level::Error && e->level != LogEntry::Level::Unknown)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (e->level == LogEntry::Level::Warning)
            return QBrush(QColor(0xa0, 0x60, 0x00));
    }
    if (role == Qt::ToolTipRole)
        return e->raw;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Time:
        return role == RawValueRole ? e->time : DisplayTime::fromText(e->time);
    case Level:
        return role == RawValueRole ? QVariant(int(e->level)) : QVariant(LogEntry::levelName(e->level));
    case Message:
        return e->message;
    case Fields: {
        QStringList parts;
        for (const auto& f : e->fields)
            if (f.first != QLatin1String("logSource"))
                parts << f.first + QLatin1Char('=') + f.second;
        return parts.join(QLatin1Char(' '));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LogEntryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Message:
        return tr("Message");
    case Fields:
        return tr("Fields");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
