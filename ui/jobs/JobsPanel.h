#pragma once

#include <QWidget>

class QTableView;
class QPushButton;

namespace aks {

class JobsModel;

// The running and recent jobs, with progress and a Cancel button.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(JobsModel* model, QWidget* parent = nullptr);

private:
    void updateButtons();

    JobsModel* m_model;
    QTableView* m_view;
    QPushButton* m_cancel;
};

} // namespace aks
