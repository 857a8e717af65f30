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
        {QStringLiteral("sync"), 2, QStringLiteral("sync state, signed-in users, conflicts"), QStringLiteral(R"sql(
-- Where this desktop is with the server: the pull cursor, the push batch in flight (sent again
-- unchanged after a crash), the last sync and its outcome. Local, never synced.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- Staff users signed in to the server on this desktop, and the key their requests are signed with.
CREATE TABLE sync_sessions (
    username     TEXT PRIMARY KEY, -- the desktop user
    server_user  TEXT NOT NULL,
    user_key     TEXT NOT NULL,
    signed_in_at INTEGER NOT NULL
);
-- What staff must look at after a sync: a field two offices changed without seeing each other's
-- change (the server kept the later one; both values here), a change of ours the server refused
-- (kept whole in payload, so nothing is lost), a pulled row this database could not take.
CREATE TABLE sync_conflicts (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('field', 'rejected', 'not_applied')),
    entity      TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    field       TEXT NOT NULL DEFAULT '',
    kept_value  TEXT NOT NULL DEFAULT '', -- JSON
    lost_value  TEXT NOT NULL DEFAULT '', -- JSON
    kept_office TEXT NOT NULL DEFAULT '',
    lost_office TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    payload     TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL,
    resolved_at INTEGER,
    resolved_by TEXT NOT NULL DEFAULT '',
    resolution  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (at) WHERE resolved_at IS NULL;
)sql")},
        {QStringLiteral("sync"), 3, QStringLiteral("rows seen during a full pull"), QStringLiteral(R"sql(
-- While a full pull the server asked for (410) runs: every row it brought. At its end, rows not
-- among them are ones the server deleted so long ago that it forgot (docs/sync-protocol.md).
CREATE TABLE sync_seen (
    entity TEXT NOT NULL,
    id     TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
)sql")},
    };
}

} // namespace Linli::Sync
