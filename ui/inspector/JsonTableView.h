#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace aks {

class JsonTableModel;

// A titled table over one JSON artifact, with a line saying when the artifact is absent or empty.
class JsonTableView : public QWidget {
    Q_OBJECT

public:
    JsonTableView(const QString& title, JsonTableModel* model, QWidget* parent = nullptr);
    void setNote(const QString& text);
    QTableView* table() const { return m_view; }

private:
    QTableView* m_view;
    QLabel* m_note;
};

} // namespace aks
