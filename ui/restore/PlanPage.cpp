#include "PlanPage.h"

#include "RestoreWizard.h"
#include "common/ChoiceDelegate.h"
#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "jobs/JobManager.h"
#include "restore/BackupChoices.h"
#include "restore/ClusterPlanModel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace aks {

PlanPage::PlanPage(RestoreWizard* wizard) : m_wizard(wizard) {
    setObjectName(QStringLiteral("planPage"));
    setTitle(tr("Plan"));
    setSubTitle(tr("Which backup goes to which cluster, and how. Double-click a cell to change it."));
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_model = new ClusterPlanModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setAccessibleName(tr("Backups per cluster"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ClusterPlanModel::Backup, new ChoiceDelegate(m_view));
    connect(m_model, &ClusterPlanModel::editRejected, this,
            [this](const QString& why) { m_banner->showMessage(MessageBanner::Kind::Error, why); });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    auto* buttons = new QHBoxLayout;
    auto* look = new QPushButton(tr("Look inside the backup..."), this);
    look->setObjectName(QStringLiteral("lookInside"));
    connect(look, &QPushButton::clicked, this, &PlanPage::lookInside);
    auto* save = new QPushButton(tr("Save plan..."), this);
    save->setObjectName(QStringLiteral("savePlan"));
    connect(save, &QPushButton::clicked, this, &PlanPage::savePlan);
    buttons->addWidget(look);
    buttons->addWidget(save);
    buttons->addStretch();
    auto* note =
        new QLabel(tr("An existing-resource policy of \"update\" overwrites what the cluster holds: the "
                      "restore then asks for the cluster's name to be typed."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);
}

void PlanPage::initializePage() {
    m_banner->clear();
    m_model->setPlan(m_wizard->plan());
    m_view->resizeColumnsToContents();
    if (m_view->model()->rowCount() > 0)
        m_view->selectRow(0);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    if (m_wizard->started())
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("This recovery has already begun. An edit makes a new plan: the steps "
                                 "already done that it runs unchanged are kept, the others run."));
    listBackups();
}

void PlanPage::listBackups() {
    const RestorePlan plan = m_wizard->plan();
    m_wizard->context().jobs->run<BackupChoices>(
        tr("List the backups of the plan's clusters"),
        [plan](const JobContext& job) -> Result<BackupChoices> { return BackupChoices::list(plan, job); },
        this,
        [this](const Result<BackupChoices>& r) {
            if (!r)
                return;
            m_model->setBackupChoices(r->byCluster);
            if (!r->notes.isEmpty())
                m_banner->showMessage(MessageBanner::Kind::Warning, r->notes.join(QLatin1Char('\n')));
        });
}

void PlanPage::lookInside() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Select a cluster first."));
        return;
    }
    const ClusterRestorePlan& c = m_model->plan().clusters.at(current.row());
    emit m_wizard->inspectBackupRequested(m_model->plan().storeFor(c), c.backup);
}

void PlanPage::savePlan() {
    const QString file = m_wizard->context().dialogs->saveFileName(
        this, tr("Save the restore plan"), QDir::homePath(), tr("Restore plans (*.json)"));
    if (file.isEmpty())
        return;
    auto s = m_model->plan().save(file);
    if (!s)
        m_banner->showMessage(MessageBanner::Kind::Error, s.error().message);
    else
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Saved to %1; run it with `aks-recovery restore --plan %1`.").arg(file));
}

bool PlanPage::validatePage() {
    const QStringList problems = m_model->plan().problems();
    if (!problems.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, problems.join(QLatin1Char(' ')));
        return false;
    }
    if (m_model->plan().toJson() == m_wizard->plan().toJson())
        return true;
    if (m_wizard->started())
        return revise();
    m_wizard->setPlan(m_model->plan());
    return true;
}

bool PlanPage::revise() {
    auto revision = m_wizard->prepareRevision(m_model->plan());
    if (!revision) {
        m_banner->showMessage(MessageBanner::Kind::Error, revision.error().message, revision.error().detail);
        return false;
    }
    const auto list = [](const QStringList& titles) {
        return titles.isEmpty() ? tr("none") : titles.join(QStringLiteral("; "));
    };
    QString text = tr("This recovery has already begun, so the edited plan is a new plan with a journal of "
                      "its own; the earlier journal is kept, marked as replaced.\n\nChanged: %1\n\nKept as "
                      "done, not run again: %2\n\nWill run: %3")
                       .arg(revision->changes().join(QStringLiteral("; ")), list(revision->kept()),
                            list(revision->toRun()));
    if (!revision->dropped().isEmpty())
        text += tr("\n\nDone earlier and not part of the new plan (they stay in the earlier journal): %1")
                    .arg(list(revision->dropped()));
    if (m_wizard->context().dialogs->question(this, tr("Go on with the edited plan?"), text) !=
        QMessageBox::Yes) {
        m_model->setPlan(m_wizard->plan());
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("The edit was discarded; the recovery goes on with its plan as it was."));
        return false;
    }
    if (auto applied = m_wizard->applyRevision(std::move(revision).value()); !applied) {
        m_banner->showMessage(MessageBanner::Kind::Error, applied.error().message, applied.error().detail);
        return false;
    }
    m_model->setPlan(m_wizard->plan()); // its new id: going Back and on again is no further edit
    return true;
}

} // namespace aks
