#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace aks {

// Read-only, pretty-printed JSON with find-in-text and copy to the clipboard. A Secret's values
// show masked until "Show secret values" is ticked; Copy copies what is shown.
class JsonViewer : public QWidget {
    Q_OBJECT

public:
    explicit JsonViewer(QWidget* parent = nullptr);

    // Pretty-prints valid JSON; anything else is shown as it is.
    void setJson(const QByteArray& json);
    void setPlaceholder(const QString& text);
    QString text() const;
    // Whether the JSON shown has secret values (masked unless revealed).
    bool hasSecrets() const { return m_maskedCount > 0; }

public slots:
    void findNext();
    void copyAll();

private:
    void showText();

    QString m_clear;  // the JSON as it is
    QString m_masked; // the same with the Secret's values masked
    int m_maskedCount = 0;
    QPlainTextEdit* m_text;
    QCheckBox* m_reveal;
    QLineEdit* m_find;
    QLabel* m_status;
};

} // namespace aks
