#include "HistoryPage.h"

#include "TimelineChart.h"
#include "common/ItemViews.h"
#include "common/MessageBanner.h"
#include "common/PageShortcuts.h"
#include "core/DisplayTime.h"
#include "env/ToolSettings.h"
#include "history/BackupFilterProxy.h"
#include "history/BackupsModel.h"
#include "history/LocationsModel.h"
#include "history/RestoresModel.h"
#include "history/RpoModel.h"
#include "history/SchedulesModel.h"
#include "jobs/JobManager.h"
#include "velero/BslStoreSpec.h"
#include "velero/HistoryLoader.h"
#include "velero/RpoCalculator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace aks {

HistoryPage::HistoryPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_backups(new BackupsModel(this)),
      m_proxy(new BackupFilterProxy(this)),
      m_rpo(new RpoModel(this)),
      m_schedules(new SchedulesModel(this)),
      m_locations(new LocationsModel(this)),
      m_restores(new RestoresModel(this)),
      m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("historyPage"));
    const EnvironmentConfig env = context.environment;
    m_loader = [env](const JobContext& job) { return HistoryLoader(env).loadAll({}, job); };
    m_proxy->setSourceModel(m_backups);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("historyBanner"));

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("historyRefresh"));
    m_updated = new QLabel(tr("Not loaded yet"), this);
    m_updated->setObjectName(QStringLiteral("historyUpdated"));
    m_clusterFilter = new QComboBox(this);
    m_clusterFilter->setObjectName(QStringLiteral("historyClusterFilter"));
    m_clusterFilter->setAccessibleName(tr("Cluster filter"));
    m_phaseFilter = new QComboBox(this);
    m_phaseFilter->setObjectName(QStringLiteral("historyPhaseFilter"));
    m_phaseFilter->setAccessibleName(tr("Phase filter"));
    m_phaseFilter->addItem(tr("All phases"), QString());
    for (const char* phase :
         {"Completed", "PartiallyFailed", "Failed", "InProgress", "FailedValidation", "Deleting"})
        m_phaseFilter->addItem(QString::fromLatin1(phase), QString::fromLatin1(phase));
    m_scheduleFilter = new QComboBox(this);
    m_scheduleFilter->setObjectName(QStringLiteral("historyScheduleFilter"));
    m_scheduleFilter->setAccessibleName(tr("Schedule filter"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search backups"));
    m_search->setAccessibleName(tr("Search backups"));
    m_search->setClearButtonEnabled(true);
    refillFilters();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_refresh);
    bar->addWidget(m_updated, 1);
    bar->addWidget(m_clusterFilter);
    bar->addWidget(m_phaseFilter);
    bar->addWidget(m_scheduleFilter);
    bar->addWidget(m_search, 1);

    m_rpoTable =
        makeTable(QStringLiteral("historyRpoTable"), m_rpo, tr("Recovery point objective per cluster"));
    m_rpoTable->setMaximumHeight(m_rpoTable->verticalHeader()->defaultSectionSize() * 5 +
                                 m_rpoTable->horizontalHeader()->sizeHint().height() + 4);
    m_table = makeTable(QStringLiteral("historyBackupsTable"), m_proxy, tr("Backups"));
    m_table->sortByColumn(BackupsModel::Started, Qt::DescendingOrder);
    m_timeline = new TimelineChart(m_backups, this);
    m_timeline->setObjectName(QStringLiteral("historyTimeline"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    auto* backupsTab = new QWidget(this);
    auto* backupsLayout = new QVBoxLayout(backupsTab);
    backupsLayout->setContentsMargins(0, 0, 0, 0);
    auto* openHint = new QLabel(tr("Double-click a backup (or press Enter) to look inside it in the "
                                   "inspector; right-click for more."),
                                backupsTab);
    openHint->setObjectName(QStringLiteral("historyOpenHint"));
    openHint->setWordWrap(true);
    openHint->setForegroundRole(QPalette::PlaceholderText);
    backupsLayout->addWidget(m_table, 1);
    backupsLayout->addWidget(openHint);
    m_tabs->addTab(backupsTab, tr("&Backups"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(makeTable(QStringLiteral("historySchedulesTable"), m_schedules, tr("Schedules")),
                   tr("&Schedules"));
    m_tabs->addTab(makeTable(QStringLiteral("historyLocationsTable"), m_locations, tr("Storage locations")),
                   tr("Storage &locations"));
    m_tabs->addTab(makeTable(QStringLiteral("historyRestoresTable"), m_restores, tr("Restores")),
                   tr("Res&tores"));

    auto* rpoTitle = new QLabel(tr("<b>Recovery point objective</b>"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(rpoTitle);
    layout->addWidget(m_rpoTable);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_clusterFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCluster(m_clusterFilter->currentData().toString()); });
    connect(m_phaseFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPhase(m_phaseFilter->currentData().toString()); });
    connect(m_scheduleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSchedule(m_scheduleFilter->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &BackupFilterProxy::setText);
    connect(m_table, &QTableView::activated, this, &HistoryPage::openRow);
    ItemViews::addOpenAction(m_table, tr("&Open in the inspector"),
                             [this](const QModelIndex& index) { openRow(index); });
    PageShortcuts::install(this, m_refresh, {m_search});
    connect(m_timer, &QTimer::timeout, this, &HistoryPage::refresh);
    m_timer->start(5 * 60 * 1000);
}

QTableView* HistoryPage::makeTable(const QString& objectName, QAbstractItemModel* model,
                                   const QString& accessibleName) {
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    if (auto* proxy = qobject_cast<QSortFilterProxyModel*>(model)) {
        view->setModel(proxy);
    } else {
        auto* sorter = new QSortFilterProxyModel(view);
        sorter->setSortRole(Qt::UserRole + 1); // RawValueRole
        sorter->setSourceModel(model);
        view->setModel(sorter);
    }
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

void HistoryPage::setLoader(Loader loader) {
    m_loader = std::move(loader);
}

void HistoryPage::setAutoRefreshInterval(int msecs) {
    if (msecs <= 0)
        m_timer->stop();
    else
        m_timer->start(msecs);
}

void HistoryPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        refresh();
    }
}

void HistoryPage::refresh() {
    if (m_job != 0 || !m_context.jobs)
        return;
    m_refresh->setEnabled(false);
    m_updated->setText(tr("Refreshing…"));
    const Loader loader = m_loader;
    m_job = m_context.jobs->run<QList<ClusterHistory>>(
        tr("Read Velero backup history"), [loader](const JobContext& job) { return loader(job); }, this,
        [this](const Result<QList<ClusterHistory>>& result) {
            m_job = 0;
            m_refresh->setEnabled(true);
            if (!result) {
                for (const auto& h : std::as_const(m_lastGood))
                    m_backups->setStale(h.cluster, true);
                m_banner->showMessage(
                    MessageBanner::Kind::Error,
                    m_lastGood.isEmpty()
                        ? tr("Could not read the backup history: %1").arg(result.error().message)
                        : tr("Could not refresh the backup history: %1 What is shown is stale.")
                              .arg(result.error().message),
                    result.error().detail);
                m_updated->setText(tr("Refresh failed"));
            } else {
                applyHistory(*result);
            }
            emit refreshed();
        });
}

void HistoryPage::applyHistory(const QList<ClusterHistory>& history) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 rpoSeconds = qint64(qMax(1, ToolSettings::load().rpoHours)) * 3600;
    m_backups->setNow(now);
    m_backups->setHistory(history);
    m_schedules->setHistory(history);
    m_locations->setHistory(history);
    m_restores->setHistory(history);
    // A cluster that failed keeps its last good history for the RPO view, marked stale.
    QStringList failed;
    for (const auto& h : history) {
        auto it = std::find_if(m_lastGood.begin(), m_lastGood.end(),
                               [&](const auto& g) { return g.cluster == h.cluster; });
        if (h.ok()) {
            if (it != m_lastGood.end())
                *it = h;
            else
                m_lastGood.append(h);
        } else {
            failed.append(tr("%1: %2").arg(h.cluster, h.error));
            if (it == m_lastGood.end())
                m_lastGood.append(h);
        }
    }
    QList<RpoStatus> statuses = RpoCalculator::evaluate(m_lastGood, rpoSeconds, now);
    for (auto& s : statuses)
        for (const auto& h : history)
            if (h.cluster == s.cluster && !h.ok() && s.state != RpoStatus::State::Unknown)
                s.error = tr("Stale: %1").arg(h.error);
    m_rpo->setStatuses(statuses);
    m_timeline->setNow(now);
    m_timeline->setRpoSeconds(rpoSeconds);
    refillFilters();

    QStringList breached;
    for (const auto& s : statuses)
        if (s.state == RpoStatus::State::Breached || s.state == RpoStatus::State::NoBackup)
            breached.append(s.cluster);
    if (!failed.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Some clusters could not be refreshed; their rows are stale (grey)."),
                              failed.join(QLatin1Char('\n')));
    else if (!breached.isEmpty())
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("No Completed backup within the RPO of %1 on: %2.")
                .arg(RpoCalculator::formatAge(rpoSeconds), breached.join(QStringLiteral(", "))));
    else
        m_banner->clear();
    m_updated->setText(tr("Updated %1").arg(DisplayTime::timeSeconds(QDateTime::currentDateTime())));
}

void HistoryPage::refillFilters() {
    const auto refill = [](QComboBox* box, const QString& all, const QStringList& values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString& v : values)
            box->addItem(v, v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    refill(m_clusterFilter, tr("All clusters"), m_backups->clusters());
    refill(m_scheduleFilter, tr("All schedules"), m_backups->schedules());
}

void HistoryPage::openRow(const QModelIndex& proxyIndex) {
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    const QString cluster = m_backups->clusterAt(source.row());
    const VeleroBackup& backup = m_backups->backupAt(source.row());
    const VeleroBsl* bsl = m_locations->location(cluster, backup.storageLocation);
    if (!bsl) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Cannot open %1: cluster %2 has no storage location named '%3'.")
                                  .arg(backup.name, cluster, backup.storageLocation));
        return;
    }
    emit openBackupRequested(BslStoreSpec::fromBsl(*bsl).toString(), backup.name);
}

} // namespace aks
