#include "permission.h"

#include "coretr.h"

namespace Linli::Core {

QList<Role> allRoles()
{
    return {Role::Admin,         Role::SubdistrictReviewer, Role::SubdistrictClerk,
            Role::PropertyClerk, Role::SocialWorker,        Role::Auditor};
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::SubdistrictReviewer: return QStringLiteral("subdistrict_reviewer");
    case Role::SubdistrictClerk: return QStringLiteral("subdistrict_clerk");
    case Role::PropertyClerk: return QStringLiteral("property_clerk");
    case Role::SocialWorker: return QStringLiteral("social_worker");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : allRoles()) {
        if (roleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin: return Tr::tr("Administrator");
    case Role::SubdistrictReviewer: return Tr::tr("Subdistrict reviewer");
    case Role::SubdistrictClerk: return Tr::tr("Subdistrict clerk");
    case Role::PropertyClerk: return Tr::tr("Property clerk");
    case Role::SocialWorker: return Tr::tr("Social worker");
    case Role::Auditor: return Tr::tr("Auditor (read-only)");
    }
    return {};
}

QString permissionDisplayName(Permission permission)
{
    switch (permission) {
    case Permission::ReadData: return Tr::tr("view data");
    case Permission::ManageUsers: return Tr::tr("manage staff accounts");
    case Permission::ManageSettings: return Tr::tr("change settings");
    case Permission::ViewAuditLog: return Tr::tr("view the audit log");
    case Permission::ExportData: return Tr::tr("export and print data");
    case Permission::BackupRestore: return Tr::tr("back up the database");
    case Permission::UnmaskPersonalData: return Tr::tr("see full ID numbers and phone numbers");
    case Permission::ViewSensitiveData: return Tr::tr("see disability, subsistence allowance and income data");
    case Permission::EditRegistry: return Tr::tr("edit the resident registry");
    case Permission::ProcessSubsidies: return Tr::tr("accept and process subsidy applications");
    case Permission::ApproveSubsidies: return Tr::tr("review and approve subsidy applications");
    case Permission::CollectFees: return Tr::tr("collect fees and issue receipts");
    case Permission::SuperviseFees: return Tr::tr("void receipts, refund and cancel bill runs");
    case Permission::ManageActivities: return Tr::tr("manage venues, activities and tasks");
    }
    return {};
}

bool roleHas(Role role, Permission p)
{
    using P = Permission;
    if (p == P::ReadData)
        return true;
    switch (role) {
    case Role::Admin: return true;
    case Role::SubdistrictReviewer:
        return p == P::ExportData || p == P::UnmaskPersonalData || p == P::ViewSensitiveData || p == P::EditRegistry
               || p == P::ProcessSubsidies || p == P::ApproveSubsidies || p == P::ManageActivities;
    case Role::SubdistrictClerk:
        return p == P::ExportData || p == P::ViewSensitiveData || p == P::EditRegistry || p == P::ProcessSubsidies
               || p == P::ManageActivities;
    case Role::PropertyClerk: return p == P::ExportData || p == P::CollectFees;
    case Role::SocialWorker:
        return p == P::ExportData || p == P::UnmaskPersonalData || p == P::ViewSensitiveData || p == P::EditRegistry
               || p == P::ProcessSubsidies || p == P::ManageActivities;
    case Role::Auditor: return p == P::ViewAuditLog || p == P::ExportData || p == P::ViewSensitiveData;
    }
    return false;
}

} // namespace Linli::Core
