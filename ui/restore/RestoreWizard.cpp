#include "RestoreWizard.h"

#include "PlanPage.h"
#include "PrerequisitesPage.h"
#include "ReportPage.h"
#include "RunStepsPage.h"
#include "ScenarioPage.h"
#include "common/DialogFacade.h"
#include "common/ItemViews.h"
#include "restore/BackendRecoveryTarget.h"

#include <QLabel>
#include <QScreen>

#include <algorithm>

namespace aks {

RestoreWizard::RestoreWizard(AppContext& context, QWidget* parent) : QWizard(parent), m_context(context) {
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_targetFactory = [this](const RestorePlan& plan) -> std::unique_ptr<RecoveryTarget> {
        auto target = std::make_unique<BackendRecoveryTarget>(m_context.environment, plan);
        target->setRebuildSecrets(m_secrets);
        return target;
    };
    setPage(ScenarioPageId, new ScenarioPage(this));
    setPage(PrerequisitesPageId, new PrerequisitesPage(this));
    setPage(PlanPageId, new PlanPage(this));
    setPage(RebuildPageId,
            new RunStepsPage(
                this, QStringLiteral("compare-snapshot"), tr("Rebuild"),
                tr("Uninstall-AksHci, then the management cluster and every workload cluster recreated "
                   "from the snapshot, then a compare that must come out equal.")));
    setPage(RunPageId,
            new RunStepsPage(this, QString(), tr("Restore"),
                             tr("Velero installed where missing, the backup location waited for, one "
                                "restore per cluster, followed live.")));
    setPage(ReportPageId, new ReportPage(this));
    ItemViews::standardizeAll(this);
    connect(this, &QWizard::currentIdChanged, this, &RestoreWizard::fitSubTitle);
    // As large as the pages like, never larger than the screen (1024x700 laptops and RDP sessions).
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    resize(qMin(980, room.width() - 24), qMin(680, room.height() - 48));
}

void RestoreWizard::resizeEvent(QResizeEvent* event) {
    QWizard::resizeEvent(event);
    fitSubTitle();
}

void RestoreWizard::fitSubTitle() {
    // QWizard's header keeps one line's height for the subtitle; a longer one (Japanese ones wrap
    // to two lines at 1024 px) was cut off. The label is QWizard's own, found by its text.
    if (!currentPage())
        return;
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label->text() != currentPage()->subTitle() || !label->wordWrap() ||
            currentPage()->isAncestorOf(label))
            continue;
        label->setMinimumHeight(label->heightForWidth(label->width()));
    }
}

bool RestoreWizard::closeNeedsConfirmation() const {
    const auto* run = qobject_cast<const RunStepsPage*>(currentPage());
    return run && run->running();
}

void RestoreWizard::reject() {
    // Escape and the window's close button both come here: a recovery in progress is not closed
    // by a stray key press.
    if (closeNeedsConfirmation() && m_context.dialogs &&
        m_context.dialogs->question(this, tr("Close the restore wizard?"),
                                    tr("A step that is running is cancelled. What is done stays in the "
                                       "journal: the Restore page offers to resume this recovery.")) !=
            QMessageBox::Yes)
        return;
    if (closeNeedsConfirmation())
        currentPage()->cleanupPage(); // cancels the run; the journal keeps what is done
    QWizard::reject();
}

void RestoreWizard::setPlan(const RestorePlan& plan) {
    m_plan = plan;
    m_scenario = plan.scenario;
    m_snapshotDir = plan.snapshotDir;
    m_hasPlan = true;
    RestoreJournal journal(plan, RestoreJournal::pathFor(plan.id));
    m_session = std::make_shared<RestoreSession>(std::move(journal), m_targetFactory(plan), m_timings);
}

bool RestoreWizard::started() const {
    if (!m_session)
        return false;
    const RestoreJournal journal = m_session->journal(); // a copy: alive while its steps are read
    return std::any_of(journal.steps().cbegin(), journal.steps().cend(),
                       [](const JournalStep& s) { return s.state != JournalStep::State::Pending; });
}

Result<PlanRevision> RestoreWizard::prepareRevision(const RestorePlan& edited) {
    if (!m_session)
        return Error::make(Error::Kind::BadInput, tr("There is no recovery to revise."));
    const RestoreJournal earlier = m_session->journal();
    const RestorePlan revised = PlanRevision::revisedPlan(earlier.plan(), edited);
    const auto target = m_targetFactory(revised);
    return PlanRevision::prepare(earlier, revised, *target, m_timings);
}

Status RestoreWizard::applyRevision(PlanRevision revision) {
    if (!m_session)
        return Error::make(Error::Kind::BadInput, tr("There is no recovery to revise."));
    if (Status s = revision.commit(m_session->journal()); !s)
        return s;
    m_plan = revision.plan();
    m_session = std::make_shared<RestoreSession>(revision.journal(), m_targetFactory(m_plan), m_timings);
    return {};
}

void RestoreWizard::setRebuildSecrets(const RebuildSecrets& secrets) {
    const bool changed = secrets.proxyPassword != m_secrets.proxyPassword ||
                         secrets.servicePrincipalSecret != m_secrets.servicePrincipalSecret;
    m_secrets = secrets;
    // A session made before (a loaded plan) goes on with the same journal and a target that has them.
    if (changed && m_session)
        m_session =
            std::make_shared<RestoreSession>(m_session->journal(), m_targetFactory(m_plan), m_timings);
}

void RestoreWizard::chooseScenario(RestorePlan::Scenario scenario, const QString& snapshotDir) {
    m_scenario = scenario;
    m_snapshotDir = snapshotDir;
    if (m_hasPlan && (m_plan.scenario != scenario ||
                      (scenario == RestorePlan::Scenario::Corruption && m_plan.snapshotDir != snapshotDir))) {
        m_hasPlan = false;
        m_session.reset();
    }
}

Status RestoreWizard::startFromPlan(const RestorePlan& plan) {
    auto existing = RestoreJournal::existingFor(plan);
    if (!existing)
        return existing.error();
    if (*existing)
        return resume(**existing);
    setPlan(plan);
    return {};
}

Status RestoreWizard::resume(const RestoreJournal& journal) {
    if (auto bound = journal.bindsTo(journal.plan()); !bound)
        return bound;
    m_plan = journal.plan();
    m_scenario = m_plan.scenario;
    m_snapshotDir = m_plan.snapshotDir;
    m_hasPlan = true;
    m_session = std::make_shared<RestoreSession>(journal, m_targetFactory(m_plan), m_timings);
    return {};
}

int RestoreWizard::nextId() const {
    switch (currentId()) {
    case ScenarioPageId:
        return PrerequisitesPageId;
    case PrerequisitesPageId:
        return PlanPageId;
    case PlanPageId:
        return m_plan.scenario == RestorePlan::Scenario::Corruption ? RebuildPageId : RunPageId;
    case RebuildPageId:
        return RunPageId;
    case RunPageId:
        return ReportPageId;
    default:
        return -1;
    }
}

} // namespace aks
