#include "staffpages.h"

#include "auditpage.h"
#include "settingspage.h"
#include "userspage.h"

#include <staff/authservice.h>

namespace Linli::Staff {

QList<Ui::Page *> createStaffPages(Session &session, QWidget *parent)
{
    QList<Ui::Page *> pages;
    const Core::Actor &a = session.actor;
    if (a.can(Core::Permission::ManageUsers) || a.can(Core::Permission::ViewAuditLog))
        pages.append(new UsersPage(session, parent));
    if (a.can(Core::Permission::ViewAuditLog))
        pages.append(new AuditPage(session, parent));
    pages.append(new SettingsPage(session, parent));
    return pages;
}

} // namespace Linli::Staff
