#include "store.h"

namespace Linli::Storage {

QList<Migration> storageMigrations()
{
    return {
        {QStringLiteral("storage"), 1, QStringLiteral("meta, sync outbox, audit log"), QStringLiteral(R"sql(
CREATE TABLE linli_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every write to a synced table appends here in the same transaction; sync pushes it in seq order.
CREATE TABLE sync_outbox (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    entity        TEXT NOT NULL,
    row_id        TEXT NOT NULL,
    op            TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    payload       TEXT NOT NULL,
    hlc           TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX sync_outbox_row ON sync_outbox (entity, row_id);

-- Append-only, hash-chained. seq is assigned by the writer inside its transaction.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL DEFAULT '',
    details   TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql")},
        {QStringLiteral("storage"), 2, QStringLiteral("what a synced row's stamp was before each change"),
         QStringLiteral(R"sql(
-- The row's hlc before the change (empty for a new row): sent as base_hlc, so the server can tell a
-- change made on top of the current value from one made without seeing a newer one.
ALTER TABLE sync_outbox ADD COLUMN base_hlc TEXT NOT NULL DEFAULT '';
)sql")},
        {QStringLiteral("storage"), 3, QStringLiteral("changes the sync server takes all or none of"),
         QStringLiteral(R"sql(
-- The seq of the first entry of an all-or-nothing group (Outbox::Group): a state change and the
-- new rows it wrote. NULL: the entry stands alone.
ALTER TABLE sync_outbox ADD COLUMN tx_group INTEGER;
CREATE INDEX sync_outbox_group ON sync_outbox (tx_group) WHERE tx_group IS NOT NULL;
-- New rows of a group the sync server refused, taken back out of this database. A table's own
-- triggers may let such a row go (the ledger's append-only rule) and undo what it added.
CREATE TABLE sync_withdrawn (
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    at     INTEGER NOT NULL,
    PRIMARY KEY (entity, row_id)
) WITHOUT ROWID;
)sql")},
    };
}

} // namespace Linli::Storage
