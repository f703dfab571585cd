#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace aks {

class ComparisonModel;

// Compare the open backup with another of the same store: added, removed and changed objects.
class CompareTab : public QWidget {
    Q_OBJECT

public:
    CompareTab(ComparisonModel* model, QWidget* parent = nullptr);

    void setCandidates(const QStringList& backups, const QString& current);
    void setSummary(const QString& text);
    void setBusy(bool busy);

signals:
    void compareRequested(const QString& otherBackup);
    void objectActivated(const QString& groupVersionKind, const QString& namespacedName);

private:
    ComparisonModel* m_model;
    QComboBox* m_other;
    QPushButton* m_run;
    QLabel* m_summary;
    QTableView* m_view;
};

} // namespace aks
