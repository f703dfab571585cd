#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace aks {

class AksHciClient;
class ClusterDetailsModel;
class ClustersFilterProxy;
class ClustersModel;
class EmptyState;
class JobManager;
class MessageBanner;

// The Clusters page: the management cluster and the workload clusters as a tree, the selected
// object's fields beside it, refreshed in the background. A failed refresh shows its error in
// place and keeps the last good data, marked stale with its time.
class ClustersPage : public QWidget {
    Q_OBJECT
public:
    ClustersPage(std::shared_ptr<AksHciClient> client, JobManager* jobs, QWidget* parent = nullptr);
    ~ClustersPage() override;

    ClustersModel* model() const { return m_model; }
    bool isRefreshing() const { return m_refreshing; }
    void setAutoRefreshInterval(int msecs); // 0: off

public slots:
    void refresh();

signals:
    void refreshFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setBusy(bool busy);
    void showDetails();
    // Tree columns as wide as their contents; the details' values before their field paths.
    void fitColumns();

    std::shared_ptr<AksHciClient> m_client;
    JobManager* m_jobs;
    ClustersModel* m_model;
    ClustersFilterProxy* m_proxy;
    ClusterDetailsModel* m_details;
    MessageBanner* m_banner;
    QPushButton* m_refreshButton;
    QProgressBar* m_busy;
    QLabel* m_updated;
    QLineEdit* m_filter;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QTreeView* m_tree;
    QTableView* m_detailsView;
    QTimer* m_timer;
    bool m_refreshing = false;
    bool m_shownOnce = false;
};

} // namespace aks
