#include "HealthRepairRun.h"

#include "akshci/AksHciClient.h"

#include <QDateTime>
#include <QFile>
#include <QUuid>

namespace aks {

HealthRepairRun::HealthRepairRun(HealthRepair repair, QString subject, QString deployment,
                                 AksHciClient& client, Recheck recheck)
    : m_repair(std::move(repair)),
      m_subject(std::move(subject)),
      m_deployment(std::move(deployment)),
      m_client(client),
      m_recheck(std::move(recheck)) {}

QString HealthRepairRun::confirmationName() const {
    return m_subject.isEmpty() ? m_deployment : m_subject;
}

RestoreStep HealthRepairRun::step() {
    RestoreStep s;
    s.id = m_repair.id;
    s.title = m_repair.title;
    s.cluster = m_subject;
    s.description = tr("The documented repair of expired certificates and tokens, then the diagnosis again.");
    s.commands = scriptLines(m_repair.script);
    const QString what = m_subject.isEmpty() ? tr("the management cluster of %1").arg(m_deployment)
                                             : tr("the workload cluster %1").arg(m_subject);
    s.mayDestroy = tr("the certificates and tokens of %1 are replaced").arg(what);
    const QString name = confirmationName();
    s.confirmation = [name, what](const StepRun&) -> Result<std::optional<Confirmation>> {
        return std::optional<Confirmation>(
            Confirmation{name,
                         tr("The repair replaces the certificates and tokens of %1: kubeconfigs fetched "
                            "before it stop working, so fetch them again (Get-AksHciCredential).")
                             .arg(what),
                         {}});
    };
    s.run = [this](const StepRun& r) -> Status {
        for (const QString& line : scriptLines(m_repair.script))
            r.log(QStringLiteral("PS> %1").arg(line));
        return m_client.repair(m_repair.script, r.cancel());
    };
    s.verify = [this](const StepRun& r) -> Status {
        const HealthReport after = m_recheck(r.cancel());
        QStringList still;
        for (const HealthFinding& f : after.sortedFindings())
            if (f.isExpiry() && f.subject == m_subject)
                still << f.message;
        if (!still.isEmpty())
            return Error::make(Error::Kind::Generic,
                               tr("The repair ran, but the diagnosis still finds expired certificates: %1")
                                   .arg(still.join(QLatin1Char(' '))));
        r.log(m_subject.isEmpty() ? tr("The management cluster answers again; no expired certificate found.")
                                  : tr("%1 has no expired certificate any more.").arg(m_subject));
        return {};
    };
    return s;
}

EngineResult HealthRepairRun::run(const QSet<QString>& confirmed, bool dryRun, const JobContext& job) {
    RestorePlan plan;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    plan.id = QStringLiteral("repair-%1-%2")
                  .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                       QUuid::createUuid().toString(QUuid::Id128).left(8));
    // The repair is where the corruption scenario starts (diagnose before destroy).
    plan.scenario = RestorePlan::Scenario::Corruption;
    plan.deployment = m_deployment;
    plan.createdAt = now;
    m_journal = RestoreJournal(plan, dryRun ? QString() : RestoreJournal::pathFor(plan.id));
    std::vector<RestoreStep> steps;
    steps.push_back(step());
    RestoreEngine engine(std::move(steps), m_journal);
    engine.setDryRun(dryRun);
    engine.setConfirmedNames(confirmed);
    const EngineResult r = engine.run(job);
    // Stopped for the name before anything ran: no journal to resume, the next run starts afresh.
    if (r.outcome == RestoreJournal::Outcome::NeedsConfirmation && !m_journal.path().isEmpty())
        QFile::remove(m_journal.path());
    return r;
}

} // namespace aks
