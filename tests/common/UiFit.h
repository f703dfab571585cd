#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QStringList>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QTreeView>

namespace aks::test {

// What a screen too small for the layout shows: labels, buttons, tabs, navigation items and
// table cells cut off, and text fields squeezed to a fragment. One line per problem, for QVERIFY2.
class UiFit {
public:
    // The text a widget shows, without its mnemonic ampersands.
    static QString plain(QString text) {
        text.remove(QRegularExpression(QStringLiteral("\\(&[A-Za-z]\\)")));
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
        return text;
    }

    static QStringList problems(QWidget* root) {
        QStringList out;
        labels(root, out);
        buttons(root, out);
        tabs(root, out);
        navigation(root, out);
        lineEdits(root, out);
        for (QAbstractItemView* v : root->findChildren<QAbstractItemView*>())
            if (v->isVisible() && v->objectName() != QLatin1String("navigation") &&
                !v->parentWidget()->inherits("QComboBoxPrivateContainer"))
                cells(v, out);
        return out;
    }

private:
    static void labels(QWidget* root, QStringList& out) {
        for (QLabel* l : root->findChildren<QLabel*>()) {
            if (!l->isVisible() || l->text().isEmpty() || l->textFormat() == Qt::RichText ||
                Qt::mightBeRichText(l->text()))
                continue; // rich text wraps or elides by its own rules
            const QString text = plain(l->text());
            const QRect r = l->contentsRect();
            if (l->wordWrap()) {
                if (l->heightForWidth(r.width()) > r.height() + 2)
                    out << QStringLiteral("label \"%1\" is cut off (needs %2 px height, has %3)")
                               .arg(text)
                               .arg(l->heightForWidth(r.width()))
                               .arg(r.height());
                continue;
            }
            int widest = 0;
            for (const QString& line : text.split(QLatin1Char('\n')))
                widest = qMax(widest, l->fontMetrics().horizontalAdvance(line));
            if (widest > r.width() + 1 && l->toolTip().isEmpty())
                out << QStringLiteral("label \"%1\" is cut off (needs %2 px, has %3)")
                           .arg(text)
                           .arg(widest)
                           .arg(r.width());
        }
    }

    static void buttons(QWidget* root, QStringList& out) {
        for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
            if (b->isVisible() && !b->text().isEmpty() && b->sizeHint().width() > b->width() + 1)
                out << QStringLiteral("button \"%1\" is cut off (needs %2 px, has %3)")
                           .arg(plain(b->text()))
                           .arg(b->sizeHint().width())
                           .arg(b->width());
    }

    static void tabs(QWidget* root, QStringList& out) {
        for (QTabBar* t : root->findChildren<QTabBar*>()) {
            if (!t->isVisible())
                continue;
            for (int i = 0; i < t->count(); ++i)
                if (t->tabRect(i).width() < t->fontMetrics().horizontalAdvance(plain(t->tabText(i))))
                    out << QStringLiteral("tab \"%1\" is cut off").arg(plain(t->tabText(i)));
        }
    }

    static void navigation(QWidget* root, QStringList& out) {
        auto* nav = root->findChild<QListView*>(QStringLiteral("navigation"));
        if (!nav)
            return;
        for (int i = 0; i < nav->model()->rowCount(); ++i) {
            const QModelIndex index = nav->model()->index(i, 0);
            if (nav->visualRect(index).width() < nav->sizeHintForIndex(index).width())
                out << QStringLiteral("navigation item \"%1\" is cut off").arg(index.data().toString());
        }
    }

    // A path or a name must stay readable: at least 16 digits wide.
    static void lineEdits(QWidget* root, QStringList& out) {
        for (QLineEdit* e : root->findChildren<QLineEdit*>()) {
            if (!e->isVisible() || e->parentWidget()->inherits("QAbstractSpinBox") ||
                e->parentWidget()->inherits("QComboBox"))
                continue;
            const int least = e->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000"));
            if (e->width() < least)
                out << QStringLiteral("text field %1 (\"%2\") is squeezed to %3 px (needs %4)")
                           .arg(e->objectName(), e->placeholderText())
                           .arg(e->width())
                           .arg(least);
        }
    }

