#pragma once

#include <QWizardPage>

class QTextBrowser;

namespace aks {

class MessageBanner;
class RestoreWizard;

// The outcome: restore phases, warnings and errors by namespace, what the verify found, and the
// report (HTML and PDF) of every step with times and commands.
class ReportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReportPage(RestoreWizard* wizard);
    void initializePage() override;

private:
    void saveReport();

    RestoreWizard* m_wizard;
    MessageBanner* m_banner;
    QTextBrowser* m_view;
};

} // namespace aks
