#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace aks {

// Read-only, pretty-printed JSON with find-in-text and copy to the clipboard.
class JsonViewer : public QWidget {
    Q_OBJECT

public:
    explicit JsonViewer(QWidget* parent = nullptr);

    // Pretty-prints valid JSON; anything else is shown as it is.
    void setJson(const QByteArray& json);
    void setPlaceholder(const QString& text);
    QString text() const;

public slots:
    void findNext();
    void copyAll();

private:
    QPlainTextEdit* m_text;
    QLineEdit* m_find;
    QLabel* m_status;
};

} // namespace aks
