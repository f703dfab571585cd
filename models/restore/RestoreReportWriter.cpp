#include "RestoreReportWriter.h"

#include "restore/RestoreReportHtml.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace aks {
namespace {

Status saveAtomically(const QString& path, const QByteArray& data) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error::make(
            Error::Kind::PermissionDenied,
            RestoreReportWriter::tr("Could not write the report %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

Result<RestoreReportWriter::Written> RestoreReportWriter::write(const RestoreJournal& journal,
                                                                const QString& basePath) {
    Written w{basePath + QStringLiteral(".html"), basePath + QStringLiteral(".pdf")};
    const QString html = RestoreReportHtml::render(journal);
    if (auto s = saveAtomically(w.html, html.toUtf8()); !s)
        return s.error();

    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Recovery report: %1").arg(journal.plan().deployment));
        writer.setCreator(QStringLiteral("AKS Recovery Console"));
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&writer);
    }
    if (pdf.isEmpty())
        return Error::make(Error::Kind::Generic, tr("The PDF report came out empty."));
    if (auto s = saveAtomically(w.pdf, pdf); !s)
        return s.error();
    return w;
}

} // namespace aks
