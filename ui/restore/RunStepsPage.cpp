#include "RunStepsPage.h"

#include "RestoreWizard.h"
#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "jobs/JobManager.h"
#include "restore/RestoreStepsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace aks {

RunStepsPage::RunStepsPage(RestoreWizard* wizard, QString stopAfter, const QString& title,
                           const QString& subTitle)
    : m_wizard(wizard), m_stopAfter(std::move(stopAfter)) {
    setObjectName(m_stopAfter.isEmpty() ? QStringLiteral("runPage") : QStringLiteral("rebuildPage"));
    setTitle(title);
    setSubTitle(subTitle);
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setTextFormat(Qt::PlainText); // step messages name clusters and backups
    m_status->setWordWrap(true);
    m_model = new RestoreStepsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("stepsView"));
    m_view->setAccessibleName(tr("Recovery steps"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Short columns follow their widest value as the run fills them in ("Started" was cut).
    for (int c : {RestoreStepsModel::State, RestoreStepsModel::Started, RestoreStepsModel::Duration,
                  RestoreStepsModel::Attempts})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    connect(m_model, &RestoreStepsModel::stepStarted, this,
            [this](int row) { m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::EnsureVisible); });
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setAccessibleName(tr("Live log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(20000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("startRun"));
    m_cancel = new QPushButton(tr("Cancel the run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, &RunStepsPage::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_jobId)
            m_wizard->context().jobs->cancel(m_jobId);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_wizard->context().jobs, &JobManager::jobOutput, this, [this](int id, const QString& line) {
        if (id == m_jobId)
            m_log->appendPlainText(line);
    });
}

void RunStepsPage::initializePage() {
    m_banner->clear();
    m_log->clear();
    m_done = false;
    auto session = m_wizard->session();
    QList<JournalStep> steps = session ? session->plannedSteps() : QList<JournalStep>();
    if (!m_stopAfter.isEmpty()) {
        // The Rebuild page shows the steps up to the compare; the Restore page shows them all.
        QList<JournalStep> upTo;
        for (const JournalStep& s : steps) {
            upTo << s;
            if (s.id == m_stopAfter)
                break;
        }
        steps = upTo;
    }
    m_model->setSteps(steps);
    m_view->resizeColumnsToContents();
    m_start->setText(m_wizard->dryRun() ? tr("Dry run") : tr("Start"));
    m_start->setEnabled(true);
    m_status->setText(m_wizard->dryRun()
                          ? tr("Dry run: the commands are shown, nothing is changed.")
                          : tr("Press Start when ready. Destructive steps ask for a typed name."));
    emit completeChanged();
}

void RunStepsPage::cleanupPage() {
    if (m_jobId)
        m_wizard->context().jobs->cancel(m_jobId);
}

bool RunStepsPage::isComplete() const {
    return m_done;
}

void RunStepsPage::start() {
    auto session = m_wizard->session();
    if (!session)
        return;
    m_banner->clear();
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Running..."));
    RestoreSession::RunOptions options;
    options.dryRun = m_wizard->dryRun();
    options.confirmed = m_wizard->confirmedNames();
    options.acknowledgedLosses = m_wizard->acknowledgedLosses();
    options.repairDidNotHelp = m_wizard->repairDidNotHelp();
    options.acceptedDifferences = m_wizard->acceptedDifferences();
    options.stopAfter = m_stopAfter;
    QPointer<RestoreStepsModel> model(m_model);
    const RestoreEngine::StepObserver observer = [model](const JournalStep& s) {
        QMetaObject::invokeMethod(
            model.data(),
            [model, s] {
                if (model)
                    model->updateStep(s);
            },
            Qt::QueuedConnection);
    };
    auto outcome = std::make_shared<EngineResult>();
    m_jobId = m_wizard->context().jobs->run<EngineResult>(
        m_stopAfter.isEmpty() ? tr("Restore %1").arg(session->plan().deployment)
                              : tr("Rebuild %1").arg(session->plan().deployment),
        // The jobs panel gets the run's outcome; the page the whole result (what to accept, confirm).
        [session, options, observer, outcome](const JobContext& job) {
            *outcome = session->run(job, options, observer);
            return RestoreSession::asJobResult(*outcome);
        },
        this,
        [this, outcome](const Result<EngineResult>&) {
            m_jobId = 0;
            m_cancel->setEnabled(false);
            finished(*outcome);
        });
}

bool RunStepsPage::askConfirmation(const Confirmation& c) {
    DialogFacade& dialogs = *m_wizard->context().dialogs;
    // Diagnose before destroy: expired certificates are repaired, not uninstalled.
    if (!c.repairFirst.isEmpty() && !m_wizard->repairDidNotHelp()) {
        const auto answer = dialogs.question(
            this, tr("Repair first"),
            tr("The diagnosis found what expired certificates or tokens cause:\n%1\n\nThe documented repair "
               "brings the deployment back without uninstalling anything:\n%2\n\nRun it from the Health "
               "page first. Did you run it, and it did NOT help?")
                .arg(c.diagnosis, c.repairFirst.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("Stopped before Uninstall-AksHci: run the certificate repair from the Health "
                   "page first. Nothing was destroyed."),
                c.repairFirst.join(QLatin1Char('\n')));
            return false;
        }
        m_wizard->repairDidNotHelp() = true;
        m_log->appendPlainText(tr("Acknowledged that the documented repair did not help."));
    }
    if (!dialogs.confirmByTyping(this, tr("Destructive step"), c.destroys, c.name)) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Stopped before the destructive step: the name typed was not '%1'. Nothing "
                                 "was destroyed; press Start to be asked again.")
                                  .arg(c.name),
                              c.destroys);
        return false;
    }
    // Each live cluster the plan does not recreate is a second, separate acknowledgement.
    for (const QString& lost : c.unrecovered) {
        const bool accepted = dialogs.confirmByTyping(
            this, tr("Cluster not recreated"),
            tr("Uninstall-AksHci destroys the live workload cluster %1 with everything it runs, and this "
               "plan does not recreate it: it is lost for good. Type its name to accept that.")
                .arg(lost),
            lost);
        if (!accepted) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("Stopped before the destructive step: the loss of %1 was not "
                                     "acknowledged. Nothing was destroyed; add %1 to the plan, or press "
                                     "Start to be asked again.")
                                      .arg(lost),
                                  c.destroys);
            return false;
        }
        m_wizard->acknowledgedLosses().insert(lost);
        m_log->appendPlainText(tr("Acknowledged that %1 is destroyed and not recreated.").arg(lost));
    }
    m_wizard->confirmedNames().insert(c.name);
    m_log->appendPlainText(tr("Confirmed by typing '%1'.").arg(c.name));
    return true;
}

