#include "staffpages.h"

#include "auditpage.h"
#include "settingspage.h"
#include "userspage.h"

#include <staff/sessionservices.h>

namespace Linli::Staff {

QList<Ui::Page *> createStaffPages(const SessionServices &services, QWidget *parent)
{
    QList<Ui::Page *> pages;
    const Core::Actor &a = services.actor;
    if (a.can(Core::Permission::ManageUsers) || a.can(Core::Permission::ViewAuditLog))
        pages.append(new UsersPage(services, parent));
    if (a.can(Core::Permission::ViewAuditLog))
        pages.append(new AuditPage(services, parent));
    pages.append(new SettingsPage(services, parent));
    return pages;
}

} // namespace Linli::Staff
