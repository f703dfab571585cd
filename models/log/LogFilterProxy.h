#pragma once

#include "core/Logging.h"

#include <QSortFilterProxyModel>

namespace aks {

// Shows log records at or above a level whose message contains the search text.
class LogFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject* parent = nullptr);

    void setMinimumLevel(LogLevel level);
    LogLevel minimumLevel() const { return m_minLevel; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    LogLevel m_minLevel = LogLevel::Info;
    QString m_search;
};

} // namespace aks
