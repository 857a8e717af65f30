#pragma once

#include <staff/staffuser.h>

#include <QtCore/QAbstractTableModel>

namespace Linli::Staff {

// Staff accounts for a table view.
class StaffUserModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UsernameColumn, NameColumn, RoleColumn, StatusColumn, LastLoginColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setUsers(QList<StaffUser> users);
    const StaffUser *userAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<StaffUser> m_users;
};

} // namespace Linli::Staff
