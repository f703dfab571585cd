#pragma once

#include "inspector/LogEntry.h"

#include <QSortFilterProxyModel>

namespace aks {

// Shows log lines at or above a level that contain a search text.
class BackupLogFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit BackupLogFilterProxy(QObject* parent = nullptr);
    void setMinimumLevel(LogEntry::Level level);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    LogEntry::Level m_level = LogEntry::Level::Debug;
    QString m_text;
};

} // namespace aks
