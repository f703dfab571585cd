#pragma once

#include <QWidget>

class QLabel;

namespace aks {

// What a page shows when it has nothing yet: a title and a sentence that says what will appear
// and how to get it there.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);
    void setText(const QString& title, const QString& text);

private:
    QLabel* m_title;
    QLabel* m_text;
};

} // namespace aks
