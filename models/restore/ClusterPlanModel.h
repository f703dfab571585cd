#pragma once

#include "restore/RestorePlan.h"

#include <QAbstractTableModel>

#include <optional>

namespace aks {

// Which backup goes to which cluster, with the restore options, editable in the wizard's Plan page.
class ClusterPlanModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Cluster,
        Backup,
        IncludeNamespaces,
        ExcludeNamespaces,
        NamespaceMappings,
        RestoreVolumes,
        ExistingPolicy,
        // Velero's install settings where it is missing: the old location's, else the admin's.
        VeleroProvider,
        VeleroBucket,
        VeleroPrefix,
        VeleroConfig,
        VeleroPlugin,
        VeleroCredentials,
        // The explicit override that lets a PartiallyFailed backup be restored.
        AllowPartiallyFailed,
        ColumnCount
    };

    explicit ClusterPlanModel(QObject* parent = nullptr);

    void setPlan(const RestorePlan& plan);
    const RestorePlan& plan() const { return m_plan; }
    // The backups each cluster's store holds (cluster -> names): a Backup cell only takes one of
    // them. A cluster missing here (its store could not be listed) takes any name.
    void setBackupChoices(const QMap<QString, QStringList>& choices);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "a:b, c:d" -> {a: b, c: d}; nullopt when malformed.
    static std::optional<QMap<QString, QString>> parseMappings(const QString& text);
    static QString mappingsText(const QMap<QString, QString>& m);

signals:
    void planEdited();
    // An edit was refused; `why` says so an admin can pick a valid value.
    void editRejected(const QString& why);

private:
    RestorePlan m_plan;
    QMap<QString, QStringList> m_backupChoices;
};

} // namespace aks
