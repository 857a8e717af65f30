#include "staffusermodel.h"

#include <staff/staffreports.h>
#include <staff/stafftr.h>

#include <QtGui/QBrush>
#include <QtGui/QColor>

namespace Linli::Staff {

void StaffUserModel::setUsers(QList<StaffUser> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const StaffUser *StaffUserModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int StaffUserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int StaffUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffUser &u = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UsernameColumn: return u.username;
        case NameColumn: return u.displayName;
        case RoleColumn: return Core::roleDisplayName(u.role);
        case StatusColumn:
            if (!u.active)
                return Tr::tr("disabled");
            return u.mustChangePassword ? Tr::tr("must change password") : Tr::tr("active");
        case LastLoginColumn: return formatDateTime(u.lastLoginAtMs);
        }
    }
    if (role == Qt::ForegroundRole && !u.active)
        return QBrush(QColor(0x80, 0x80, 0x80));
    return {};
}

QVariant StaffUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn: return Tr::tr("User name");
    case NameColumn: return Tr::tr("Name");
    case RoleColumn: return Tr::tr("Role");
    case StatusColumn: return Tr::tr("Status");
    case LastLoginColumn: return Tr::tr("Last sign-in");
    }
    return {};
}

} // namespace Linli::Staff
