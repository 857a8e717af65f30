#include "syncmigrations.h"

namespace Linli::Sync {

QList<Storage::Migration> syncMigrations()
{
    return {
        {QStringLiteral("sync"), 1, QStringLiteral("this desktop's enrolment with a sync server"), QStringLiteral(R"sql(
-- Local, never synced: the server this database syncs with, the CA it trusts for it (PEM; empty:
-- the system's), and what enrolment gave it. The token is a secret: it lives in the encrypted
-- database only.
CREATE TABLE sync_enrolment (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    server      TEXT NOT NULL,
    ca_pem      TEXT NOT NULL DEFAULT '',
    device_id   TEXT NOT NULL,
    token       TEXT NOT NULL,
    series      TEXT NOT NULL,
    office      TEXT NOT NULL DEFAULT '',
    enrolled_at INTEGER NOT NULL,
    enrolled_by TEXT NOT NULL
);
)sql")},
    };
}

} // namespace Linli::Sync
