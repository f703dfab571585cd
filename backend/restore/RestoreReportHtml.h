#pragma once

#include "RestoreJournal.h"

#include <QCoreApplication>
#include <QString>

namespace aks {

// The recovery report: the plan, then every step with its times, commands, output, warnings and
// outcome, secrets redacted. Plain HTML (QTextDocument's subset), so the same text prints to PDF.
class RestoreReportHtml {
    Q_DECLARE_TR_FUNCTIONS(RestoreReportHtml)
public:
    static QString render(const RestoreJournal& journal);
};

} // namespace aks
