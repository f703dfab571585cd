#pragma once

#include <QStyledItemDelegate>

namespace aks {

// Edits a cell with a drop-down of the values its model offers (ChoicesRole), or as free text
// when it offers none: a value that is not there cannot be typed by mistake.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace aks
