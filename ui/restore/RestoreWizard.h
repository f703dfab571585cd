#pragma once

#include "AppContext.h"
#include "restore/PlanRevision.h"
#include "restore/RebuildSpec.h"
#include "restore/RecoveryTarget.h"
#include "restore/RestorePlan.h"
#include "restore/RestoreSession.h"

#include <QSet>

#include <QWizard>

#include <functional>
#include <memory>

namespace aks {

// The recovery wizard: Scenario, Prerequisites, Plan, Rebuild (corruption only), Restore, Verify
// and report. It owns the draft plan and the session that runs it; pages are thin.
class RestoreWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ScenarioPageId, PrerequisitesPageId, PlanPageId, RebuildPageId, RunPageId, ReportPageId };
    using TargetFactory = std::function<std::unique_ptr<RecoveryTarget>(const RestorePlan&)>;

    explicit RestoreWizard(AppContext& context, QWidget* parent = nullptr);

    AppContext& context() { return m_context; }
    void setTargetFactory(TargetFactory factory) { m_targetFactory = std::move(factory); }
    void setStepTimings(StepTimings t) { m_timings = t; }

    // Starts from a plan (loaded from a file), or resumes an unfinished journal. A plan that already
    // has a journal continues it, and only if it is the very plan the journal began with; a journal
    // whose plan cannot be proved unchanged is refused. On error nothing changes.
    Status startFromPlan(const RestorePlan& plan);
    Status resume(const RestoreJournal& journal);

    bool hasPlan() const { return m_hasPlan; }
    const RestorePlan& plan() const { return m_plan; }
    // Replaces the draft; a new session (and journal) is made for it.
    void setPlan(const RestorePlan& plan);
    std::shared_ptr<RestoreSession> session() const { return m_session; }
    // Whether the session's journal records a step that began: then an edit makes a new plan.
    bool started() const;
    // An edit of a plan whose recovery began: what the new plan keeps and runs (nothing written yet).
    Result<PlanRevision> prepareRevision(const RestorePlan& edited);
    // Writes the revision's journal, marks the earlier one replaced and goes on with the new plan.
    Status applyRevision(PlanRevision revision);

    // The Scenario page's choice; a plan of another scenario or snapshot is dropped.
    void chooseScenario(RestorePlan::Scenario scenario, const QString& snapshotDir);
    RestorePlan::Scenario chosenScenario() const { return m_scenario; }
    QString chosenSnapshot() const { return m_snapshotDir; }

    // Secrets a redacted snapshot lacks, asked on the Scenario page; given to every new target.
    void setRebuildSecrets(const RebuildSecrets& secrets);

    bool dryRun() const { return m_dryRun; }
    void setDryRun(bool on) { m_dryRun = on; }
    QSet<QString>& confirmedNames() { return m_confirmed; }
    // Live clusters the admin acknowledged to lose (destroyed, not recreated by the plan).
    QSet<QString>& acknowledgedLosses() { return m_acknowledgedLosses; }
    // The admin said the certificate repair the diagnosis offered did not help (journaled).
    bool& repairDidNotHelp() { return m_repairDidNotHelp; }
    // Digests of differences from the snapshot the admin accepted after the rebuild.
    QSet<QString>& acceptedDifferences() { return m_acceptedDifferences; }

    int nextId() const override;
    // Asks first when closing would cancel a run in progress (Escape, the close button).
    void reject() override;
    bool closeNeedsConfirmation() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    // "Look inside" on the Plan page: the inspector should open this backup of this store.
    void inspectBackupRequested(const QString& store, const QString& backup);

private:
    void fitSubTitle();

    AppContext& m_context;
    TargetFactory m_targetFactory;
    StepTimings m_timings;
    RestorePlan m_plan;
    bool m_hasPlan = false;
    bool m_dryRun = false;
    RestorePlan::Scenario m_scenario = RestorePlan::Scenario::NewSite;
    QString m_snapshotDir;
    QSet<QString> m_confirmed;
    QSet<QString> m_acknowledgedLosses;
    bool m_repairDidNotHelp = false;
    QSet<QString> m_acceptedDifferences;
    RebuildSecrets m_secrets;
    std::shared_ptr<RestoreSession> m_session;
};

} // namespace aks
