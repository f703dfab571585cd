#pragma once

#include "report/ReportDocument.h"
#include "snapshot/DiffResult.h"

#include <QCoreApplication>

namespace aks {

// Turns a snapshot comparison into a report: the verdict, the differences that matter, the other
// differences, then the equal and ignored fields, each row highlighted by what happened to it.
class DiffReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(DiffReportBuilder)
public:
    static ReportDocument build(const DiffResult& result, const QString& deployment = {});
};

} // namespace aks
