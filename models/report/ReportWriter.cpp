#include "ReportWriter.h"

#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace aks {
namespace {
Error saveError(const QString& path, const QString& why) {
    return Error::make(
        Error::Kind::PermissionDenied,
        ReportWriter::tr("Cannot save the report as %1: %2").arg(QDir::toNativeSeparators(path), why),
        ReportWriter::tr("Choose a folder you can write to, with free space."));
}
} // namespace

Status ReportWriter::writeHtml(const ReportDocument& report, const QString& path) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return saveError(path, f.errorString());
    f.write(report.toHtml().toUtf8());
    if (!f.commit())
        return saveError(path, f.errorString());
    return {};
}

Status ReportWriter::writePdf(const ReportDocument& report, const QString& path) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::make(Error::Kind::BadInput,
                           tr("A PDF report needs the graphical application; save it as HTML."));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return saveError(path, f.errorString());
    {
        QPdfWriter pdf(&f);
        pdf.setTitle(report.title());
        pdf.setCreator(QStringLiteral("AKS Recovery Console"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(report.toHtml());
        doc.print(&pdf);
    }
    if (!f.commit())
        return saveError(path, f.errorString());
    return {};
}

Status ReportWriter::write(const ReportDocument& report, const QString& path) {
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? writePdf(report, path)
                                                                     : writeHtml(report, path);
}

} // namespace aks
