#pragma once

#include "coretr.h"
#include "permission.h"
#include "result.h"

namespace Linli::Core {

// The signed-in staff member on whose behalf a service acts.
struct Actor
{
    QString userId;
    QString username;
    QString displayName;
    Role role = Role::Auditor;

    bool can(Permission p) const { return roleHas(role, p); }

    // The check every service makes first.
    Status require(Permission p) const
    {
        if (can(p))
            return {};
        return Error(ErrorCode::PermissionDenied,
                     Tr::tr("Your role (%1) may not %2.").arg(roleDisplayName(role), permissionDisplayName(p)));
    }
};

} // namespace Linli::Core
