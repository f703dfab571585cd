#pragma once

#include "ReportDocument.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace aks {

// Saves a report as HTML or PDF, atomically: the file is either the whole new report or untouched.
// PDF needs a QGuiApplication (fonts); HTML does not.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    static Status writeHtml(const ReportDocument& report, const QString& path);
    static Status writePdf(const ReportDocument& report, const QString& path);
    // By the file's suffix: .pdf gives PDF, anything else HTML.
    static Status write(const ReportDocument& report, const QString& path);
};

} // namespace aks
