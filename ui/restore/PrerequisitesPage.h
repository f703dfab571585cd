#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace aks {

class MessageBanner;
class PrerequisitesModel;
class RestoreWizard;

// Live checks before anything happens: each with pass/fail and how to fix. Builds the plan draft
// from the environment first when none was loaded.
class PrerequisitesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PrerequisitesPage(RestoreWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void buildPlan();
    void runChecks();

    RestoreWizard* m_wizard;
    MessageBanner* m_banner;
    QLabel* m_status;
    QTableView* m_view;
    PrerequisitesModel* m_model;
    QPushButton* m_again;
    bool m_running = false;
    bool m_passed = false;
};

} // namespace aks
