#pragma once

#include <QList>

class QAbstractButton;
class QLineEdit;
class QWidget;

namespace aks {

// F5 and Ctrl+F on a list page, active while the page is shown: F5 presses its refresh button,
// Ctrl+F puts the cursor in its filter (the first of `finds` that is visible, for pages whose
// tabs each have one) with the text selected.
namespace PageShortcuts {

void install(QWidget* page, QAbstractButton* refresh, const QList<QLineEdit*>& finds);

} // namespace PageShortcuts

} // namespace aks
