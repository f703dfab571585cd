#include "BackupsModel.h"

#include "ModelRoles.h"
#include "PhaseColors.h"
#include "core/DisplayTime.h"
#include "velero/RpoCalculator.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace aks {

BackupsModel::BackupsModel(QObject* parent) : QAbstractTableModel(parent) {}

void BackupsModel::setHistory(const QList<ClusterHistory>& history) {
    for (const auto& h : history) {
        if (h.ok()) {
            setBackups(h.cluster, h.backups);
            setStale(h.cluster, false);
        } else {
            setStale(h.cluster, true);
        }
    }
}

void BackupsModel::setBackups(const QString& cluster, const QList<VeleroBackup>& backups) {
    beginResetModel();
    m_rows.erase(
        std::remove_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.cluster == cluster; }),
        m_rows.end());
    m_rows.reserve(m_rows.size() + size_t(backups.size()));
    for (const auto& b : backups)
        m_rows.push_back(Row{cluster, b, b.pointInTime().isValid() ? b.pointInTime().toSecsSinceEpoch() : 0,
                             b.expiration.isValid() ? b.expiration.toSecsSinceEpoch()
                                                    : std::numeric_limits<qint64>::max()});
    endResetModel();
}

void BackupsModel::setStale(const QString& cluster, bool stale) {
    if (stale == m_stale.contains(cluster))
        return;
    if (stale)
        m_stale.insert(cluster);
    else
        m_stale.remove(cluster);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BackupsModel::setNow(const QDateTime& now) {
    m_now = now.toUTC();
    if (!m_rows.empty())
        emit dataChanged(index(0, Age), index(rowCount() - 1, Age));
}

QStringList BackupsModel::clusters() const {
    QStringList out;
    for (const auto& r : m_rows)
        if (!out.contains(r.cluster))
            out.append(r.cluster);
    out.sort();
    return out;
}

QStringList BackupsModel::schedules() const {
    QSet<QString> set;
    for (const auto& r : m_rows)
        if (!r.backup.scheduleName.isEmpty())
            set.insert(r.backup.scheduleName);
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

bool BackupsModel::lessThan(int left, int right, int column) const {
    const Row& a = m_rows[size_t(left)];
    const Row& b = m_rows[size_t(right)];
    switch (Column(column)) {
    case Cluster:
        return a.cluster < b.cluster;
    case Name:
        return a.backup.name < b.backup.name;
    case Phase:
        return a.backup.phase < b.backup.phase;
    case Schedule:
        return a.backup.scheduleName < b.backup.scheduleName;
    case Started:
        return a.point < b.point;
    case Age:
        return a.point > b.point; // older is larger
    case Expires:
        return a.expires < b.expires;
    case Items:
        return a.backup.itemsBackedUp < b.backup.itemsBackedUp;
    case Errors:
        return a.backup.errors < b.backup.errors;
    case Warnings:
        return a.backup.warnings < b.backup.warnings;
    case Location:
        return a.backup.storageLocation < b.backup.storageLocation;
    case ColumnCount:
        break;
    }
    return false;
}

bool BackupsModel::matches(int row, const QString& cluster, const QString& phase, const QString& schedule,
                           const QString& text) const {
    const Row& r = m_rows[size_t(row)];
    if (!cluster.isEmpty() && r.cluster != cluster)
        return false;
    if (!phase.isEmpty() && r.backup.phase != phase)
        return false;
    if (!schedule.isEmpty() && r.backup.scheduleName != schedule)
        return false;
    return text.isEmpty() || r.backup.name.contains(text, Qt::CaseInsensitive) ||
           r.cluster.contains(text, Qt::CaseInsensitive) ||
           r.backup.phase.contains(text, Qt::CaseInsensitive) ||
           r.backup.scheduleName.contains(text, Qt::CaseInsensitive);
}

int BackupsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const VeleroBackup& b = row.backup;
    switch (role) {
    case ClusterRole:
        return row.cluster;
    case PhaseRole:
        return b.phase;
    case ScheduleRole:
        return b.scheduleName;
    case NameRole:
        return b.name;
    case StaleRole:
        return m_stale.contains(row.cluster);
    case Qt::ForegroundRole:
        if (m_stale.contains(row.cluster))
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == Phase)
            return QBrush(PhaseColors::forPhase(b.phase));
        if (index.column() == Errors && b.errors > 0)
            return QBrush(PhaseColors::forPhase(QStringLiteral("Failed")));
        return {};
    case Qt::ToolTipRole:
        if (m_stale.contains(row.cluster))
            return tr("Stale: the last refresh of %1 failed; this is what it showed before.")
                .arg(row.cluster);
        if (index.column() == Started)
            return DisplayTime::withUtc(b.pointInTime()); // the RPO is checked against server clocks
        if (!b.failureReason.isEmpty())
            return b.failureReason;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Items && index.column() <= Warnings)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Cluster:
        return row.cluster;
    case Name:
        return b.name;
    case Phase:
        return b.phase.isEmpty() ? (raw ? QString() : tr("New")) : b.phase;
    case Schedule:
        return b.scheduleName;
    case Started:
        if (raw)
            return b.pointInTime().toSecsSinceEpoch();
        return DisplayTime::dateTime(b.pointInTime());
    case Age: {
        const qint64 age = b.pointInTime().isValid() ? b.pointInTime().secsTo(m_now) : -1;
        return raw ? QVariant(age) : QVariant(RpoCalculator::formatAge(age));
    }
    case Expires:
        if (raw)
            return b.expiration.isValid() ? b.expiration.toSecsSinceEpoch()
                                          : std::numeric_limits<qint64>::max();
        return DisplayTime::dateTime(b.expiration);
    case Items:
        return raw ? QVariant(b.itemsBackedUp) : QVariant(QString::number(b.itemsBackedUp));
    case Errors:
        return b.errors;
    case Warnings:
        return b.warnings;
    case Location:
        return b.storageLocation;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BackupsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Cluster:
        return tr("Cluster");
    case Name:
        return tr("Backup");
    case Phase:
        return tr("Phase");
    case Schedule:
        return tr("Schedule");
    case Started:
        return tr("Taken");
    case Age:
        return tr("Age");
    case Expires:
        return tr("Expires");
    case Items:
        return tr("Items");
    case Errors:
        return tr("Errors");
    case Warnings:
        return tr("Warnings");
    case Location:
        return tr("Location");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace aks
