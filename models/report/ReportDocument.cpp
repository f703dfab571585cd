#include "ReportDocument.h"

namespace aks {
namespace {
QString esc(const QString& s) {
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

ReportDocument::ReportDocument(QString title) : m_title(std::move(title)) {}

void ReportDocument::addHeading(const QString& text) {
    m_blocks.push_back({Block::Kind::Heading, text, Tone::Normal, {}, {}});
}

void ReportDocument::addParagraph(const QString& text, Tone tone) {
    m_blocks.push_back({Block::Kind::Paragraph, text, tone, {}, {}});
}

void ReportDocument::addFacts(const QList<QPair<QString, QString>>& facts) {
    QList<Row> rows;
    for (const auto& [name, value] : facts)
        rows.append({{name, value}, Tone::Normal});
    m_blocks.push_back({Block::Kind::Facts, {}, Tone::Normal, {}, rows});
}

void ReportDocument::addTable(const QStringList& headers, const QList<Row>& rows) {
    m_blocks.push_back({Block::Kind::Table, {}, Tone::Normal, headers, rows});
}

QString ReportDocument::toneColor(Tone tone) {
    switch (tone) {
    case Tone::Normal:
        return {};
    case Tone::Good:
        return QStringLiteral("#dff0d8");
    case Tone::Changed:
        return QStringLiteral("#fff3cd");
    case Tone::Added:
        return QStringLiteral("#d9edf7");
    case Tone::Removed:
    case Tone::Bad:
        return QStringLiteral("#f8d7da");
    case Tone::Muted:
        return QStringLiteral("#eeeeee");
    }
    return {};
}

QString ReportDocument::toHtml() const {
    // Attributes rather than CSS classes for colours: QTextDocument (the PDF) honours them.
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
                esc(m_title) +
                QStringLiteral("</title>\n<style>body{font-family:sans-serif;font-size:10pt;} "
                               "table{border-collapse:collapse;} th{text-align:left;background:#e9ecef;} "
                               "td,th{border:1px solid #bbb;padding:3px 6px;vertical-align:top;}</style>"
                               "</head>\n<body>\n<h1>") +
                esc(m_title) + QStringLiteral("</h1>\n");
    for (const Block& b : m_blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            h += QStringLiteral("<h2>") + esc(b.text) + QStringLiteral("</h2>\n");
            break;
        case Block::Kind::Paragraph: {
            const QString color = toneColor(b.tone);
            h += color.isEmpty() ? QStringLiteral("<p>")
                                 : QStringLiteral("<p style=\"background-color:%1;padding:4px\">").arg(color);
            h += esc(b.text) + QStringLiteral("</p>\n");
            break;
        }
        case Block::Kind::Facts:
            h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">\n");
            for (const Row& r : b.rows)
                h += QStringLiteral("<tr><td><b>") + esc(r.cells.value(0)) + QStringLiteral("</b></td><td>") +
                     esc(r.cells.value(1)) + QStringLiteral("</td></tr>\n");
            h += QStringLiteral("</table>\n");
            break;
        case Block::Kind::Table:
            h += QStringLiteral(
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<tr>");
            for (const QString& header : b.headers)
                h += QStringLiteral("<th bgcolor=\"#e9ecef\">") + esc(header) + QStringLiteral("</th>");
            h += QStringLiteral("</tr>\n");
            for (const Row& r : b.rows) {
                const QString color = toneColor(r.tone);
                const QString td = color.isEmpty() ? QStringLiteral("<td>")
                                                   : QStringLiteral("<td bgcolor=\"%1\">").arg(color);
                h += color.isEmpty() ? QStringLiteral("<tr>")
                                     : QStringLiteral("<tr bgcolor=\"%1\">").arg(color);
                for (const QString& cell : r.cells)
                    h += td + esc(cell) + QStringLiteral("</td>");
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
            break;
        }
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace aks
