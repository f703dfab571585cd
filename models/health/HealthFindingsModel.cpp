#include "HealthFindingsModel.h"

#include "ModelRoles.h"

#include <QBrush>
#include <QColor>

#include <limits>

namespace aks {
namespace {

QColor healthUrgencyColour(HealthFinding::Urgency u) {
    switch (u) {
    case HealthFinding::Urgency::Critical:
        return QColor(0xf8, 0xd7, 0xda);
    case HealthFinding::Urgency::Warning:
        return QColor(0xff, 0xe9, 0xb3);
    case HealthFinding::Urgency::Notice:
        return QColor(0xfd, 0xf6, 0xd3);
    case HealthFinding::Urgency::Ok:
        break;
    }
    return {};
}

} // namespace

HealthFindingsModel::HealthFindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void HealthFindingsModel::setReport(const HealthReport& report) {
    beginResetModel();
    m_report = report;
    m_rows = report.sortedFindings();
    endResetModel();
}

const HealthFinding* HealthFindingsModel::finding(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HealthFindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthFindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthFindingsModel::data(const QModelIndex& index, int role) const {
    const HealthFinding* f = finding(index.row());
    if (!f || !index.isValid())
        return {};
    if (role == LevelRole)
        return int(f->urgency);
    if (role == IdRole)
        return HealthFinding::kindKey(f->kind);
    if (role == Qt::BackgroundRole) {
        const QColor c = healthUrgencyColour(f->urgency);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    if (role == Qt::ForegroundRole && healthUrgencyColour(f->urgency).isValid())
        return QBrush(QColor(0x20, 0x20, 0x20)); // readable on the light tints in a dark theme too
    if (role == RawValueRole) {
        switch (index.column()) {
        case UrgencyColumn:
            return int(f->urgency);
        case DaysLeftColumn:
            return f->daysLeft ? *f->daysLeft : std::numeric_limits<qint64>::max();
        case ExpiresColumn:
            return f->notAfter;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UrgencyColumn:
        return HealthFinding::urgencyText(f->urgency);
    case SubjectColumn:
        return f->subject.isEmpty() ? tr("Management cluster") : f->subject;
    case FindingColumn:
        return f->message;
    case DaysLeftColumn:
        return f->daysLeft ? QVariant(*f->daysLeft) : QVariant();
    case ExpiresColumn:
        return f->notAfter.isValid() ? f->notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                     : QString();
    case RepairColumn:
        return f->repairs.isEmpty() ? QString() : scriptText(f->repairs.first().script);
    default:
        return {};
    }
}

QVariant HealthFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrgencyColumn:
        return tr("Urgency");
    case SubjectColumn:
        return tr("Cluster");
    case FindingColumn:
        return tr("Finding");
    case DaysLeftColumn:
        return tr("Days left");
    case ExpiresColumn:
        return tr("Expires");
    case RepairColumn:
        return tr("Documented repair");
    default:
        return {};
    }
}

} // namespace aks
