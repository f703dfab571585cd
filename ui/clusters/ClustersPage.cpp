#include "ClustersPage.h"

#include "akshci/AksHciClient.h"
#include "akshci/DeploymentState.h"
#include "clusters/ClusterDetailsModel.h"
#include "clusters/ClustersFilterProxy.h"
#include "clusters/ClustersModel.h"
#include "common/EmptyState.h"
#include "common/MessageBanner.h"
#include "common/PageShortcuts.h"
#include "core/DisplayTime.h"
#include "jobs/JobManager.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace aks {

ClustersPage::ClustersPage(std::shared_ptr<AksHciClient> client, JobManager* jobs, QWidget* parent)
    : QWidget(parent),
      m_client(std::move(client)),
      m_jobs(jobs),
      m_model(new ClustersModel(this)),
      m_proxy(new ClustersFilterProxy(this)),
      m_details(new ClusterDetailsModel(this)),
      m_banner(new MessageBanner(this)),
      m_refreshButton(new QPushButton(tr("&Refresh"), this)),
      m_busy(new QProgressBar(this)),
      m_updated(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(
          tr("Clusters"), tr("Reading the deployment with Get-AksHciConfig and Get-AksHciCluster..."), this)),
      m_tree(new QTreeView(this)),
      m_detailsView(new QTableView(this)),
      m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("clustersPage"));
    m_proxy->setSourceModel(m_model);

    m_refreshButton->setObjectName(QStringLiteral("refreshClusters"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Read the deployment again (F5)"));
    m_busy->setObjectName(QStringLiteral("clustersBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Refreshing clusters"));
    m_busy->setVisible(false);
    m_updated->setObjectName(QStringLiteral("clustersUpdated"));
    m_filter->setObjectName(QStringLiteral("clustersFilter"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setAccessibleName(tr("Filter clusters by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    m_banner->setObjectName(QStringLiteral("clustersBanner"));
    m_banner->setVisible(false);

    m_tree->setObjectName(QStringLiteral("clustersTree"));
    m_tree->setAccessibleName(tr("Management and workload clusters"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(false);
    m_tree->header()->setStretchLastSection(true);
    m_detailsView->setObjectName(QStringLiteral("clusterDetails"));
    m_detailsView->setAccessibleName(tr("Details of the selected item"));
    m_detailsView->setModel(m_details);
    m_detailsView->verticalHeader()->hide();
    m_detailsView->horizontalHeader()->setStretchLastSection(true);
    m_detailsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detailsView->setWordWrap(false);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_detailsView);
    // The tree scrolls sideways; the details are read whole (addresses, names).
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(split);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_busy);
    bar->addWidget(m_updated, 1);
    bar->addWidget(m_filter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &ClustersPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_proxy->setNameFilter(t);
        m_tree->expandToDepth(0);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClustersPage::showDetails);
    // An expanded group (the network settings) has the longest values: the columns follow.
    connect(m_tree, &QTreeView::expanded, this, &ClustersPage::fitColumns);
    connect(split, &QSplitter::splitterMoved, this, &ClustersPage::fitColumns);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start(60000);
    PageShortcuts::install(this, nullptr, {m_filter}); // the Refresh button has F5 already
}

ClustersPage::~ClustersPage() = default;

void ClustersPage::setAutoRefreshInterval(int msecs) {
    if (msecs > 0)
        m_timer->start(msecs);
    else
        m_timer->stop();
}

void ClustersPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        QTimer::singleShot(0, this, &ClustersPage::refresh);
    }
}

void ClustersPage::setBusy(bool busy) {
    m_refreshing = busy;
    m_busy->setVisible(busy);
    m_refreshButton->setEnabled(!busy);
}

void ClustersPage::refresh() {
    if (m_refreshing || !m_client || !m_jobs)
        return;
    setBusy(true);
    auto client = m_client;
    m_jobs->run<DeploymentState>(
        tr("Refresh clusters"),
        [client](const JobContext& ctx) -> Result<DeploymentState> {
            ctx.setProgress(0, -1, tr("Reading the deployment"));
            return DeploymentState::fetch(*client, ctx.cancelToken());
        },
        this,
        [this](const Result<DeploymentState>& r) {
            setBusy(false);
            if (r) {
                const QString current =
                    m_tree->currentIndex().isValid()
                        ? m_proxy->mapToSource(m_tree->currentIndex().siblingAtColumn(0)).data().toString()
                        : QString();
                m_model->setDeployment(*r);
                m_tree->expandToDepth(0);
                QModelIndex select = m_model->clusterIndex(current);
                if (!select.isValid())
                    select = m_model->managementIndex();
                m_tree->setCurrentIndex(m_proxy->mapFromSource(select));
                m_banner->clear();
                m_banner->setVisible(false);
                m_updated->setStyleSheet(QString());
                m_updated->setText(tr("Updated %1 · %n workload cluster(s)", nullptr, int(r->clusters.size()))
                                       .arg(DisplayTime::timeSeconds(r->fetchedAt)));
                m_stack->setCurrentIndex(1);
                fitColumns(); // now that the tree and the details are laid out
                emit refreshFinished(true);
                return;
            }
            QString text = r.error().message;
            if (m_model->hasData()) {
                const QString when = DisplayTime::dateTimeSeconds(m_model->deployment().fetchedAt);
                text +=
                    QLatin1Char(' ') + tr("The clusters shown are from %1 and may be out of date.").arg(when);
                m_updated->setText(tr("Stale: last good data from %1").arg(when));
                m_updated->setStyleSheet(QStringLiteral("color: #b36b00; font-weight: bold;"));
            } else {
                m_empty->setText(tr("No cluster data"),
                                 tr("The deployment could not be read. Fix the problem "
                                    "shown above, then press Refresh."));
                m_updated->setText(QString());
            }
            m_banner->showMessage(MessageBanner::Kind::Error, text, r.error().detail);
            m_banner->setVisible(true);
            emit refreshFinished(false);
        });
}

void ClustersPage::showDetails() {
    const QModelIndex proxyIndex = m_tree->currentIndex();
    if (!proxyIndex.isValid()) {
        m_details->setJson({});
        return;
    }
    QModelIndex source = m_proxy->mapToSource(proxyIndex);
    // Group and setting rows show the whole management configuration.
    m_details->setJson(m_model->rawJson(source));
    fitColumns();
}

void ClustersPage::fitColumns() {
    for (int c = 0; c < ClustersModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_detailsView->resizeColumnToContents(ClusterDetailsModel::Field);
    // The values (addresses, names, sizes) are what is read: long field paths give way and elide,
    // whole in their tooltips.
    m_detailsView->setColumnWidth(ClusterDetailsModel::Field,
                                  qMin(m_detailsView->columnWidth(ClusterDetailsModel::Field),
                                       qMax(160, m_detailsView->viewport()->width() * 9 / 20)));
}

} // namespace aks
