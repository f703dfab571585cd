#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace aks {

// A printable report built from headings, paragraphs, facts and tables; rendered as one HTML
// document that both browsers and QTextDocument (for the PDF) show the same way. All text given is
// plain text and is escaped.
class ReportDocument {
public:
    // How a paragraph or table row is highlighted.
    enum class Tone { Normal, Good, Changed, Added, Removed, Bad, Muted };
    struct Row {
        QStringList cells;
        Tone tone = Tone::Normal;
    };

    explicit ReportDocument(QString title = {});

    QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    void addHeading(const QString& text);
    void addParagraph(const QString& text, Tone tone = Tone::Normal);
    // Two-column "name: value" list, e.g. who made the report and when.
    void addFacts(const QList<QPair<QString, QString>>& facts);
    void addTable(const QStringList& headers, const QList<Row>& rows);

    QString toHtml() const;
    static QString toneColor(Tone tone); // background colour of a highlighted row, "" for none

private:
    struct Block {
        enum class Kind { Heading, Paragraph, Facts, Table } kind;
        QString text;
        Tone tone = Tone::Normal;
        QStringList headers;
        QList<Row> rows;
    };
    QString m_title;
    std::vector<Block> m_blocks;
};

} // namespace aks
