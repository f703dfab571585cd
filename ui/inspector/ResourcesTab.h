#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace aks {

class JsonViewer;
class ResourceFilterProxy;
class ResourceTreeModel;

// The backup's objects by namespace and kind, a search across them (name, label, text), and the
// selected object's JSON.
class ResourcesTab : public QWidget {
    Q_OBJECT

public:
    ResourcesTab(ResourceTreeModel* model, QWidget* parent = nullptr);

    void setStatus(const QString& text);
    // Selects and shows an object, e.g. from the comparison.
    bool showObject(const QString& groupVersionKind, const QString& namespacedName);

private:
    void applySearch();
    void showCurrent();

    ResourceTreeModel* m_model;
    ResourceFilterProxy* m_proxy;
    QTreeView* m_tree;
    QLineEdit* m_search;
    QComboBox* m_mode;
    QLabel* m_status;
    JsonViewer* m_json;
};

} // namespace aks
