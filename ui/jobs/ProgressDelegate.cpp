#include "ProgressDelegate.h"

#include "ModelRoles.h"

#include <QApplication>
#include <QStyleOptionProgressBar>

namespace aks {

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    const QVariant v = index.data(ProgressRole);
    if (!v.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    const int percent = v.toInt();
    // A busy bar cannot animate in a delegate; show an empty bar with the text instead.
    bar.maximum = 100;
    bar.progress = percent < 0 ? 0 : percent;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
}

} // namespace aks
