#include "RestoreJournal.h"
#include "core/BoundedJson.h"

#include "env/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "core/JsonFields.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace aks {
namespace {

constexpr qint64 kMaxJournalBytes = 64 * 1024 * 1024;
const JournalStep::State kStates[] = {JournalStep::State::Pending, JournalStep::State::Running,
                                      JournalStep::State::Done, JournalStep::State::Failed,
                                      JournalStep::State::Cancelled};
const RestoreJournal::Outcome kOutcomes[] = {
    RestoreJournal::Outcome::Running, RestoreJournal::Outcome::Completed, RestoreJournal::Outcome::Failed,
    RestoreJournal::Outcome::Cancelled, RestoreJournal::Outcome::NeedsConfirmation};

nlohmann::json list(const QStringList& l) {
    auto a = nlohmann::json::array();
    for (const QString& s : l)
        a.push_back(s.toStdString());
    return a;
}
std::string time(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
}

} // namespace

QString JournalStep::stateKey(State s) {
    switch (s) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString RestoreJournal::outcomeText(Outcome o) {
    switch (o) {
    case Outcome::Completed:
        return tr("Completed");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::NeedsConfirmation:
        return tr("Waiting for a typed name");
    case Outcome::Running:
        break;
    }
    return tr("Did not finish");
}

QString RestoreJournal::outcomeKey(Outcome o) {
    switch (o) {
    case Outcome::Running:
        return QStringLiteral("running");
    case Outcome::Completed:
        return QStringLiteral("completed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::NeedsConfirmation:
        return QStringLiteral("needs-confirmation");
    }
    return {};
}

RestoreJournal::RestoreJournal(RestorePlan plan, QString path)
    : m_plan(std::move(plan)), m_planDigest(m_plan.digest()), m_path(std::move(path)) {}

Status RestoreJournal::bindsTo(const RestorePlan& plan) const {
    if (m_planDigest.isEmpty())
        return Error::make(Error::Kind::Corrupt,
                           tr("The journal %1 was written by an older version that did not record which "
                              "plan it runs, so it cannot prove the plan is unchanged. It is not resumed: "
                              "check the deployment, then delete the journal and start the recovery with a "
                              "new plan.")
                               .arg(m_path));
    if (m_planDigest != m_plan.digest())
        return Error::make(Error::Kind::Corrupt,
                           tr("The plan kept in the journal %1 no longer matches the digest recorded when "
                              "the recovery began: the journal was edited. It is not resumed.")
                               .arg(m_path));
    if (plan.digest() != m_planDigest) {
        const QStringList changes = plan.differencesFrom(m_plan);
        return Error::make(Error::Kind::BadInput,
                           tr("The plan differs from the one this recovery began with (journal %1): %2. A "
                              "started recovery only goes on with its own plan; to restore differently, "
                              "write a new plan.")
                               .arg(m_path, changes.join(QStringLiteral("; "))),
                           changes.join(QLatin1Char('\n')));
    }
    return {};
}

Result<std::optional<RestoreJournal>> RestoreJournal::existingFor(const RestorePlan& plan) {
    const QString path = pathFor(plan.id);
    if (!QFileInfo::exists(path))
        return std::optional<RestoreJournal>();
    auto journal = load(path);
    if (!journal)
        return journal.error();
    if (auto bound = journal->bindsTo(plan); !bound)
        return bound.error();
    return std::optional<RestoreJournal>(std::move(journal).value());
}

QString RestoreJournal::pathFor(const QString& planId) {
    QString safe = planId;
    safe.remove(QLatin1Char('{')).remove(QLatin1Char('}')).replace(QLatin1Char('/'), QLatin1Char('_'));
    return QDir(AppPaths::journalDir()).filePath(QStringLiteral("restore-%1.json").arg(safe));
}

void RestoreJournal::setOutcome(Outcome o, const QString& message) {
    m_outcome = o;
    m_outcomeMessage = message;
}

JournalStep& RestoreJournal::ensureStep(const QString& id, const QString& title, const QString& cluster,
                                        const QStringList& commands) {
    for (JournalStep& s : m_steps)
        if (s.id == id)
            return s;
    JournalStep s;
    s.id = id;
    s.title = title;
    s.cluster = cluster;
    s.commands = commands;
    m_steps.append(s);
    return m_steps.last();
}

const JournalStep* RestoreJournal::step(const QString& id) const {
    for (const JournalStep& s : m_steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

Status RestoreJournal::save() {
    m_updated = QDateTime::currentDateTimeUtc();
    nlohmann::json j;
    j["format"] = "aks-recovery-restore-journal";
    j["version"] = 1;
    j["plan"] = m_plan.toJson();
    j["planDigest"] = m_planDigest.toStdString();
    if (!m_replacedBy.isEmpty())
        j["replacedBy"] = m_replacedBy.toStdString();
    j["outcome"] = outcomeKey(m_outcome).toStdString();
    j["outcomeMessage"] = m_outcomeMessage.toStdString();
    j["updated"] = time(m_updated);
    auto steps = nlohmann::json::array();
    for (const JournalStep& s : m_steps)
        steps.push_back({{"id", s.id.toStdString()},
                         {"title", s.title.toStdString()},
                         {"cluster", s.cluster.toStdString()},
                         {"state", JournalStep::stateKey(s.state).toStdString()},
                         {"started", time(s.started)},
                         {"finished", time(s.finished)},
                         {"attempts", s.attempts},
                         {"message", s.message.toStdString()},
                         {"commands", list(s.commands)},
                         {"log", list(s.log)},
                         {"warnings", list(s.warnings)},
                         {"acknowledged", list(s.acknowledged)}});
    j["steps"] = steps;

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not create the journal folder for %1.").arg(m_path));
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not write the restore journal %1: %2").arg(m_path, f.errorString()));
    f.write(QByteArray::fromStdString(j.dump(1)) + '\n');
    if (!f.commit())
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not write the restore journal %1: %2").arg(m_path, f.errorString()));
    return {};
}

Result<RestoreJournal> RestoreJournal::load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           tr("Could not open the restore journal %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxJournalBytes)
        return Error::make(Error::Kind::BadInput, tr("The restore journal %1 is too large.").arg(path));
    const QByteArray data = f.readAll();
    const auto j = parseBoundedJson(data);
    if (j.is_discarded() || !j.is_object() ||
        jsonfield::string(j, "format") != QLatin1String("aks-recovery-restore-journal") ||
        !j.contains("plan"))
        return Error::make(
            Error::Kind::Corrupt,
            tr("The restore journal %1 is damaged; delete it to start the recovery afresh.").arg(path));
    auto plan = RestorePlan::fromJson(j.at("plan"));
    if (!plan)
        return Error::make(Error::Kind::Corrupt,
                           tr("The restore journal %1 holds a bad plan: %2").arg(path, plan.error().message));
    RestoreJournal journal(std::move(plan).value(), path);
    // As recorded, never recomputed: bindsTo() compares it with the plan.
    journal.m_planDigest = jsonfield::string(j, "planDigest");
    const QString outcome = jsonfield::string(j, "outcome");
    for (Outcome o : kOutcomes)
        if (outcomeKey(o) == outcome)
            journal.m_outcome = o;
    journal.m_outcomeMessage = jsonfield::string(j, "outcomeMessage");
    journal.m_replacedBy = jsonfield::string(j, "replacedBy");
    journal.m_updated = QDateTime::fromString(jsonfield::string(j, "updated"), Qt::ISODateWithMs);
    if (j.contains("steps") && j.at("steps").is_array())
        for (const auto& e : j.at("steps")) {
            if (!e.is_object())
                continue;
            JournalStep s;
            s.id = jsonfield::string(e, "id");
            s.title = jsonfield::string(e, "title");
            s.cluster = jsonfield::string(e, "cluster");
            const QString state = jsonfield::string(e, "state");
            for (JournalStep::State st : kStates)
                if (JournalStep::stateKey(st) == state)
                    s.state = st;
            s.started = QDateTime::fromString(jsonfield::string(e, "started"), Qt::ISODateWithMs);
            s.finished = QDateTime::fromString(jsonfield::string(e, "finished"), Qt::ISODateWithMs);
            s.attempts = jsonfield::integer(e, "attempts").value_or(0);
            s.message = jsonfield::string(e, "message");
            s.commands = jsonfield::stringList(e, "commands");
            s.log = jsonfield::stringList(e, "log");
            s.warnings = jsonfield::stringList(e, "warnings");
            s.acknowledged = jsonfield::stringList(e, "acknowledged");
            if (!s.id.isEmpty())
                journal.m_steps.append(s);
        }
    return journal;
}

QList<RestoreJournal> RestoreJournal::all() {
    QList<RestoreJournal> out;
    const QDir dir(AppPaths::journalDir());
    for (const QString& name : dir.entryList({QStringLiteral("restore-*.json")}, QDir::Files)) {
        auto j = load(dir.filePath(name));
        if (j)
            out.append(std::move(j).value());
    }
    std::sort(out.begin(), out.end(),
              [](const RestoreJournal& a, const RestoreJournal& b) { return a.updated() > b.updated(); });
    return out;
}

RestoreJournal::Standing RestoreJournal::standing(const QList<RestoreJournal>& all) const {
    if (m_outcome == Outcome::Completed)
        return Standing::Finished;
    if (!m_replacedBy.isEmpty())
        return Standing::Replaced;
    for (const RestoreJournal& other : all)
        if (other.m_outcome == Outcome::Completed && other.m_plan.deployment == m_plan.deployment &&
            other.m_updated > m_updated)
            return Standing::Overtaken;
    return Standing::Open;
}

QList<RestoreJournal> RestoreJournal::unfinishedOf(QList<RestoreJournal> all) {
    const QList<RestoreJournal> every = all;
    all.removeIf([&every](const RestoreJournal& j) { return j.standing(every) != Standing::Open; });
    return all;
}

QList<RestoreJournal> RestoreJournal::unfinished() {
    return unfinishedOf(all());
}

QString RestoreJournal::reportPath() const {
    if (!m_path.endsWith(QLatin1String(".json")))
        return {};
    const QString html = m_path.chopped(5) + QStringLiteral("-report.html");
    return QFileInfo::exists(html) ? html : QString();
}

} // namespace aks
