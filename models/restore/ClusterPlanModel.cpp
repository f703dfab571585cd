#include "ClusterPlanModel.h"

#include "velero/VeleroCliTable.h"

#include "ModelRoles.h"

namespace aks {
namespace {

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

ClusterPlanModel::ClusterPlanModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClusterPlanModel::setPlan(const RestorePlan& plan) {
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void ClusterPlanModel::setBackupChoices(const QMap<QString, QStringList>& choices) {
    m_backupChoices = choices;
    if (!m_plan.clusters.isEmpty())
        emit dataChanged(index(0, Backup), index(int(m_plan.clusters.size()) - 1, Backup));
}

int ClusterPlanModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_plan.clusters.size());
}

int ClusterPlanModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<QMap<QString, QString>> ClusterPlanModel::parseMappings(const QString& text) {
    QMap<QString, QString> m;
    for (const QString& pair : splitList(text)) {
        const QStringList parts = pair.split(QLatin1Char(':'));
        if (parts.size() != 2 || parts.at(0).trimmed().isEmpty() || parts.at(1).trimmed().isEmpty())
            return std::nullopt;
        m.insert(parts.at(0).trimmed(), parts.at(1).trimmed());
    }
    return m;
}

QString ClusterPlanModel::mappingsText(const QMap<QString, QString>& m) {
    QStringList out;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        out << it.key() + QLatin1Char(':') + it.value();
    return out.join(QStringLiteral(", "));
}

QVariant ClusterPlanModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterRestorePlan& c = m_plan.clusters.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole) {
        switch (index.column()) {
        case Cluster:
            return c.cluster;
        case Backup:
            return c.backup;
        case IncludeNamespaces:
            return role == Qt::DisplayRole && c.includeNamespaces.isEmpty()
                       ? tr("all")
                       : c.includeNamespaces.join(QStringLiteral(", "));
        case ExcludeNamespaces:
            return c.excludeNamespaces.join(QStringLiteral(", "));
        case NamespaceMappings:
            return mappingsText(c.namespaceMappings);
        case RestoreVolumes:
            return role == RawValueRole ? QVariant(c.restoreVolumes) : QVariant();
        case ExistingPolicy:
            return c.existingResourcePolicy;
        case VeleroProvider:
            return c.velero.provider;
        case VeleroBucket:
            return c.velero.bucket;
        case VeleroPrefix:
            return c.storePrefix;
        case VeleroConfig:
            return VeleroCliTable::formatMap(c.velero.config);
        case VeleroPlugin:
            return role == Qt::DisplayRole && c.velero.plugin.isEmpty() ? tr("paired with the velero CLI")
                                                                        : c.velero.plugin;
        case VeleroCredentials:
            return role == Qt::DisplayRole && c.velero.credentialsFile.isEmpty() ? tr("the store's")
                                                                                 : c.velero.credentialsFile;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() >= VeleroProvider) {
        const QStringList problems = c.velero.problems(c.cluster);
        return problems.isEmpty() ? (c.velero.source == QLatin1String("location")
                                         ? tr("Read from the cluster's old backup location.")
                                         : tr("Given by you: the old backup location could not be read."))
                                  : problems.join(QLatin1Char('\n'));
    }
    if (role == ChoicesRole && index.column() == Backup)
        return m_backupChoices.value(c.cluster);
    if (role == Qt::CheckStateRole && index.column() == RestoreVolumes)
        return c.restoreVolumes ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::CheckStateRole && index.column() == AllowPartiallyFailed)
        return c.allowPartiallyFailed ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == AllowPartiallyFailed)
        return tr("Restore this cluster's backup even if it is PartiallyFailed: the items that failed during "
                  "the backup are not in it. Look inside it first. The run's journal and report record it.");
    if (role == Qt::ToolTipRole && index.column() == ExistingPolicy)
        return tr("none: keep what is in the cluster; update: overwrite it with the backup's (destructive, "
                  "needs the cluster's name typed)");
    return {};
}

bool ClusterPlanModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ClusterRestorePlan& c = m_plan.clusters[index.row()];
    if (role == Qt::CheckStateRole && index.column() == RestoreVolumes) {
        c.restoreVolumes = value.toInt() == Qt::Checked;
    } else if (role == Qt::CheckStateRole && index.column() == AllowPartiallyFailed) {
        c.allowPartiallyFailed = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case Backup: {
            if (text.isEmpty())
                return false;
            const auto known = m_backupChoices.constFind(c.cluster);
            if (known != m_backupChoices.cend() && !known->contains(text)) {
                emit editRejected(
                    tr("The store of %1 holds no backup named %2. Pick one of its backups: %3.")
                        .arg(c.cluster, text,
                             known->isEmpty() ? tr("(none)") : known->join(QStringLiteral(", "))));
                return false;
            }
            c.backup = text;
            break;
        }
        case IncludeNamespaces:
            c.includeNamespaces = text == tr("all") ? QStringList() : splitList(text);
            break;
        case ExcludeNamespaces:
            c.excludeNamespaces = splitList(text);
            break;
        case NamespaceMappings: {
            const auto m = parseMappings(text);
            if (!m)
                return false;
            c.namespaceMappings = *m;
            break;
        }
        case ExistingPolicy:
            if (text != QLatin1String("none") && text != QLatin1String("update"))
                return false;
            c.existingResourcePolicy = text;
            break;
        case VeleroProvider:
            if (text != QLatin1String("azure") && text != QLatin1String("aws"))
                return false;
            c.velero.provider = text;
            break;
        case VeleroBucket:
            c.velero.bucket = text;
            break;
        case VeleroPrefix:
            c.storePrefix = text;
            break;
        case VeleroConfig: {
            QString error;
            const auto config = text.isEmpty()
                                    ? std::optional<QMap<QString, QString>>(QMap<QString, QString>())
                                    : VeleroCliTable::parseMap(text, &error);
            if (!config)
                return false;
            c.velero.config = *config;
            break;
        }
        case VeleroPlugin:
            c.velero.plugin = text == tr("paired with the velero CLI") ? QString() : text;
            break;
        case VeleroCredentials:
            c.velero.credentialsFile = text == tr("the store's") ? QString() : text;
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit planEdited();
    return true;
}

Qt::ItemFlags ClusterPlanModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == RestoreVolumes || index.column() == AllowPartiallyFailed)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() != Cluster)
        return f | Qt::ItemIsEditable;
    return f;
}

QVariant ClusterPlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Cluster:
        return tr("Cluster");
    case Backup:
        return tr("Backup");
    case IncludeNamespaces:
        return tr("Namespaces");
    case ExcludeNamespaces:
        return tr("Excluded namespaces");
    case NamespaceMappings:
        return tr("Namespace mapping (old:new)");
    case RestoreVolumes:
        return tr("Restore volumes");
    case ExistingPolicy:
        return tr("Existing resources");
    case VeleroProvider:
        return tr("Velero provider");
    case VeleroBucket:
        return tr("Bucket");
    case VeleroPrefix:
        return tr("Prefix");
    case VeleroConfig:
        return tr("Location config");
    case VeleroPlugin:
        return tr("Plugin");
    case VeleroCredentials:
        return tr("Credentials file");
    case AllowPartiallyFailed:
        return tr("Restore a PartiallyFailed backup");
    default:
        return {};
    }
}

} // namespace aks
