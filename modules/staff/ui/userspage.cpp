#include "userspage.h"

#include "passworddialog.h"
#include "reportactions.h"
#include "staffusermodel.h"
#include "userdialog.h"

#include <staff/staffreports.h>
#include <staff/stafftr.h>
#include <staff/userservice.h>
#include <uikit/lineicons.h>
#include <uikit/messages.h>

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Staff {

UsersPage::UsersPage(const SessionServices &services, QWidget *parent)
    : Ui::Page(parent), m_services(services), m_model(new StaffUserModel(this)), m_view(new QTableView(this)),
      m_count(new QLabel(this)), m_add(new QPushButton(Tr::tr("Add account…"), this)),
      m_edit(new QPushButton(Tr::tr("Edit…"), this)), m_reset(new QPushButton(Tr::tr("Reset password…"), this)),
      m_disable(new QPushButton(Tr::tr("Disable"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(Ui::pageHeader(title(),
                                     Tr::tr("Who may open this database, in which role. Each account has its own "
                                            "password; disabling an account stops its password from working."),
                                     this));
    auto *bar = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addUser"));
    for (QPushButton *b : {m_add, m_edit, m_reset, m_disable})
        bar->addWidget(b);
    bar->addStretch();
    addReportButtons(bar, this, m_services, QStringLiteral("staff-list"),
                     [this] { return m_services.reports.staffList(m_services.actor); });
    layout->addLayout(bar);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    const bool admin = m_services.actor.can(Core::Permission::ManageUsers);
    for (QPushButton *b : {m_add, m_edit, m_reset, m_disable})
        b->setVisible(admin);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::disableUser);
    connect(m_view, &QTableView::doubleClicked, this, [this, admin] {
        if (admin)
            editUser();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    updateButtons();
}

QString UsersPage::title() const
{
    return Tr::tr("Staff accounts");
}

QIcon UsersPage::icon() const
{
    return Ui::lineIcon(Ui::Glyph::People);
}

void UsersPage::refresh()
{
    auto users = m_services.users.list(m_services.actor);
    if (!users)
        return Ui::showError(this, title(), users.error());
    m_model->setUsers(*users);
    m_view->resizeColumnsToContents();
    m_count->setText(Tr::tr("%n account(s)", nullptr, int(users->size())));
    updateButtons();
}

QString UsersPage::selectedUsername() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const StaffUser *u = m_model->userAt(rows.first().row());
    return u ? u->username : QString();
}

void UsersPage::updateButtons()
{
    const QString name = selectedUsername();
    const StaffUser *u = nullptr;
    if (!name.isEmpty())
        u = m_model->userAt(m_view->selectionModel()->selectedRows().first().row());
    m_edit->setEnabled(u);
    m_reset->setEnabled(u);
    m_disable->setEnabled(u && u->active && u->username != m_services.actor.username);
}

void UsersPage::addUser()
{
    UserDialog dialog(UserDialog::Mode::Add, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto user = m_services.users.add(m_services.actor, dialog.username(), dialog.displayName(), dialog.role(),
                                     dialog.password());
    if (!user)
        return Ui::showError(this, Tr::tr("Add account"), user.error());
    refresh();
    Q_EMIT dataChanged();
}

void UsersPage::editUser()
{
    const QString name = selectedUsername();
    if (name.isEmpty())
        return;
    const StaffUser *u = m_model->userAt(m_view->selectionModel()->selectedRows().first().row());
    UserDialog dialog(UserDialog::Mode::Edit, this);
    dialog.setUser(u->username, u->displayName, u->role);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = m_services.users.update(m_services.actor, name, dialog.displayName(), dialog.role()); !s)
        return Ui::showError(this, Tr::tr("Edit account"), s.error());
    refresh();
    Q_EMIT dataChanged();
}

void UsersPage::resetPassword()
{
    const QString name = selectedUsername();
    if (name.isEmpty())
        return;
    PasswordDialog dialog(PasswordDialog::Mode::Reset, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = m_services.users.resetPassword(m_services.actor, name, dialog.newPassword()); !s)
        return Ui::showError(this, Tr::tr("Reset password"), s.error());
    Ui::showInfo(this, Tr::tr("Reset password"),
                 Tr::tr("%1 can now sign in with the temporary password and must then choose a new one.").arg(name));
    refresh();
    Q_EMIT dataChanged();
}

void UsersPage::disableUser()
{
    const QString name = selectedUsername();
    if (name.isEmpty())
        return;
    if (!Ui::confirm(this, Tr::tr("Disable account"),
                     Tr::tr("Disable %1? Their password will no longer open the database. An administrator can "
                            "enable the account again by resetting its password.")
                         .arg(name),
                     Tr::tr("Disable")))
        return;
    if (auto s = m_services.users.disable(m_services.actor, name); !s)
        return Ui::showError(this, Tr::tr("Disable account"), s.error());
    refresh();
    Q_EMIT dataChanged();
}

} // namespace Linli::Staff
