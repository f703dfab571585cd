#include "DiffReportBuilder.h"
#include "core/DisplayTime.h"

#include <QDateTime>
#include <QLocale>
#include <QSysInfo>

namespace aks {
namespace {

ReportDocument::Tone toneOf(const DiffEntry& e) {
    switch (e.status) {
    case DiffEntry::Status::Changed:
        return ReportDocument::Tone::Changed;
    case DiffEntry::Status::Added:
        return ReportDocument::Tone::Added;
    case DiffEntry::Status::Removed:
        return ReportDocument::Tone::Removed;
    case DiffEntry::Status::Equal:
        break;
    }
    return ReportDocument::Tone::Normal;
}

} // namespace

ReportDocument DiffReportBuilder::build(const DiffResult& result, const QString& deployment) {
    ReportDocument doc(tr("Configuration comparison: %1 and %2").arg(result.labelA, result.labelB));
    QList<QPair<QString, QString>> facts{{tr("A"), result.labelA}, {tr("B"), result.labelB}};
    if (!deployment.isEmpty())
        facts.prepend({tr("Deployment"), deployment});
    facts.append({tr("Compared"), DisplayTime::withUtc(QDateTime::currentDateTime())});
    facts.append({tr("Host"), QSysInfo::machineHostName()});
    facts.append({tr("Tool"), QStringLiteral("aks-recovery %1").arg(QString::fromLatin1(AKS_VERSION))});
    doc.addFacts(facts);

    const int matters = result.mattersCount();
    if (matters == 0)
        doc.addParagraph(tr("The deployments match: every field that matters for a restore is equal."),
                         ReportDocument::Tone::Good);
    else
        doc.addParagraph(
            tr("The deployments differ in %n field(s) that matter for a restore.", nullptr, matters),
            ReportDocument::Tone::Bad);
    doc.addParagraph(tr("%1 equal, %2 changed, %3 added, %4 removed; %5 volatile field(s) ignored.")
                         .arg(result.count(DiffEntry::Status::Equal))
                         .arg(result.count(DiffEntry::Status::Changed))
                         .arg(result.count(DiffEntry::Status::Added))
                         .arg(result.count(DiffEntry::Status::Removed))
                         .arg(result.ignored.size()));

    const QStringList headers{tr("Where"),   tr("Field"),   tr("Kind"),
                              result.labelA, result.labelB, tr("Result")};
    const auto rowOf = [](const DiffEntry& e, ReportDocument::Tone tone) {
        return ReportDocument::Row{{e.section, e.field, DiffEntry::className(e.fieldClass),
                                    e.status == DiffEntry::Status::Added ? tr("(absent)") : e.oldValue,
                                    e.status == DiffEntry::Status::Removed ? tr("(absent)") : e.newValue,
                                    DiffEntry::statusName(e.status)},
                                   tone};
    };
    QList<ReportDocument::Row> mattering, other, equal, ignored;
    for (const DiffEntry& e : result.entries) {
        if (e.matters())
            mattering.append(rowOf(e, toneOf(e)));
        else if (e.status != DiffEntry::Status::Equal)
            other.append(rowOf(e, ReportDocument::Tone::Muted));
        else
            equal.append(rowOf(e, ReportDocument::Tone::Normal));
    }
    for (const DiffEntry& e : result.ignored) {
        ReportDocument::Row r = rowOf(e, ReportDocument::Tone::Muted);
        r.cells.last() = tr("ignored");
        ignored.append(r);
    }
    if (!mattering.isEmpty()) {
        doc.addHeading(tr("Differences that matter for a restore"));
        doc.addTable(headers, mattering);
    }
    if (!other.isEmpty()) {
        doc.addHeading(tr("Other differences"));
        doc.addTable(headers, other);
    }
    if (!equal.isEmpty()) {
        doc.addHeading(tr("Equal fields"));
        doc.addTable(headers, equal);
    }
    if (!ignored.isEmpty()) {
        doc.addHeading(tr("Ignored fields (change on every rebuild)"));
        doc.addTable(headers, ignored);
    }
    return doc;
}

} // namespace aks
