#include "PlanPage.h"

#include "RestoreWizard.h"
#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
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

bool PlanPage::started() const {
    const auto session = m_wizard->session();
    if (!session)
        return false;
    // journal() returns a copy: keep it alive while its steps are read.
    const RestoreJournal journal = session->journal();
    for (const JournalStep& s : journal.steps())
        if (s.state != JournalStep::State::Pending)
            return true;
    return false;
}

void PlanPage::initializePage() {
    m_banner->clear();
    m_model->setPlan(m_wizard->plan());
    m_view->resizeColumnsToContents();
    if (m_view->model()->rowCount() > 0)
        m_view->selectRow(0);
    const bool locked = started();
    m_view->setEditTriggers(locked ? QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers)
                                   : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    if (locked)
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("This recovery has already started; its plan can no longer change."));
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
    if (!started() && m_model->plan().toJson() != m_wizard->plan().toJson())
        m_wizard->setPlan(m_model->plan());
    return true;
}

} // namespace aks
