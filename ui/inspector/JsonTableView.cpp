#include "JsonTableView.h"

#include "inspector/JsonTableModel.h"

#include "ModelRoles.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace aks {

JsonTableView::JsonTableView(const QString& title, JsonTableModel* model, QWidget* parent)
    : QWidget(parent), m_view(new QTableView(this)), m_note(new QLabel(this)) {
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(RawValueRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->setAccessibleName(title);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    // One line per entry, every column as wide as its values (ids and names are read whole, or
    // scrolled to sideways).
    m_view->setWordWrap(false);
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height() +
                             3 * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth());
    const auto fit = [this] { m_view->resizeColumnsToContents(); };
    connect(proxy, &QAbstractItemModel::modelReset, this, fit);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, fit);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
}

void JsonTableView::setNote(const QString& text) {
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

} // namespace aks
