#pragma once

#include "AppContext.h"
#include "RestoreWizard.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace aks {

class MessageBanner;
class RecoveriesModel;

// The main window's Restore page: what the wizard does, a button to start it, the offer to resume
// a recovery that did not finish, and every recovery this machine ran (from the journal folder).
class RestorePage : public QWidget {
    Q_OBJECT
public:
    explicit RestorePage(AppContext& context, QWidget* parent = nullptr);

    RestoreWizard* wizard() const { return m_wizard; }
    RestoreWizard* openWizard(); // a fresh wizard, shown

signals:
    void inspectBackupRequested(const QString& store, const QString& backup);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshResume();
    void resumeLatest();
    // Resumes the recovery of that row when it did not finish, else opens its report.
    void openRecovery(int row);
    void resumeInWizard(const RestoreJournal& journal);

    AppContext& m_context;
    MessageBanner* m_banner;
    QPushButton* m_resume;
    QLabel* m_recoveriesTitle;
    QTableView* m_recoveriesView;
    RecoveriesModel* m_recoveries;
    QPointer<RestoreWizard> m_wizard;
};

} // namespace aks
