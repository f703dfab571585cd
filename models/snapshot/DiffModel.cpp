#include "DiffModel.h"

#include "ModelRoles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace aks {

DiffModel::DiffModel(QObject* parent) : QAbstractTableModel(parent) {}

void DiffModel::setResult(const DiffResult& result) {
    beginResetModel();
    m_result = result;
    endResetModel();
}

const DiffEntry* DiffModel::entryAt(int row) const {
    const int n = int(m_result.entries.size());
    if (row < 0 || row >= n + int(m_result.ignored.size()))
        return nullptr;
    return row < n ? &m_result.entries[std::size_t(row)] : &m_result.ignored[std::size_t(row - n)];
}

DiffModel::RowStatus DiffModel::statusAt(int row) const {
    if (row >= int(m_result.entries.size()))
        return Ignored;
    return RowStatus(int(m_result.entries[std::size_t(row)].status));
}

int DiffModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_result.entries.size() + m_result.ignored.size());
}

int DiffModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QColor DiffModel::background(RowStatus status, bool matters) {
    switch (status) {
    case Changed:
        return matters ? QColor(0xff, 0xe0, 0x8a) : QColor(0xff, 0xf6, 0xd6);
    case Added:
        return matters ? QColor(0xb6, 0xdd, 0xf7) : QColor(0xe3, 0xf2, 0xfb);
    case Removed:
        return matters ? QColor(0xf5, 0xb7, 0xbd) : QColor(0xfb, 0xe3, 0xe5);
    case Equal:
    case Ignored:
        break;
    }
    return {};
}

QVariant DiffModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffEntry& e = *entryAt(index.row());
    const RowStatus status = statusAt(index.row());
    const auto statusText = [&] {
        if (status == Ignored)
            return tr("ignored");
        return DiffEntry::statusName(e.status);
    };
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (index.column()) {
        case SectionColumn:
            return e.section;
        case FieldColumn:
            return e.field;
        case ClassColumn:
            return role == RawValueRole ? QVariant(int(e.fieldClass))
                                        : QVariant(DiffEntry::className(e.fieldClass));
        case AColumn:
            return status == Added
                       ? (role == Qt::DisplayRole ? QVariant(tr("(absent)")) : QVariant(QString()))
                       : QVariant(e.oldValue);
        case BColumn:
            return status == Removed
                       ? (role == Qt::DisplayRole ? QVariant(tr("(absent)")) : QVariant(QString()))
                       : QVariant(e.newValue);
        case StatusColumn:
            return role == RawValueRole ? QVariant(int(status)) : QVariant(statusText());
        }
        break;
    case StateRole:
        return int(status);
    case IdRole:
        return e.key;
    case Qt::BackgroundRole: {
        const QColor c = background(status, e.matters());
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (status == Ignored || (status == Equal && index.column() != FieldColumn))
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (status != Equal)
            return QBrush(QColor(0x20, 0x20, 0x20));
        break;
    case Qt::FontRole:
        if (e.matters() &&
            (index.column() == AColumn || index.column() == BColumn || index.column() == StatusColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (status == Ignored)
            return tr("Changes on every rebuild (state, time or id): not compared.");
        if (e.status != DiffEntry::Status::Equal && !e.matters())
            return tr("Different, but not part of the deployment's shape: does not fail the comparison.");
        return e.key;
    default:
        break;
    }
    return {};
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SectionColumn:
        return tr("Where");
    case FieldColumn:
        return tr("Field");
    case ClassColumn:
        return tr("Kind");
    case AColumn:
        return m_result.labelA.isEmpty() ? tr("A") : m_result.labelA;
    case BColumn:
        return m_result.labelB.isEmpty() ? tr("B") : m_result.labelB;
    case StatusColumn:
        return tr("Result");
    }
    return {};
}

} // namespace aks
