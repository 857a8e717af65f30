#include "staffmigrations.h"

namespace Linli::Staff {

QList<Storage::Migration> staffMigrations()
{
    return {
        {QStringLiteral("staff"), 1, QStringLiteral("staff accounts and organisation settings"), QStringLiteral(R"sql(
CREATE TABLE staff_users (
    id                    TEXT PRIMARY KEY,
    username              TEXT NOT NULL UNIQUE,
    display_name          TEXT NOT NULL,
    role                  TEXT NOT NULL,
    active                INTEGER NOT NULL DEFAULT 1,
    must_change_password  INTEGER NOT NULL DEFAULT 0,
    created_at            INTEGER NOT NULL,
    created_by            TEXT NOT NULL,
    last_login_at         INTEGER,
    password_changed_at   INTEGER NOT NULL
);

-- Settings every office of the organisation shares (synced): organisation name, idle lock.
CREATE TABLE shared_settings (
    id            TEXT PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    value         TEXT NOT NULL,
    hlc           TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
)sql")},
    };
}

} // namespace Linli::Staff
