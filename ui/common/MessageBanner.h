#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace aks {

// An inline message at the top of a page: errors and warnings stay where the admin looks, without
// a modal box. The detail (command, stderr) opens on demand.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);
    void showMessage(Kind kind, const QString& text, const QString& detail = {});
    void clear();
    QString text() const;

private:
    QLabel* m_text;
    QLabel* m_detail;
    QToolButton* m_toggle;
    QToolButton* m_close;
};

} // namespace aks
