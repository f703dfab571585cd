#pragma once

#include "AppContext.h"
#include "RestoreWizard.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace aks {

class MessageBanner;

// The main window's Restore page: what the wizard does, a button to start it, and the offer to
// resume a recovery that did not finish (found in the journal folder).
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

    AppContext& m_context;
    MessageBanner* m_banner;
    QPushButton* m_resume;
    QPointer<RestoreWizard> m_wizard;
};

} // namespace aks
