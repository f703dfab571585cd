#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace aks {

class MessageBanner;
class RestoreWizard;

// The two documented recovery scenarios, each with what it does and needs; dry run; load a plan.
class ScenarioPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ScenarioPage(RestoreWizard* wizard);
    bool validatePage() override;
    void initializePage() override;

private:
    void loadPlan();
    void listSnapshots();
    // Checks the folder as soon as it is chosen; false (and says why) when it is no usable snapshot.
    bool checkSnapshot();

    RestoreWizard* m_wizard;
    MessageBanner* m_banner;
    QRadioButton* m_newSite;
    QRadioButton* m_corruption;
    QLineEdit* m_snapshot;
    QComboBox* m_snapshots;
    QLabel* m_snapshotState;
    bool m_snapshotError = false;
    QLineEdit* m_proxyUser;
    QLineEdit* m_proxyPassword;
    QLineEdit* m_spSecret;
    QCheckBox* m_dryRun;
};

} // namespace aks
