#include "HealthPage.h"

#include "ModelRoles.h"
#include "akshci/AksHciClient.h"
#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "health/EnvironmentHealth.h"
#include "health/HealthFindingsModel.h"
#include "health/HealthRepairRun.h"
#include "jobs/JobManager.h"
#include "restore/RestoreReportHtml.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace aks {

HealthPage::HealthPage(AppContext context, QWidget* parent)
    : QWidget(parent),
      m_context(std::move(context)),
      m_model(new HealthFindingsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_banner(new MessageBanner(this)),
      m_refreshButton(new QPushButton(tr("&Check now"), this)),
      m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this)),
      m_repairs(new QComboBox(this)),
      m_script(new QPlainTextEdit(this)),
      m_runRepair(new QPushButton(tr("Run &repair..."), this)) {
    setObjectName(QStringLiteral("healthPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_refreshButton->setObjectName(QStringLiteral("checkHealth"));
    m_refreshButton->setToolTip(tr("Diagnose the deployment and every workload cluster again"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Checking health"));
    m_progress->setVisible(false);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("healthFindings"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HealthFindingsModel::UrgencyColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(HealthFindingsModel::FindingColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Health findings, most urgent first"));
    m_repairs->setObjectName(QStringLiteral("healthRepairs"));
    m_repairs->setAccessibleName(tr("Documented repairs of the selected finding"));
    m_script->setObjectName(QStringLiteral("healthRepairScript"));
    m_script->setReadOnly(true);
    m_script->setMaximumHeight(70);
    m_script->setAccessibleName(tr("The exact script the repair runs"));
    m_runRepair->setObjectName(QStringLiteral("runHealthRepair"));
    m_runRepair->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_refreshButton);
    top->addWidget(m_progress);
    top->addWidget(m_summary, 1);
    auto* repair = new QFormLayout;
    repair->addRow(tr("Repair:"), m_repairs);
    repair->addRow(tr("Script:"), m_script);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(repair);
    layout->addWidget(m_runRepair, 0, Qt::AlignRight);
    m_banner->setVisible(false);

    connect(m_refreshButton, &QPushButton::clicked, this, &HealthPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HealthPage::showRepairs);
    connect(m_repairs, &QComboBox::currentIndexChanged, this, [this](int i) {
        const HealthFinding* f = selectedFinding();
        m_script->setPlainText(f && i >= 0 && i < f->repairs.size() ? scriptText(f->repairs.at(i).script)
                                                                    : QString());
        m_runRepair->setEnabled(!m_busy && f && i >= 0 && i < f->repairs.size());
    });
    connect(m_runRepair, &QPushButton::clicked, this, &HealthPage::runSelectedRepair);
}

void HealthPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

void HealthPage::setBusy(bool busy) {
    m_busy = busy;
    m_progress->setVisible(busy);
    m_refreshButton->setEnabled(!busy);
    m_runRepair->setEnabled(!busy && m_repairs->currentIndex() >= 0);
}

const HealthFinding* HealthPage::selectedFinding() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->finding(m_proxy->mapToSource(current).row()) : nullptr;
}

void HealthPage::showRepairs() {
    m_repairs->clear();
    if (const HealthFinding* f = selectedFinding())
        for (const HealthRepair& r : f->repairs)
            m_repairs->addItem(r.deprecated ? tr("%1 (deprecated cmdlet)").arg(r.title) : r.title, r.id);
    if (m_repairs->count() == 0) {
        m_script->clear();
        m_runRepair->setEnabled(false);
    }
}

void HealthPage::showSummary() {
    const HealthReport& r = m_model->report();
    QStringList parts;
    parts << (r.reachable ? tr("Deployment %1 answers; AKS hybrid %2.")
                                .arg(r.deployment, r.version.isEmpty() ? tr("(version unknown)") : r.version)
                          : tr("The management cluster does not answer."));
    for (const ClusterHealth& c : r.clusters)
        parts << tr("%1: Kubernetes %2, %3.")
                     .arg(c.name, c.kubernetesVersion,
                          c.reachable ? tr("API server answers") : tr("not reached"));
    for (auto it = r.rotationSettings.cbegin(); it != r.rotationSettings.cend(); ++it)
        parts << QStringLiteral("%1 = %2.").arg(it.key(), it.value());
    m_summary->setText(parts.join(QLatin1Char(' ')));
    if (r.expiryFound())
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The symptoms fit expired certificates or tokens. Run the documented repair "
               "below before any restore: uninstalling would destroy a deployment the repair "
               "brings back."));
    else if (r.worst() >= HealthFinding::Urgency::Warning)
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Something needs action: see the findings marked "
                                 "Warning or Critical."));
    else
        m_banner->clear();
    m_banner->setVisible(r.worst() >= HealthFinding::Urgency::Warning);
}

