#include "PrerequisitesPage.h"

#include "RestoreWizard.h"
#include "akshci/AksHciClient.h"
#include "common/MessageBanner.h"
#include "env/AppPaths.h"
#include "jobs/JobManager.h"
#include "restore/PrerequisitesModel.h"
#include "restore/RestorePlanBuilder.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace aks {

PrerequisitesPage::PrerequisitesPage(RestoreWizard* wizard) : m_wizard(wizard) {
    setObjectName(QStringLiteral("prerequisitesPage"));
    setTitle(tr("Prerequisites"));
    setSubTitle(tr("Checked live: nothing is changed. Every failed check says how to fix it."));
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("prerequisitesStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_model = new PrerequisitesModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("prerequisitesView"));
    m_view->setAccessibleName(tr("Prerequisite checks"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // What was found and how to fix it share the width and wrap, so "How to fix" is read without
    // scrolling sideways; each row is as tall as its text.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PrerequisitesModel::Detail, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PrerequisitesModel::Fix, QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    m_again = new QPushButton(tr("Check again"), this);
    m_again->setObjectName(QStringLiteral("checkAgain"));
    connect(m_again, &QPushButton::clicked, this, &PrerequisitesPage::initializePage);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
}

bool PrerequisitesPage::isComplete() const {
    return !m_running && m_passed;
}

void PrerequisitesPage::initializePage() {
    m_banner->clear();
    m_model->setChecks({});
    m_passed = false;
    m_running = true;
    m_again->setEnabled(false);
    emit completeChanged();
    if (m_wizard->hasPlan())
        runChecks();
    else
        buildPlan();
}

void PrerequisitesPage::buildPlan() {
    m_status->setText(tr("Writing the plan from the environment: the clusters, and the newest backup of each "
                         "that passes verify..."));
    RestorePlanBuilder::Options o;
    o.scenario = m_wizard->chosenScenario();
    o.snapshotDir = m_wizard->chosenSnapshot();
    const EnvironmentConfig env = m_wizard->context().environment;
    m_wizard->context().jobs->run<RestorePlanBuilder::Built>(
        tr("Write the restore plan"),
        [env, o](const JobContext& job) {
            AksHciClient aks(env);
            return RestorePlanBuilder::build(env, aks, o, job);
        },
        this,
        [this](const Result<RestorePlanBuilder::Built>& r) {
            if (!r) {
                m_running = false;
                m_again->setEnabled(true);
                m_status->setText(tr("No plan."));
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("Could not write the plan: %1").arg(r.error().message),
                                      r.error().detail);
                emit completeChanged();
                return;
            }
            m_wizard->setPlan(r->plan);
            if (!r->notes.isEmpty())
                m_banner->showMessage(MessageBanner::Kind::Info, r->notes.join(QLatin1Char('\n')));
            runChecks();
        });
}

void PrerequisitesPage::runChecks() {
    m_status->setText(tr("Checking %n cluster(s)...", nullptr, int(m_wizard->plan().clusters.size())));
    auto session = m_wizard->session();
    m_wizard->context().jobs->run<QList<Prerequisite>>(
        tr("Check the restore prerequisites"),
        [session](const JobContext& job) -> Result<QList<Prerequisite>> {
            return session->checkPrerequisites(job);
        },
        this,
        [this](const Result<QList<Prerequisite>>& r) {
            m_running = false;
            m_again->setEnabled(true);
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message, r.error().detail);
                emit completeChanged();
                return;
            }
            m_model->setChecks(*r);
            m_view->resizeColumnsToContents();
            m_passed = RestorePrerequisites::allPass(*r);
            m_status->setText(m_passed ? tr("Every prerequisite is met; warnings are worth reading.")
                                       : tr("Some prerequisites fail: fix them and check again."));
            if (!m_passed)
                m_banner->showMessage(MessageBanner::Kind::Error, tr("The recovery cannot start yet."));
            emit completeChanged();
        });
}

} // namespace aks
