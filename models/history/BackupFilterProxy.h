#pragma once

#include <QSortFilterProxyModel>

namespace aks {

class BackupsModel;

// Filters the backups table by cluster, phase and schedule (exact, empty: any) and by text (in the
// backup's name, cluster, phase or schedule); sorts by the raw value.
class BackupFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BackupFilterProxy(QObject* parent = nullptr);

    void setCluster(const QString& cluster);
    void setPhase(const QString& phase);
    void setSchedule(const QString& schedule);
    void setText(const QString& text);
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void update(QString& field, const QString& value);

    BackupsModel* m_backups = nullptr; // the typed fast path when the source is one
    QString m_cluster;
    QString m_phase;
    QString m_schedule;
    QString m_text;
};

} // namespace aks
