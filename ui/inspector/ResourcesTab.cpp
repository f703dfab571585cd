#include "ResourcesTab.h"

#include "JsonViewer.h"
#include "inspector/ResourceFilterProxy.h"
#include "inspector/ResourceTreeModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace aks {

ResourcesTab::ResourcesTab(ResourceTreeModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_proxy(new ResourceFilterProxy(this)),
      m_tree(new QTreeView(this)),
      m_search(new QLineEdit(this)),
      m_mode(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_json(new JsonViewer(this)) {
    m_proxy->setSourceModel(model);
    m_tree->setObjectName(QStringLiteral("resourceTree"));
    m_tree->setAccessibleName(tr("Resources"));
    m_tree->setModel(m_proxy);
    // Namespaces and kinds come sorted from the model and objects in the tarball's order (Velero
    // writes them as the API lists them: by name). Sorting by a column is there on a header click.
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ResourceTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    // Wide enough for a group's count and a common kind in every language (Japanese counts are
    // longer); measuring the cells themselves would walk 50,000 rows.
    const QFontMetrics fm(m_tree->font());
    const int kindWidth =
        std::max({fm.horizontalAdvance(ResourceTreeModel::tr("%n object(s)", nullptr, 88888)),
                  fm.horizontalAdvance(QStringLiteral("apps/v1/StatefulSet")),
                  fm.horizontalAdvance(ResourceTreeModel::tr("Kind"))}) +
        3 * fm.averageCharWidth();
    m_tree->header()->resizeSection(ResourceTreeModel::Kind, kindWidth);

    m_search->setObjectName(QStringLiteral("resourceSearch"));
    m_search->setPlaceholderText(tr("Search resources"));
    m_search->setAccessibleName(tr("Search resources"));
    m_search->setClearButtonEnabled(true);
    m_mode->setObjectName(QStringLiteral("resourceSearchMode"));
    m_mode->setAccessibleName(tr("Search by"));
    m_mode->addItem(tr("Name"), int(ResourceFilterProxy::Mode::Name));
    m_mode->addItem(tr("Label (key=value)"), int(ResourceFilterProxy::Mode::Label));
    m_mode->addItem(tr("Any text"), int(ResourceFilterProxy::Mode::Text));
    m_status->setObjectName(QStringLiteral("resourceStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_json->setObjectName(QStringLiteral("objectJson"));
    m_json->setPlaceholder(tr("Select an object to see its JSON."));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_mode);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_status);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_json);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // Typing filters after a short pause, so a 50k-object tree is not refiltered per key press.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ResourcesTab::applySearch);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ResourcesTab::applySearch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResourcesTab::showCurrent);
}

void ResourcesTab::setStatus(const QString& text) {
    m_status->setText(text);
}

void ResourcesTab::applySearch() {
    m_proxy->setSearch(static_cast<ResourceFilterProxy::Mode>(m_mode->currentData().toInt()),
                       m_search->text());
    if (!m_search->text().isEmpty() && m_proxy->rowCount() < 50)
        m_tree->expandAll();
}

void ResourcesTab::showCurrent() {
    const QModelIndex source = m_proxy->mapToSource(m_tree->currentIndex());
    const InspectedObject* o = m_model->objectAt(source.siblingAtColumn(0));
    if (o)
        m_json->setJson(o->json);
}

bool ResourcesTab::showObject(const QString& groupVersionKind, const QString& namespacedName) {
    const QModelIndex source = m_model->indexOfObject(groupVersionKind, namespacedName);
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid())
        return false;
    m_tree->scrollTo(proxy);
    m_tree->setCurrentIndex(proxy);
    return true;
}

} // namespace aks
