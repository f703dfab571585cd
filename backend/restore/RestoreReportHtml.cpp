#include "RestoreReportHtml.h"

#include "RestoreStepsBuilder.h"
#include "core/Redactor.h"

#include <QSaveFile>

namespace aks {
namespace {

QString esc(const QString& s) {
    return Redactor::redact(s).toHtmlEscaped();
}

QString when(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                       : QStringLiteral("-");
}

QString duration(const JournalStep& s) {
    if (!s.started.isValid() || !s.finished.isValid())
        return QStringLiteral("-");
    const qint64 ms = s.started.msecsTo(s.finished);
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString stateText(JournalStep::State s) {
    switch (s) {
    case JournalStep::State::Pending:
        return RestoreReportHtml::tr("not run");
    case JournalStep::State::Running:
        return RestoreReportHtml::tr("interrupted");
    case JournalStep::State::Done:
        return RestoreReportHtml::tr("done");
    case JournalStep::State::Failed:
        return RestoreReportHtml::tr("FAILED");
    case JournalStep::State::Cancelled:
        return RestoreReportHtml::tr("cancelled");
    }
    return {};
}

const JournalStep* reportVerifyStep(const RestoreJournal& j, const ClusterRestorePlan& c) {
    const QString id = RestoreStepsBuilder::verifyStepId(c);
    for (const JournalStep& s : j.steps())
        if (s.id == id)
            return &s;
    return nullptr;
}

// What the verification of a cluster's backup checked and found; its warnings are the RPO's.
QString verificationText(const JournalStep* s) {
    if (!s || s->state == JournalStep::State::Pending || s->state == JournalStep::State::Running)
        return RestoreReportHtml::tr("not verified");
    if (s->state != JournalStep::State::Done)
        return RestoreReportHtml::tr("verification %1: %2").arg(stateText(s->state), s->message);
    QStringList out{
        RestoreReportHtml::tr("verified: velero-backup.json Completed, tarball complete, resource "
                              "list matching, every artifact readable")};
    out += s->warnings;
    return out.join(QStringLiteral("; "));
}

} // namespace

QString RestoreReportHtml::render(const RestoreJournal& j) {
    const RestorePlan& p = j.plan();
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
             .arg(esc(tr("Recovery report: %1").arg(p.deployment)));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Recovery report: %1").arg(p.deployment)));
    h += QStringLiteral("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">");
    const auto row = [&](const QString& k, const QString& v) {
        h += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("Scenario"), p.scenario == RestorePlan::Scenario::NewSite
                            ? tr("Restore on new hardware or a new site")
                            : tr("Recover from management cluster corruption"));
    row(tr("Outcome"), j.outcomeMessage().isEmpty()
                           ? RestoreJournal::outcomeText(j.outcome())
                           : tr("%1: %2").arg(RestoreJournal::outcomeText(j.outcome()), j.outcomeMessage()));
    row(tr("Plan"), p.id);
    row(tr("Plan digest (sha256)"), j.planDigest());
    row(tr("Backup storage"), p.store);
    QStringList outsideRpo;
    for (const ClusterRestorePlan& c : p.clusters)
        if (const JournalStep* s = reportVerifyStep(j, c); s && !s->warnings.isEmpty())
            outsideRpo << c.cluster;
    row(tr("Recovery point objective"),
        outsideRpo.isEmpty()
            ? tr("%n hour(s); every backup verified within it", nullptr, p.rpoHours)
            : tr("%n hour(s); restored from a backup outside it or of unknown age: %1", nullptr, p.rpoHours)
                  .arg(outsideRpo.join(QStringLiteral(", "))));
    if (!p.snapshotDir.isEmpty())
        row(tr("Configuration snapshot"), p.snapshotDir);
    row(tr("Report written"), when(QDateTime::currentDateTimeUtc()));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">")
             .arg(esc(tr("Clusters")));
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(tr("Cluster")), esc(tr("Backup")), esc(tr("Verification")), esc(tr("Restore")),
                  esc(tr("Options")));
    for (const ClusterRestorePlan& c : p.clusters) {
        QStringList opts;
        if (!c.includeNamespaces.isEmpty())
            opts << tr("namespaces %1").arg(c.includeNamespaces.join(QLatin1Char(',')));
        if (!c.excludeNamespaces.isEmpty())
            opts << tr("without namespaces %1").arg(c.excludeNamespaces.join(QLatin1Char(',')));
        if (!c.namespaceMappings.isEmpty())
            opts << tr("%n namespace mapping(s)", nullptr, int(c.namespaceMappings.size()));
        opts << (c.restoreVolumes ? tr("volumes restored") : tr("volumes not restored"));
        opts << tr("existing resources: %1").arg(c.existingResourcePolicy);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(c.cluster), esc(c.backup), esc(verificationText(reportVerifyStep(j, c))),
                      esc(c.restoreName), esc(opts.join(QStringLiteral("; "))));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Steps")));
    int n = 0;
    for (const JournalStep& s : j.steps()) {
        h += QStringLiteral("<h3>%1. %2 &mdash; %3</h3>").arg(++n).arg(esc(s.title), esc(stateText(s.state)));
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Started %1, finished %2, took %3, attempts %4.")
                              .arg(when(s.started), when(s.finished), duration(s))
                              .arg(s.attempts)));
        if (!s.message.isEmpty())
            h += QStringLiteral("<p><b>%1</b></p>").arg(esc(s.message));
        if (!s.acknowledged.isEmpty()) {
            h += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("Confirmed by the administrator:")));
            for (const QString& a : s.acknowledged)
                h += QStringLiteral("<li>%1</li>").arg(esc(a));
            h += QStringLiteral("</ul>");
        }
        if (!s.commands.isEmpty()) {
            h += QStringLiteral("<p>%1</p><pre>").arg(esc(tr("Commands:")));
            for (const QString& c : s.commands)
                h += esc(c) + QLatin1Char('\n');
            h += QStringLiteral("</pre>");
        }
        if (!s.warnings.isEmpty()) {
            h += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("Warnings:")));
            for (const QString& w : s.warnings)
                h += QStringLiteral("<li>%1</li>").arg(esc(w));
            h += QStringLiteral("</ul>");
        }
        if (!s.log.isEmpty()) {
            h += QStringLiteral("<pre>");
            for (const QString& l : s.log)
                h += esc(l) + QLatin1Char('\n');
            h += QStringLiteral("</pre>");
        }
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

Status RestoreReportHtml::write(const RestoreJournal& journal, const QString& path) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(render(journal).toUtf8()) < 0 || !f.commit())
        return Error::make(Error::Kind::PermissionDenied,
                           tr("Could not write the report %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace aks
