#pragma once

#include "restore/RestoreEngine.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace aks {

class MessageBanner;
class RestoreStepsModel;
class RestoreWizard;

// Runs the session's steps (up to stopAfter, or to the end) as a job: the steps table and the log
// update live; a destructive step asks for the typed name, then the run goes on; Cancel is kept
// consistent by the journal.
class RunStepsPage : public QWizardPage {
    Q_OBJECT
public:
    RunStepsPage(RestoreWizard* wizard, QString stopAfter, const QString& title, const QString& subTitle);
    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;
    bool running() const { return m_jobId != 0; }

private:
    void start();
    void finished(const EngineResult& r);
    // Asks for the typed name and each loss; false (and says why) when the admin did not confirm.
    bool askConfirmation(const Confirmation& c);
    // Whether the admin accepts the differences found instead of repairing them.
    bool askAcceptance(const Acceptance& a);

    RestoreWizard* m_wizard;
    QString m_stopAfter;
    MessageBanner* m_banner;
    QLabel* m_status;
    QTableView* m_view;
    RestoreStepsModel* m_model;
    QPlainTextEdit* m_log;
    QPushButton* m_start;
    QPushButton* m_cancel;
    int m_jobId = 0;
    bool m_done = false;
};

} // namespace aks
