#pragma once

#include "RestoreJournal.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace aks {

// The recovery report: the plan, then every step with its times, commands, output, warnings and
// outcome, secrets redacted. Plain HTML (QTextDocument's subset), so the same text prints to PDF.
class RestoreReportHtml {
    Q_DECLARE_TR_FUNCTIONS(RestoreReportHtml)
public:
    static QString render(const RestoreJournal& journal);
    // render() written atomically to path.
    static Status write(const RestoreJournal& journal, const QString& path);
};

} // namespace aks
