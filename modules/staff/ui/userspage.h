#pragma once

#include <staff/sessionservices.h>
#include <uikit/page.h>

class QLabel;
class QPushButton;
class QTableView;

namespace Linli::Staff {

class StaffUserModel;

// Staff accounts: administrators add, edit, reset and disable; auditors read.
class UsersPage : public Ui::Page
{
    Q_OBJECT
public:
    UsersPage(const SessionServices &services, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("staff.users"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

private:
    void addUser();
    void editUser();
    void resetPassword();
    void disableUser();
    void updateButtons();
    QString selectedUsername() const;

    SessionServices m_services;
    StaffUserModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_reset;
    QPushButton *m_disable;
};

} // namespace Linli::Staff
