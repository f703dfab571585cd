#pragma once

#include <QStyledItemDelegate>

namespace aks {

// Paints a progress bar from ProgressRole (-1: busy, 0-100: percent).
class ProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace aks
