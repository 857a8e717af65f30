#include "feemigrations.h"

namespace Linli::Fees {

QList<Storage::Migration> feeMigrations()
{
    return {
        {QStringLiteral("fees"), 1, QStringLiteral("fee items and their rates"), QStringLiteral(R"sql(
-- What is charged: the property service fee (per m² and month), fixed monthly fees (parking,
-- garbage), one-off charges and metered charges (water, electricity).
CREATE TABLE fee_items (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('area', 'monthly', 'one_off', 'metered')),
    unit TEXT NOT NULL DEFAULT ''            -- for metered items: 吨, 度
);
CREATE UNIQUE INDEX fee_items_code ON fee_items (code) WHERE deleted = 0;
-- At what price, from a day (inclusive) until a day (exclusive; '' = still valid), for all
-- compounds ('') or one compound, optionally one building of it. Prices per m² and month and per
-- metered unit are in ten-thousandths of a yuan (¥0.8500 = 8500); monthly and one-off fees in fen.
CREATE TABLE fee_rates (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    item_id     TEXT NOT NULL REFERENCES fee_items (id),
    compound_id TEXT NOT NULL DEFAULT '',
    building_id TEXT NOT NULL DEFAULT '',
    valid_from  TEXT NOT NULL,
    valid_until TEXT NOT NULL DEFAULT '',
    price       INTEGER NOT NULL CHECK (price >= 0)
);
CREATE INDEX fee_rates_item ON fee_rates (item_id);
)sql")},
        {QStringLiteral("fees"), 2, QStringLiteral("bill runs, bills, bill lines and the money ledger"),
         QStringLiteral(R"sql(
-- A bill run: one period ('2026-11', '2026-Q4', '2026') over a scope, committed at once.
CREATE TABLE fee_bill_runs (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    period       TEXT NOT NULL,
    period_from  TEXT NOT NULL,
    period_until TEXT NOT NULL,             -- exclusive
    compound_id  TEXT NOT NULL DEFAULT '',  -- '' = every compound
    building_id  TEXT NOT NULL DEFAULT '',
    due_date     TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    bills        INTEGER NOT NULL,
    total_fen    INTEGER NOT NULL
);
-- One bill per household and period. `generation` counts the voided runs before it, so a voided
-- period can be billed again while a second bill of a live period is refused by the index.
CREATE TABLE fee_bills (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    run_id       TEXT NOT NULL REFERENCES fee_bill_runs (id),
    household_id TEXT NOT NULL,
    room_id      TEXT NOT NULL,
    period       TEXT NOT NULL,
    generation   INTEGER NOT NULL DEFAULT 0,
    period_from  TEXT NOT NULL,
    period_until TEXT NOT NULL,
    due_date     TEXT NOT NULL,
    total_fen    INTEGER NOT NULL
);
CREATE UNIQUE INDEX fee_bills_once ON fee_bills (household_id, period, generation) WHERE deleted = 0;
CREATE INDEX fee_bills_run ON fee_bills (run_id);
CREATE TABLE fee_bill_lines (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    bill_id     TEXT NOT NULL REFERENCES fee_bills (id),
    item_id     TEXT NOT NULL REFERENCES fee_items (id),
    description TEXT NOT NULL,              -- "87.35 m² × ¥1.0000/m²·月 × 1 个月"
    amount_fen  INTEGER NOT NULL
);
CREATE INDEX fee_bill_lines_bill ON fee_bill_lines (bill_id);
-- The money ledger: append-only, never updated. Charges are positive, payments negative;
-- corrections are new entries of their own. Every balance is the sum of a household's entries.
CREATE TABLE fee_ledger (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('charge', 'payment', 'reversal', 'refund', 'late_fee')),
    amount_fen   INTEGER NOT NULL,
    bill_id      TEXT NOT NULL DEFAULT '',
    payment_id   TEXT NOT NULL DEFAULT '',
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL
);
CREATE INDEX fee_ledger_household ON fee_ledger (household_id);
-- The ledger is append-only in the database itself.
CREATE TRIGGER fee_ledger_no_update BEFORE UPDATE ON fee_ledger
BEGIN SELECT RAISE(ABORT, 'the fee ledger is append-only'); END;
CREATE TRIGGER fee_ledger_no_delete BEFORE DELETE ON fee_ledger
BEGIN SELECT RAISE(ABORT, 'the fee ledger is append-only'); END;
)sql")},
    };
}

} // namespace Linli::Fees
