#pragma once

#include <QWizardPage>

class QTableView;

namespace aks {

class ClusterPlanModel;
class MessageBanner;
class RestoreWizard;

// Which backup goes to which cluster, with the restore options; look inside a backup; save the plan.
class PlanPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PlanPage(RestoreWizard* wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void lookInside();
    void savePlan();
    void listBackups();
    // The edit of a plan whose recovery began becomes a new plan, once the admin agreed to what it
    // keeps and runs; false when it did not.
    bool revise();

    RestoreWizard* m_wizard;
    MessageBanner* m_banner;
    QTableView* m_view;
    ClusterPlanModel* m_model;
};

} // namespace aks
