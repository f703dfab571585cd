#include "ClustersModel.h"

#include "ModelRoles.h"
#include "akshci/ConfigSecrets.h"

#include <QBrush>

namespace aks {

struct ClustersModel::Node {
    Kind kind = Kind::Group;
    QString name;
    QString value;
    int cluster = -1;
    int pool = -1;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node* add(Kind k, QString n, QString v = {}) {
        auto c = std::make_unique<Node>();
        c->kind = k;
        c->name = std::move(n);
        c->value = std::move(v);
        c->parent = this;
        c->row = int(children.size());
        children.push_back(std::move(c));
        return children.back().get();
    }
};

ClustersModel::ClustersModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

ClustersModel::~ClustersModel() = default;

void ClustersModel::setDeployment(const DeploymentState& state) {
    beginResetModel();
    m_state = state;
    m_hasData = true;
    build();
    endResetModel();
}

void ClustersModel::build() {
    m_root = std::make_unique<Node>();
    const AksHciConfig& c = m_state.config;
    const QString deployment = c.deploymentName().isEmpty() ? tr("Management cluster") : c.deploymentName();
    Node* mgmt = m_root->add(Kind::Management, deployment, tr("management cluster"));
    const auto group = [&](const QString& title,
                           std::initializer_list<std::pair<QString, QString>> settings) {
        Node* g = mgmt->add(Kind::Group, title);
        for (const auto& [label, value] : settings)
            if (!value.isEmpty())
                g->add(Kind::Setting, label, value);
        if (g->children.empty())
            g->add(Kind::Setting, tr("(not reported)"));
    };
    const QString proxy = c.proxyServerHttps().isEmpty() ? c.proxyServerHttp() : c.proxyServerHttps();
    group(
        tr("Networking"),
        {{tr("Virtual network"), c.vnetName()},
         {tr("Virtual switch"), c.vSwitchName()},
         {tr("Network type"), c.vnetType()},
         {tr("IP address prefix"), c.ipAddressPrefix()},
         {tr("Node IP pool"), c.k8sNodeIpPoolStart().isEmpty()
                                  ? QString()
                                  : c.k8sNodeIpPoolStart() + QStringLiteral(" – ") + c.k8sNodeIpPoolEnd()},
         {tr("VIP pool"),
          c.vipPoolStart().isEmpty() ? QString() : c.vipPoolStart() + QStringLiteral(" – ") + c.vipPoolEnd()},
         {tr("Gateway"), c.gateway()},
         {tr("DNS servers"), c.dnsServers().join(QStringLiteral(", "))},
         {tr("VLAN ID"), c.vlanId()},
         {tr("Cloud service CIDR"), c.cloudServiceCidr()},
         {tr("Proxy"), proxy},
         {tr("No proxy"), c.proxyServerNoProxy()}});
    group(tr("Storage"), {{tr("Image folder"), c.imageDir()},
                          {tr("Working folder"), c.workingDir()},
                          {tr("Cloud config location"), c.cloudConfigLocation()}});
    group(tr("Control plane"), {{tr("VM size"), c.controlPlaneVmSize()}});
    group(tr("Load balancer"), {{tr("VM size"), c.loadBalancerVmSize()}});
    group(tr("Versions"), {{tr("AKS hybrid"), c.version()},
                           {tr("Kubernetes (management)"), c.kubernetesVersion()},
                           {tr("Install state"), c.installState()}});
    for (int i = 0; i < m_state.clusters.size(); ++i) {
        const WorkloadCluster& wc = m_state.clusters[i];
        Node* n = m_root->add(Kind::Cluster, wc.name);
        n->cluster = i;
        for (int p = 0; p < wc.nodePools.size(); ++p) {
            Node* pn = n->add(Kind::NodePool, wc.nodePools[p].name, wc.nodePools[p].osType);
            pn->cluster = i;
            pn->pool = p;
        }
    }
}

ClustersModel::Node* ClustersModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

ClustersModel::Kind ClustersModel::kind(const QModelIndex& index) const {
    return nodeOf(index)->kind;
}

const WorkloadCluster* ClustersModel::cluster(const QModelIndex& index) const {
    const Node* n = nodeOf(index);
    return n && n->cluster >= 0 ? &m_state.clusters[n->cluster] : nullptr;
}

const NodePool* ClustersModel::nodePool(const QModelIndex& index) const {
    const Node* n = nodeOf(index);
    return n && n->pool >= 0 ? &m_state.clusters[n->cluster].nodePools[n->pool] : nullptr;
}

nlohmann::json ClustersModel::rawJson(const QModelIndex& index) const {
    if (!index.isValid())
        return {};
    if (const NodePool* p = nodePool(index))
        return ConfigSecrets::redacted(p->raw);
    if (const WorkloadCluster* c = cluster(index))
        return ConfigSecrets::redacted(c->raw);
    return ConfigSecrets::redacted(m_state.config.raw());
}

QModelIndex ClustersModel::managementIndex() const {
    return m_root->children.empty() ? QModelIndex() : index(0, 0);
}

QModelIndex ClustersModel::clusterIndex(const QString& name) const {
    for (const auto& c : m_root->children)
        if (c->kind == Kind::Cluster && c->name == name)
            return createIndex(c->row, 0, c.get());
    return {};
}

ClustersModel::Health ClustersModel::healthOf(const QString& state) {
    const QString s = state.toLower();
    if (s.isEmpty())
        return Health::Unknown;
    if (s == QLatin1String("deployed") || s == QLatin1String("provisioned") ||
        s == QLatin1String("succeeded") || s == QLatin1String("installed"))
        return Health::Ready;
    if (s.contains(QLatin1String("fail")) || s.contains(QLatin1String("error")) ||
        s == QLatin1String("notinstalled"))
        return Health::Failed;
    return Health::Pending;
}

QColor ClustersModel::colour(Health health) {
    switch (health) {
    case Health::Ready:
        return QColor(0x1b, 0x7f, 0x3b);
    case Health::Pending:
        return QColor(0xb3, 0x6b, 0x00);
    case Health::Failed:
        return QColor(0xc0, 0x1c, 0x28);
    case Health::Unknown:
        break;
    }
    return QColor(0x5e, 0x5c, 0x64);
}

QModelIndex ClustersModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ClustersModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const Node* p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node*>(p));
}

int ClustersModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ClustersModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

namespace {
QString times(int count, const QString& size) {
    if (size.isEmpty())
        return count > 0 ? QString::number(count) : QString();
    return QStringLiteral("%1 × %2").arg(count).arg(size);
}
} // namespace

QVariant ClustersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node* n = nodeOf(index);
    const int col = index.column();
    if (role == KindRole)
        return int(n->kind);

    QString stateText;
    int nodes = 0;
    if (n->kind == Kind::Management)
        stateText = m_state.config.installState();
    if (const WorkloadCluster* c = cluster(index); c && n->kind == Kind::Cluster) {
        stateText = c->status.isEmpty() ? c->provisioningState : c->status;
        for (const NodePool& p : c->nodePools)
            nodes += p.nodeCount;
        if (c->nodePools.isEmpty())
            nodes = c->linuxNodeCount + c->windowsNodeCount;
    }
    const NodePool* pool = nodePool(index);
    if (pool) {
        stateText = pool->phase;
        nodes = pool->nodeCount;
    }
    const Health health = healthOf(stateText);
    if (role == HealthRole)
        return int(health);
    if (role == Qt::ForegroundRole && col == Status && !stateText.isEmpty())
        return QBrush(colour(health));
    if (role == StateRole)
        return stateText;

    if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole) {
        const bool raw = role == RawValueRole;
        const WorkloadCluster* c = cluster(index);
        switch (Column(col)) {
        case Name:
            return n->name;
        case Value:
            return n->value;
        case KubernetesVersion:
            if (pool)
                return pool->version;
            if (c && n->kind == Kind::Cluster)
                return c->kubernetesVersion;
            return {};
        case ControlPlane:
            if (c && n->kind == Kind::Cluster)
                return raw ? QVariant(c->controlPlaneNodeCount)
                           : QVariant(times(c->controlPlaneNodeCount, c->controlPlaneVmSize));
            return {};
        case LoadBalancer:
            if (c && n->kind == Kind::Cluster)
                return raw ? QVariant(c->loadBalancerCount)
                           : QVariant(times(c->loadBalancerCount, c->loadBalancerVmSize));
            return {};
        case Nodes:
            if (pool) {
                if (raw)
                    return pool->nodeCount;
                QString t = times(pool->nodeCount, pool->vmSize);
                if (pool->autoScalerEnabled)
                    t += tr(" (autoscale %1–%2)").arg(pool->minCount).arg(pool->maxCount);
                return t;
            }
            if (c && n->kind == Kind::Cluster)
                return raw ? QVariant(nodes) : QVariant(tr("%n node(s)", nullptr, nodes));
            return {};
        case Status:
            if (c && n->kind == Kind::Cluster && role != Qt::DisplayRole && !c->statusDetails.isEmpty())
                return raw ? QVariant(stateText)
                           : QVariant(stateText + QStringLiteral(": ") + c->statusDetails);
            return stateText;
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant ClustersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Value:
        return tr("Value");
    case KubernetesVersion:
        return tr("Kubernetes");
    case ControlPlane:
        return tr("Control plane");
    case LoadBalancer:
        return tr("Load balancer");
    case Nodes:
        return tr("Nodes");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