bool RunStepsPage::askAcceptance(const Acceptance& a) {
    QStringList lines;
    for (const QString& d : a.items)
        lines << QStringLiteral("\u2022 ") + d;
    const auto answer = m_wizard->context().dialogs->question(
        this, tr("The rebuilt deployment differs from the snapshot"),
        tr("These %n setting(s) of the rebuilt deployment differ from the snapshot:\n\n%1\n\nRepair them "
           "(press No, fix them, then Retry), or accept exactly these differences and go on with the "
           "restores (Yes). An acceptance is recorded in the journal and the report.",
           nullptr, int(a.items.size()))
            .arg(lines.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_wizard->acceptedDifferences().insert(a.digest);
    m_log->appendPlainText(tr("Accepted %n difference(s) from the snapshot.", nullptr, int(a.items.size())));
    return true;
}

void RunStepsPage::finished(const EngineResult& r) {
    if (auto session = m_wizard->session(); session && !m_wizard->dryRun()) {
        const RestoreJournal journal = session->journal(); // a copy: alive while its steps are read
        for (const JournalStep& s : journal.steps())
            if (m_model->rowOf(s.id) >= 0)
                m_model->updateStep(s);
    }
    switch (r.outcome) {
    case RestoreJournal::Outcome::NeedsConfirmation: {
        if (askConfirmation(r.confirmation)) {
            start();
            return;
        }
        m_status->setText(tr("Waiting for confirmation."));
        m_start->setEnabled(true);
        return;
    }
    case RestoreJournal::Outcome::Completed:
    case RestoreJournal::Outcome::Running:
        m_done = true;
        m_status->setText(r.outcome == RestoreJournal::Outcome::Running
                              ? tr("%1 Press Next to go on with the recovery.").arg(r.message)
                              : r.message);
        if (r.warnings)
            m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("Finished with warnings: see the steps marked with warnings and the report."));
        emit completeChanged();
        return;
    case RestoreJournal::Outcome::Cancelled:
        m_status->setText(
            tr("Cancelled. The journal is consistent: press Start to continue where it stopped."));
        m_start->setText(tr("Continue"));
        m_start->setEnabled(true);
        return;
    case RestoreJournal::Outcome::Failed:
        if (r.toAccept && askAcceptance(*r.toAccept)) {
            start();
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Error, r.message);
        m_status->setText(tr("Failed. Fix the cause, then press Retry: finished steps are not run again."));
        m_start->setText(tr("Retry"));
        m_start->setEnabled(true);
        return;
    }
}

} // namespace aks
