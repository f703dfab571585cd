#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace aks {

class LogEntryModel;
class BackupLogFilterProxy;

// The backup's log with a level filter and a search.
class LogTab : public QWidget {
    Q_OBJECT

public:
    LogTab(LogEntryModel* model, QWidget* parent = nullptr);

private:
    BackupLogFilterProxy* m_proxy;
    QTableView* m_view;
    QComboBox* m_level;
    QLineEdit* m_search;
};

} // namespace aks
