#pragma once

#include "core/Result.h"
#include "restore/RestoreJournal.h"

#include <QCoreApplication>

namespace aks {

// Writes the recovery report as HTML and PDF side by side (basePath.html, basePath.pdf), both
// atomically. Needs a QGuiApplication (fonts for the PDF).
class RestoreReportWriter {
    Q_DECLARE_TR_FUNCTIONS(RestoreReportWriter)
public:
    struct Written {
        QString html;
        QString pdf;
    };
    static Result<Written> write(const RestoreJournal& journal, const QString& basePath);
};

} // namespace aks
