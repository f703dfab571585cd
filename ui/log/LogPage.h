#pragma once

#include <QWidget>

namespace aks {

class LogModel;
class LogFilterProxy;

// The app's log: level filter, search, and the way to the log file.
class LogPage : public QWidget {
    Q_OBJECT
public:
    explicit LogPage(LogModel* model, QWidget* parent = nullptr);
    LogFilterProxy* proxy() const { return m_proxy; }

private:
    LogFilterProxy* m_proxy;
};

} // namespace aks
