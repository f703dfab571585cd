#include "ResourceTreeModel.h"

#include "core/BackgroundRelease.h"

#include <algorithm>

#include "ModelRoles.h"

#include <QLocale>

namespace aks {

struct ResourceTreeModel::Node {
    NodeType type = NamespaceNode;
    Node* parent = nullptr;
    int row = 0;
    QString key;     // namespace, or <apiVersion>/<Kind>
    int object = -1; // ObjectNode: index into m_objects
    qint64 objectsBelow = 0;
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node*> byKey;
};

ResourceTreeModel::ResourceTreeModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

ResourceTreeModel::~ResourceTreeModel() = default;

void ResourceTreeModel::clear() {
    beginResetModel();
    releaseInBackground(std::exchange(m_root, std::make_unique<Node>()));
    releaseInBackground(std::exchange(m_objects, {}));
    endResetModel();
}

ResourceTreeModel::Node* ResourceTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

ResourceTreeModel::Node* ResourceTreeModel::childFor(Node* parent, const QString& key, NodeType type) {
    if (Node* existing = parent->byKey.value(key))
        return existing;
    // Namespaces and kinds are few: kept in order here, so the view needs no sorting proxy work
    // (sorting 50,000 streamed objects in the proxy blocked the UI thread for a visible time).
    const auto pos =
        std::lower_bound(parent->children.begin(), parent->children.end(), key,
                         [](const std::unique_ptr<Node>& n, const QString& k) { return n->key < k; });
    const int row = static_cast<int>(pos - parent->children.begin());
    const QModelIndex parentIndex =
        parent == m_root.get() ? QModelIndex() : createIndex(parent->row, 0, parent);
    beginInsertRows(parentIndex, row, row);
    auto node = std::make_unique<Node>();
    node->type = type;
    node->parent = parent;
    node->row = row;
    node->key = key;
    Node* raw = node.get();
    parent->children.insert(pos, std::move(node));
    for (size_t i = size_t(row) + 1; i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    parent->byKey.insert(key, raw);
    endInsertRows();
    return raw;
}

void ResourceTreeModel::appendObjects(std::vector<InspectedObject> batch) {
    // Insert runs of objects that share a namespace and kind together: few signals per batch.
    size_t i = 0;
    while (i < batch.size()) {
        const ObjectRecord& head = batch[i].record;
        const QString gvk = head.groupVersionKind();
        size_t end = i + 1;
        while (end < batch.size() && batch[end].record.ns == head.ns && batch[end].record.kind == head.kind &&
               batch[end].record.apiVersion == head.apiVersion)
            ++end;
        const QString& ns = head.ns;
        Node* nsNode = childFor(m_root.get(), ns, NamespaceNode);
        Node* kindNode = childFor(nsNode, gvk, KindNode);
        const int first = static_cast<int>(kindNode->children.size());
        const int count = static_cast<int>(end - i);
        beginInsertRows(createIndex(kindNode->row, 0, kindNode), first, first + count - 1);
        for (size_t k = i; k < end; ++k) {
            auto leaf = std::make_unique<Node>();
            leaf->type = ObjectNode;
            leaf->parent = kindNode;
            leaf->row = static_cast<int>(kindNode->children.size());
            leaf->object = static_cast<int>(m_objects.size());
            kindNode->children.push_back(std::move(leaf));
            m_objects.push_back(std::move(batch[k]));
        }
        endInsertRows();
        kindNode->objectsBelow += count;
        nsNode->objectsBelow += count;
        const QModelIndex nsIndex = createIndex(nsNode->row, Kind, nsNode);
        emit dataChanged(nsIndex, createIndex(nsNode->row, Size, nsNode));
        emit dataChanged(createIndex(kindNode->row, Kind, kindNode),
                         createIndex(kindNode->row, Size, kindNode));
        i = end;
    }
}

const InspectedObject* ResourceTreeModel::objectAt(const QModelIndex& index) const {
    const Node* n = index.isValid() ? nodeOf(index) : nullptr;
    return n && n->type == ObjectNode ? &m_objects[static_cast<size_t>(n->object)] : nullptr;
}

QModelIndex ResourceTreeModel::indexOfObject(const QString& groupVersionKind,
                                             const QString& namespacedName) const {
    for (const auto& nsNode : m_root->children) {
        const Node* kindNode = nsNode->byKey.value(groupVersionKind);
        if (!kindNode)
            continue;
        for (const auto& leaf : kindNode->children)
            if (m_objects[static_cast<size_t>(leaf->object)].record.namespacedName() == namespacedName)
                return createIndex(leaf->row, 0, leaf.get());
    }
    return {};
}

QList<ObjectRecord> ResourceTreeModel::records() const {
    QList<ObjectRecord> out;
    out.reserve(static_cast<qsizetype>(m_objects.size()));
    for (const InspectedObject& o : m_objects)
        out.append(o.record);
    return out;
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node* p = nodeOf(parent);
    if (row < 0 || row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    Node* p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int ResourceTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int ResourceTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ResourceTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node* n = nodeOf(index);
    const InspectedObject* o = n->type == ObjectNode ? &m_objects[static_cast<size_t>(n->object)] : nullptr;
    if (role == NodeTypeRole)
        return int(n->type);
    if (role == ObjectTextRole)
        return o ? QVariant(o->json) : QVariant();
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (static_cast<Column>(index.column())) {
    case Name:
        if (o)
            return o->record.name;
        if (n->type == NamespaceNode)
            return n->key.isEmpty() && !raw ? tr("(cluster-scoped)") : n->key;
        return n->key;
    case Kind:
        if (o)
            return o->record.groupVersionKind();
        return raw ? QVariant(n->objectsBelow) : QVariant(tr("%n object(s)", nullptr, int(n->objectsBelow)));
    case Size:
        if (o)
            return raw ? QVariant(o->record.size) : QVariant(QLocale().formattedDataSize(o->record.size));
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Size:
        return tr("Size");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
