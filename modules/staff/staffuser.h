#pragma once

#include <core/permission.h>

#include <QtCore/QString>

namespace Linli::Staff {

struct StaffUser
{
    QString id;
    QString username;
    QString displayName;
    Core::Role role = Core::Role::Auditor;
    bool active = true;
    bool mustChangePassword = false;
    qint64 createdAtMs = 0;
    qint64 lastLoginAtMs = 0; // 0 = never
};

} // namespace Linli::Staff
