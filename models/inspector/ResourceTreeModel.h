#pragma once

#include "inspector/ObjectRecord.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QHash>

#include <deque>
#include <memory>
#include <vector>

namespace aks {

// One object of a backup with its JSON, as the inspector keeps it.
struct InspectedObject {
    ObjectRecord record;
    QByteArray json;
};

// The objects of one backup as a tree: namespace (or "cluster-scoped") > kind > object. Objects
// arrive in batches while the tarball streams, so rows appear as soon as the first batch lands.
class ResourceTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Name, Kind, Size, ColumnCount };
    enum Role { ObjectTextRole = Qt::UserRole + 100, NodeTypeRole };
    enum NodeType { NamespaceNode, KindNode, ObjectNode };

    explicit ResourceTreeModel(QObject* parent = nullptr);
    ~ResourceTreeModel() override;

    void clear();
    void appendObjects(std::vector<InspectedObject> batch);
    int objectCount() const { return static_cast<int>(m_objects.size()); }
    // The object behind an index of this model, or nullptr for namespace and kind rows.
    const InspectedObject* objectAt(const QModelIndex& index) const;
    QModelIndex indexOfObject(const QString& groupVersionKind, const QString& namespacedName) const;
    QList<ObjectRecord> records() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    Node* childFor(Node* parent, const QString& key, NodeType type);

    std::unique_ptr<Node> m_root;
    // A deque: growing it never moves the objects already shown (a vector's reallocation of
    // tens of thousands of objects is a pause on the UI thread).
    std::deque<InspectedObject> m_objects;
};

} // namespace aks
