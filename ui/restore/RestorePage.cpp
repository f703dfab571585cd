#include "RestorePage.h"

#include "RestoreWizard.h"
#include "common/MessageBanner.h"
#include "restore/RecoveriesModel.h"
#include "restore/RestoreJournal.h"

#include "ModelRoles.h"
#include "common/ItemViews.h"
#include "core/DisplayTime.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace aks {

RestorePage::RestorePage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context) {
    setObjectName(QStringLiteral("restorePage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    auto* title = new QLabel(tr("<h2>Restore</h2>"), this);
    auto* text = new QLabel(
        tr("Both recovery procedures of AKS hybrid, step by step: <b>a new site</b> with standby clusters, "
           "or "
           "<b>management cluster corruption</b> (uninstall, reinstall from the configuration snapshot, "
           "recreate the "
           "workload clusters). Every step is checked before and verified after; destructive steps need the "
           "deployment's or cluster's name typed; a dry run shows every command first; a journal lets the "
           "recovery resume where it stopped."),
        this);
    text->setWordWrap(true);
    auto* start = new QPushButton(tr("Start the restore wizard..."), this);
    start->setObjectName(QStringLiteral("startRestoreWizard"));
    connect(start, &QPushButton::clicked, this, [this] { openWizard(); });
    m_resume = new QPushButton(tr("Resume the unfinished recovery..."), this);
    m_resume->setObjectName(QStringLiteral("resumeRestore"));
    connect(m_resume, &QPushButton::clicked, this, &RestorePage::resumeLatest);
    layout->addWidget(m_banner);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(start, 0, Qt::AlignLeft);
    layout->addWidget(m_resume, 0, Qt::AlignLeft);

    // Every recovery this machine ran: a drill's outcome and report stay at hand.
    m_recoveries = new RecoveriesModel(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_recoveries);
    sorted->setSortRole(RawValueRole);
    m_recoveriesTitle =
        new QLabel(tr("<b>Recoveries on this machine</b> (double-click: resume an unfinished one, "
                      "or open a finished one's report)"),
                   this);
    m_recoveriesView = new QTableView(this);
    m_recoveriesView->setObjectName(QStringLiteral("recoveriesView"));
    m_recoveriesView->setAccessibleName(tr("Recoveries on this machine"));
    m_recoveriesView->setModel(sorted);
    m_recoveriesView->setSortingEnabled(true);
    m_recoveriesView->sortByColumn(RecoveriesModel::Updated, Qt::DescendingOrder);
    m_recoveriesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recoveriesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recoveriesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recoveriesView->verticalHeader()->hide();
    m_recoveriesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recoveriesView->horizontalHeader()->setSectionResizeMode(RecoveriesModel::Clusters,
                                                               QHeaderView::Stretch);
    connect(m_recoveriesView, &QTableView::activated, this,
            [this, sorted](const QModelIndex& index) { openRecovery(sorted->mapToSource(index).row()); });
    ItemViews::addOpenAction(
        m_recoveriesView, tr("&Resume, or open the report"),
        [this, sorted](const QModelIndex& index) { openRecovery(sorted->mapToSource(index).row()); });
    layout->addSpacing(12);
    layout->addWidget(m_recoveriesTitle);
    layout->addWidget(m_recoveriesView, 1);
    layout->addStretch(); // keeps the page at the top while there is no recovery to list
    refreshResume();
}

void RestorePage::openRecovery(int row) {
    const RestoreJournal* j = m_recoveries->journalAt(row);
    if (!j)
        return;
    if (m_recoveries->standingAt(row) == RestoreJournal::Standing::Replaced) {
        m_banner->showMessage(
            MessageBanner::Kind::Info,
            tr("This recovery of %1 was replaced by an edited plan; resume that one instead.")
                .arg(j->plan().deployment));
        return;
    }
    if (j->outcome() != RestoreJournal::Outcome::Completed) {
        resumeInWizard(*j);
        return;
    }
    if (const QString report = m_recoveries->reportAt(row); !report.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(report));
}

void RestorePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refreshResume();
}

void RestorePage::refreshResume() {
    QList<RestoreJournal> all = RestoreJournal::all();
    const QList<RestoreJournal> open = RestoreJournal::unfinishedOf(all);
    m_recoveriesTitle->setVisible(!all.isEmpty());
    m_recoveriesView->setVisible(!all.isEmpty());
    m_recoveries->setJournals(std::move(all));
    m_resume->setVisible(!open.isEmpty());
    if (open.isEmpty()) {
        m_banner->clear();
        return;
    }
    const RestoreJournal& j = open.first();
    int done = 0;
    for (const JournalStep& s : j.steps())
        done += s.state == JournalStep::State::Done;
    m_banner->showMessage(
        MessageBanner::Kind::Warning,
        tr("A recovery of %1 did not finish (%2 of %3 steps done, last update %4). Resume it to "
           "continue exactly where it stopped.")
            .arg(j.plan().deployment)
            .arg(done)
            .arg(j.steps().size())
            .arg(DisplayTime::dateTime(j.updated())));
}

RestoreWizard* RestorePage::openWizard() {
    if (m_wizard)
        m_wizard->deleteLater();
    m_wizard = new RestoreWizard(m_context, this);
    m_wizard->setWindowFlag(Qt::Window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &RestoreWizard::inspectBackupRequested, this, &RestorePage::inspectBackupRequested);
    connect(m_wizard, &QWizard::finished, this, &RestorePage::refreshResume);
    m_wizard->show();
    return m_wizard;
}

void RestorePage::resumeLatest() {
    const QList<RestoreJournal> open = RestoreJournal::unfinished();
    if (open.isEmpty()) {
        refreshResume();
        return;
    }
    resumeInWizard(open.first());
}

void RestorePage::resumeInWizard(const RestoreJournal& journal) {
    // Checked before a wizard opens: a journal that cannot prove its plan unchanged is not resumed.
    if (auto bound = journal.bindsTo(journal.plan()); !bound) {
        m_banner->showMessage(MessageBanner::Kind::Error, bound.error().message);
        return;
    }
    RestoreWizard* w = openWizard();
    // The wizard walks its pages again with the journal's plan; finished steps show as done.
    if (auto resumed = w->resume(journal); !resumed) {
        w->close();
        m_banner->showMessage(MessageBanner::Kind::Error, resumed.error().message);
        return;
    }
    w->restart();
}

} // namespace aks
