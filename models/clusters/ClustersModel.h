#pragma once

#include "akshci/DeploymentState.h"

#include <QAbstractItemModel>
#include <QColor>

#include <memory>
#include <vector>

namespace aks {

// The deployment as a tree: the management cluster with its configuration grouped the way an admin
// thinks of it (networking, storage, control plane, load balancer, versions), then each workload
// cluster with its node pools.
class ClustersModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Value, KubernetesVersion, ControlPlane, LoadBalancer, Nodes, Status, ColumnCount };
    enum class Kind { Management, Group, Setting, Cluster, NodePool };
    enum class Health { Ready, Pending, Failed, Unknown };
    enum Role { KindRole = Qt::UserRole + 100, HealthRole };

    explicit ClustersModel(QObject* parent = nullptr);
    ~ClustersModel() override;

    void setDeployment(const DeploymentState& state);
    const DeploymentState& deployment() const { return m_state; }
    bool hasData() const { return m_hasData; }

    Kind kind(const QModelIndex& index) const;
    // The cluster a cluster or node pool row belongs to; nullptr for management rows.
    const WorkloadCluster* cluster(const QModelIndex& index) const;
    const NodePool* nodePool(const QModelIndex& index) const;
    // The raw JSON behind a row (the whole config for the management row), for the details pane.
    nlohmann::json rawJson(const QModelIndex& index) const;
    QModelIndex managementIndex() const;
    QModelIndex clusterIndex(const QString& name) const;

    static Health healthOf(const QString& state);
    static QColor colour(Health health);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    void build();

    DeploymentState m_state;
    bool m_hasData = false;
    std::unique_ptr<Node> m_root;
};

} // namespace aks