void HealthPage::refresh() {
    if (m_busy || !m_context.akshci || !m_context.jobs)
        return;
    setBusy(true);
    auto client = m_context.akshci;
    const EnvironmentConfig env = m_context.environment;
    m_context.jobs->run<HealthReport>(
        tr("Check health"),
        [client, env](const JobContext& job) -> Result<HealthReport> {
            job.setProgress(0, -1, tr("Diagnosing the deployment"));
            return EnvironmentHealth::check(env, *client, job.cancelToken());
        },
        this,
        [this](const Result<HealthReport>& r) {
            setBusy(false);
            if (r) {
                m_model->setReport(*r);
                m_table->resizeColumnsToContents();
                if (m_proxy->rowCount() > 0)
                    m_table->setCurrentIndex(m_proxy->index(0, 0));
                showSummary();
            } else {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message, r.error().detail);
                m_banner->setVisible(true);
            }
            emit refreshFinished(r.ok());
        });
}

void HealthPage::runSelectedRepair() {
    const HealthFinding* f = selectedFinding();
    const int i = m_repairs->currentIndex();
    if (m_busy || !f || i < 0 || i >= f->repairs.size() || !m_context.dialogs)
        return;
    const HealthRepair repair = f->repairs.at(i);
    const QString subject = f->subject;
    const QString deployment = m_model->report().deployment;
    const QString name = subject.isEmpty() ? deployment : subject;
    if (!m_context.dialogs->confirmByTyping(this, tr("Run repair"),
                                            tr("This runs:\n%1\nIt replaces the certificates and tokens of "
                                               "%2; kubeconfigs fetched before stop "
                                               "working. Type the name to go on.")
                                                .arg(scriptText(repair.script), name),
                                            name)) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The repair did not run: the name typed was not '%1'.").arg(name));
        m_banner->setVisible(true);
        return;
    }
    setBusy(true);
    auto client = m_context.akshci;
    const EnvironmentConfig env = m_context.environment;
    m_context.jobs->run<QString>(
        tr("Repair: %1").arg(repair.title),
        [client, env, repair, subject, deployment, name](const JobContext& job) -> Result<QString> {
            HealthRepairRun run(repair, subject, deployment, *client, [&](const CancelToken& c) {
                return EnvironmentHealth::check(env, *client, c);
            });
            const EngineResult r = run.run({name}, false, job);
            // The report beside the journal, where the restore history looks for it.
            const QString journal = run.journal().path();
            if (journal.endsWith(QLatin1String(".json"))) {
                if (auto written = RestoreReportHtml::write(
                        run.journal(), journal.chopped(5) + QStringLiteral("-report.html"));
                    !written)
                    job.output(written.error().message);
            }
            if (r.outcome != RestoreJournal::Outcome::Completed)
                return Error::make(Error::Kind::Generic, r.message);
            return journal;
        },
        this,
        [this, repair](const Result<QString>& r) {
            setBusy(false);
            if (r)
                m_banner->showMessage(
                    MessageBanner::Kind::Info,
                    tr("%1: done, and the diagnosis confirms it. Journal: %2").arg(repair.title, *r));
            else
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            m_banner->setVisible(true);
            emit repairFinished(r.ok());
            if (r)
                refresh();
        });
}

} // namespace aks
