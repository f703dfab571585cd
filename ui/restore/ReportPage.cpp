#include "ReportPage.h"

#include "RestoreWizard.h"
#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "restore/RestoreReportHtml.h"
#include "restore/RestoreReportWriter.h"

#include <QDir>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace aks {

ReportPage::ReportPage(RestoreWizard* wizard) : m_wizard(wizard) {
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Verify and report"));
    setSubTitle(tr("What every step did, with times and commands; secrets are redacted."));
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setAccessibleName(tr("Recovery report"));
    auto* save = new QPushButton(tr("Save report (HTML and PDF)..."), this);
    save->setObjectName(QStringLiteral("saveReport"));
    connect(save, &QPushButton::clicked, this, &ReportPage::saveReport);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(save, 0, Qt::AlignLeft);
    setFinalPage(true);
}

void ReportPage::initializePage() {
    m_banner->clear();
    const auto session = m_wizard->session();
    if (!session)
        return;
    const RestoreJournal journal = session->journal();
    m_view->setHtml(RestoreReportHtml::render(journal));
    if (m_wizard->dryRun()) {
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Dry run: nothing was changed."));
        return;
    }
    // A copy beside the journal, so the report survives even if the admin saves none.
    QString base = journal.path();
    base.chop(5);
    auto w = RestoreReportWriter::write(journal, base + QStringLiteral("-report"));
    if (w)
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Report saved as %1 and %2.").arg(w->html, w->pdf));
    else
        m_banner->showMessage(MessageBanner::Kind::Error, w.error().message);
}

void ReportPage::saveReport() {
    const auto session = m_wizard->session();
    if (!session)
        return;
    QString file = m_wizard->context().dialogs->saveFileName(this, tr("Save the recovery report"),
                                                             QDir::homePath(), tr("Reports (*.html)"));
    if (file.isEmpty())
        return;
    if (file.endsWith(QLatin1String(".html")))
        file.chop(5);
    auto w = RestoreReportWriter::write(session->journal(), file);
    if (w)
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Saved %1 and %2.").arg(w->html, w->pdf));
    else
        m_banner->showMessage(MessageBanner::Kind::Error, w.error().message);
}

} // namespace aks
