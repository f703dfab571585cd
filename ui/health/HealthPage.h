#pragma once

#include "AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace aks {

class HealthFindingsModel;
struct HealthFinding;
class MessageBanner;

// The Health page: the diagnosis of the deployment and every workload cluster (reachable,
// versions, certificate expiry with days left), most urgent first, and the documented repair of
// the selected finding as the exact script, run as a confirmed, journaled job.
class HealthPage : public QWidget {
    Q_OBJECT
public:
    explicit HealthPage(AppContext context, QWidget* parent = nullptr);

    HealthFindingsModel* model() const { return m_model; }
    bool isBusy() const { return m_busy; }

public slots:
    void refresh();
    // Runs the repair chosen for the selected finding, after its name was typed.
    void runSelectedRepair();

signals:
    void refreshFinished(bool ok);
    void repairFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setBusy(bool busy);
    void showRepairs();
    void showSummary();
    const HealthFinding* selectedFinding() const;

    AppContext m_context;
    HealthFindingsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageBanner* m_banner;
    QPushButton* m_refreshButton;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableView* m_table;
    QComboBox* m_repairs;
    QPlainTextEdit* m_script;
    QPushButton* m_runRepair;
    bool m_busy = false;
    bool m_shownOnce = false;
};

} // namespace aks
