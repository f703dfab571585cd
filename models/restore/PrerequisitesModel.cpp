#include "PrerequisitesModel.h"

#include "ModelRoles.h"

#include <QBrush>
#include <QColor>

namespace aks {

PrerequisitesModel::PrerequisitesModel(QObject* parent) : QAbstractTableModel(parent) {}

void PrerequisitesModel::setChecks(const QList<Prerequisite>& checks) {
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

int PrerequisitesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_checks.size());
}

int PrerequisitesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrerequisitesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Prerequisite& p = m_checks.at(index.row());
    const QString result = p.state == Prerequisite::State::Pass   ? tr("Pass")
                           : p.state == Prerequisite::State::Warn ? tr("Warning")
                                                                  : tr("Fail");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Check:
            return p.name;
        case Result:
            return result;
        case Detail:
            return p.detail;
        case Fix:
            return p.state == Prerequisite::State::Pass ? QString() : p.fix;
        default:
            return {};
        }
    }
    if (role == RawValueRole)
        return index.column() == Result ? QVariant(int(p.state)) : data(index, Qt::DisplayRole);
    if (role == StateRole)
        return int(p.state);
    if (role == Qt::ToolTipRole)
        return p.fix;
    if (role == Qt::ForegroundRole && index.column() == Result)
        return QBrush(p.state == Prerequisite::State::Pass   ? QColor(0x1a, 0x7f, 0x37)
                      : p.state == Prerequisite::State::Warn ? QColor(0xa0, 0x60, 0x00)
                                                             : QColor(0xb0, 0x20, 0x20));
    return {};
}

QVariant PrerequisitesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Check:
        return tr("Check");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Detail");
    case Fix:
        return tr("How to fix");
    default:
        return {};
    }
}

} // namespace aks
