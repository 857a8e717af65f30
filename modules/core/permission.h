#pragma once

#include "result.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace Linli::Core {

// Staff roles, as offices name them.
enum class Role {
    Admin,               // 系统管理员
    SubdistrictReviewer, // 街道审核员
    SubdistrictClerk,    // 街道办事员
    PropertyClerk,       // 物业收费员
    SocialWorker,        // 社工
    Auditor,             // 审计员 (read-only)
};

// What a service checks before it acts. Roles map to sets of these in permission.cpp.
enum class Permission {
    ReadData,
    ManageUsers,
    ManageSettings,
    ViewAuditLog,
    ExportData,
    BackupRestore,
    UnmaskPersonalData,
    ViewSensitiveData, // disability, 低保, income tags
    EditRegistry,
    ProcessSubsidies,
    ApproveSubsidies,
    CollectFees,
    SuperviseFees,
    ManageActivities,
};

QList<Role> allRoles();
// Stable code stored in the database and used on the command line, e.g. "property_clerk".
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
// Translated name for people, e.g. "物业收费员".
QString roleDisplayName(Role role);
QString permissionDisplayName(Permission permission);

bool roleHas(Role role, Permission permission);

} // namespace Linli::Core
