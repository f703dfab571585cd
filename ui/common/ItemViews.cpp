#include "ItemViews.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHelpEvent>
#include <QKeySequence>
#include <QToolTip>

#include <algorithm>

namespace aks {

namespace {

constexpr char kItemViewsDone[] = "aksItemViewsStandard";

// Shows a cut-off cell's whole text when the model has no tooltip of its own for it.
class CutOffToolTips : public QObject {
public:
    explicit CutOffToolTips(QAbstractItemView* view) : QObject(view), m_view(view) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
            return false; // the view shows the model's own tooltip
        const QString whole = ItemViews::cutOffText(m_view, index);
        if (whole.isEmpty())
            return false;
        QToolTip::showText(help->globalPos(), whole, m_view->viewport(), m_view->visualRect(index));
        return true;
    }

private:
    QAbstractItemView* m_view;
};

QString itemViewsSelectionText(const QAbstractItemView* view) {
    QModelIndexList cells =
        view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells << view->currentIndex();
    std::sort(cells.begin(), cells.end(), [](const QModelIndex& a, const QModelIndex& b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QString out;
    int row = -1;
    for (const QModelIndex& cell : cells) {
        if (row != -1)
            out += cell.row() == row ? QLatin1Char('\t') : QLatin1Char('\n');
        row = cell.row();
        out += cell.data(Qt::DisplayRole).toString();
    }
    return out;
}

} // namespace

void ItemViews::standardize(QAbstractItemView* view) {
    if (view->property(kItemViewsDone).toBool())
        return;
    view->setProperty(kItemViewsDone, true);
    view->setTabKeyNavigation(false);
    view->viewport()->installEventFilter(new CutOffToolTips(view));
    auto* copy = new QAction(QApplication::translate("aks::ItemViews", "&Copy"), view);
    copy->setObjectName(QStringLiteral("copyCells"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = itemViewsSelectionText(view);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ItemViews::standardizeAll(QWidget* root) {
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        // A combo box's popup list is not one of the app's tables.
        if (view->parentWidget() && view->parentWidget()->inherits("QComboBoxPrivateContainer"))
            continue;
        standardize(view);
    }
}

QAction* ItemViews::addOpenAction(QAbstractItemView* view, const QString& text,
                                  std::function<void(const QModelIndex&)> open) {
    standardize(view);
    auto* action = new QAction(text, view);
    action->setObjectName(QStringLiteral("openRow"));
    QFont bold = action->font();
    bold.setBold(true);
    action->setFont(bold);
    QObject::connect(action, &QAction::triggered, view, [view, open] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            open(current.siblingAtColumn(0));
    });
    const QList<QAction*> existing = view->actions();
    view->insertAction(existing.isEmpty() ? nullptr : existing.first(), action);
    view->setStatusTip(
        QApplication::translate("aks::ItemViews", "Double-click or press Enter: %1. Right-click for more.")
            .arg(QString(text).remove(QLatin1Char('&'))));
    return action;
}

QString ItemViews::cutOffText(const QAbstractItemView* view, const QModelIndex& index) {
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return {};
    const QSize needed = view->sizeHintForIndex(index);
    const QRect shown = view->visualRect(index);
    return needed.width() > shown.width() + 1 ? text : QString();
}

} // namespace aks
