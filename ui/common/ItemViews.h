#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;
class QModelIndex;
class QWidget;

namespace aks {

// What every table and tree of the app does alike, set once per view:
// - Tab and Shift+Tab leave the view (the arrow keys move between cells);
// - a context menu with Copy (also Ctrl+C): the selected rows as tab-separated text;
// - a cell whose text is cut off shows it whole in a tooltip when the model gives none.
namespace ItemViews {

void standardize(QAbstractItemView* view);
// standardize() on every item view under root (a page, a dialog) that has not had it yet.
void standardizeAll(QWidget* root);

// The view's open action (what double-click and Enter do), first in its context menu, in bold;
// the view's status tip says so. The callback gets the current index (column 0 of its row).
QAction* addOpenAction(QAbstractItemView* view, const QString& text,
                       std::function<void(const QModelIndex&)> open);

// The text a cell shows whole, for the tooltip of a cut-off cell; empty when it fits.
QString cutOffText(const QAbstractItemView* view, const QModelIndex& index);

} // namespace ItemViews

} // namespace aks