    // Short values (up to 30 characters: times, states, addresses, names) are never cut off; a
    // longer text may be elided if its tooltip shows it whole. A word-wrapped cell must have the
    // height its lines need.
    static void cells(QAbstractItemView* v, QStringList& out) {
        QAbstractItemModel* m = v->model();
        if (!m)
            return;
        QHeaderView* header = nullptr;
        if (auto* t = qobject_cast<QTableView*>(v))
            header = t->horizontalHeader();
        else if (auto* t = qobject_cast<QTreeView*>(v))
            header = t->header();
        auto* table = qobject_cast<QTableView*>(v);
        const bool wraps = (table && table->wordWrap()) ||
                           (!table && qobject_cast<QTreeView*>(v) && qobject_cast<QTreeView*>(v)->wordWrap());
        // The first rows, and in a tree every expanded level under them.
        QList<QModelIndex> rows;
        const auto collect = [&](const auto& self, const QModelIndex& parent) -> void {
            auto* tree = qobject_cast<QTreeView*>(v);
            for (int r = 0; r < m->rowCount(parent) && rows.size() < 60; ++r) {
                rows << m->index(r, 0, parent);
                if (tree && tree->isExpanded(rows.last()))
                    self(self, rows.last());
            }
        };
        collect(collect, QModelIndex());
        for (const QModelIndex& first : rows) {
            for (int c = 0; c < m->columnCount(first.parent()); ++c) {
                const QModelIndex index = first.siblingAtColumn(c);
                const QString text = index.data().toString();
                if ((header && header->isSectionHidden(c)) || text.isEmpty())
                    continue;
                const QRect shown = v->visualRect(index);
                if (shown.isEmpty())
                    continue;
                const QString where = QStringLiteral("%1 column \"%2\" row %3: \"%4\"")
                                          .arg(v->objectName(), m->headerData(c, Qt::Horizontal).toString())
                                          .arg(first.row())
                                          .arg(text);
                if (wraps) {
                    const int margin = v->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, v) + 1;
                    const int needed = v->fontMetrics()
                                           .boundingRect(QRect(0, 0, shown.width() - 2 * margin, 100000),
                                                         Qt::TextWordWrap, text)
                                           .height();
                    if (needed > shown.height() + 1 && !tooltipShows(v, index, text))
                        out << where + QStringLiteral(" is cut off (needs %1 px height, has %2)")
                                           .arg(needed)
                                           .arg(shown.height());
                    continue;
                }
                const int needed = v->sizeHintForIndex(index).width();
                if (needed <= shown.width() + 1)
                    continue;
                const QString cut =
                    where +
                    QStringLiteral(" is cut off (needs %1 px, has %2)").arg(needed).arg(shown.width());
                if (text.size() <= 30)
                    out << cut;
                else if (!tooltipShows(v, index, text))
                    out << cut + QStringLiteral(" with no tooltip");
            }
        }
    }

    static bool tooltipShows(QAbstractItemView* v, const QModelIndex& index, const QString& text) {
        if (!index.data(Qt::ToolTipRole).toString().isEmpty())
            return true;
        const QRect rect = v->visualRect(index);
        const QPoint at(qBound(rect.left(), rect.center().x(), v->viewport()->width() - 2),
                        rect.center().y());
        if (!v->viewport()->rect().contains(at))
            return true; // scrolled out of sight: the filter answers there as well, checked where visible
        QHelpEvent help(QEvent::ToolTip, at, v->viewport()->mapToGlobal(at));
        QApplication::sendEvent(v->viewport(), &help);
        const bool shown = QToolTip::isVisible() && QToolTip::text() == text;
        QToolTip::hideText();
        return shown;
    }
};

} // namespace aks::test
