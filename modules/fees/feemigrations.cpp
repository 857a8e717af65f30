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
        {QStringLiteral("fees"), 3, QStringLiteral("payments, receipts and what each payment paid"),
         QStringLiteral(R"sql(
-- Money received. Never changed: a mistake is voided through its receipt, which adds entries.
CREATE TABLE fee_payments (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT NOT NULL,
    amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
    method       TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'bank')),
    reference    TEXT NOT NULL DEFAULT '',
    received_at  INTEGER NOT NULL,
    clerk        TEXT NOT NULL
);
CREATE INDEX fee_payments_household ON fee_payments (household_id);
-- Receipts are numbered per year without gaps ("2026-000001"); a voided receipt keeps its number.
CREATE TABLE fee_receipts (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    number     TEXT NOT NULL,
    year       INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    payment_id TEXT NOT NULL REFERENCES fee_payments (id),
    amount_fen INTEGER NOT NULL,
    issued_at  INTEGER NOT NULL,
    issued_by  TEXT NOT NULL
);
CREATE UNIQUE INDEX fee_receipts_number ON fee_receipts (year, seq) WHERE deleted = 0;
-- What happened to a receipt afterwards: voided (with the reason), reprinted.
CREATE TABLE fee_receipt_events (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    receipt_id TEXT NOT NULL REFERENCES fee_receipts (id),
    kind       TEXT NOT NULL CHECK (kind IN ('void', 'reprint')),
    reason     TEXT NOT NULL DEFAULT '',
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL
);
CREATE INDEX fee_receipt_events_receipt ON fee_receipt_events (receipt_id);
-- Which bills a payment paid, oldest first; a voided payment adds the same amounts negated.
CREATE TABLE fee_allocations (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    payment_id TEXT NOT NULL REFERENCES fee_payments (id),
    bill_id    TEXT NOT NULL REFERENCES fee_bills (id),
    amount_fen INTEGER NOT NULL
);
CREATE INDEX fee_allocations_bill ON fee_allocations (bill_id);
CREATE INDEX fee_allocations_payment ON fee_allocations (payment_id);
CREATE TRIGGER fee_payments_no_update BEFORE UPDATE ON fee_payments
BEGIN SELECT RAISE(ABORT, 'payments are never changed'); END;
CREATE TRIGGER fee_allocations_no_update BEFORE UPDATE ON fee_allocations
BEGIN SELECT RAISE(ABORT, 'allocations are never changed'); END;
CREATE TRIGGER fee_receipts_no_update BEFORE UPDATE ON fee_receipts
BEGIN SELECT RAISE(ABORT, 'receipts are never changed'); END;
)sql")},
        {QStringLiteral("fees"), 4, QStringLiteral("bill runs voided as a whole"), QStringLiteral(R"sql(
-- A bill run cancelled before it was paid: its bills stop counting (the ledger gets a reversal
-- for each, money applied from advance payments goes back to the advance) and the period can be
-- billed again. Nothing of the run is changed or deleted.
CREATE TABLE fee_run_voids (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    run_id TEXT NOT NULL REFERENCES fee_bill_runs (id),
    reason TEXT NOT NULL,
    at     INTEGER NOT NULL,
    actor  TEXT NOT NULL
);
CREATE UNIQUE INDEX fee_run_voids_run ON fee_run_voids (run_id) WHERE deleted = 0;
)sql")},
        {QStringLiteral("fees"), 5, QStringLiteral("refunds (红冲) with their own numbers"), QStringLiteral(R"sql(
-- Money paid back to a household out of its prepaid balance, numbered per year without gaps on
-- their own ("2026-R000001"). Never changed; the ledger gets a 'refund' entry.
CREATE TABLE fee_refunds (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT NOT NULL,
    number       TEXT NOT NULL,
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
    method       TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'bank')),
    reference    TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL,
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL
);
CREATE UNIQUE INDEX fee_refunds_number ON fee_refunds (year, seq) WHERE deleted = 0;
CREATE INDEX fee_refunds_household ON fee_refunds (household_id);
CREATE TRIGGER fee_refunds_no_update BEFORE UPDATE ON fee_refunds
BEGIN SELECT RAISE(ABORT, 'refunds are never changed'); END;
)sql")},
        {QStringLiteral("fees"), 6, QStringLiteral("discounts per household"), QStringLiteral(R"sql(
-- A share of a household's fees taken off for a time: a vacant room, hardship, a 低保 household
-- under the local policy. For one fee item or ('') all of them. Shown on the bill line.
CREATE TABLE fee_discounts (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    household_id  TEXT NOT NULL,
    item_id       TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL CHECK (kind IN ('vacant', 'hardship', 'dibao', 'other')),
    basis_points  INTEGER NOT NULL CHECK (basis_points > 0 AND basis_points <= 10000),
    valid_from    TEXT NOT NULL,
    valid_until   TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    actor         TEXT NOT NULL
);
CREATE INDEX fee_discounts_household ON fee_discounts (household_id);
)sql")},
        {QStringLiteral("fees"), 7, QStringLiteral("fee policies and late fees"), QStringLiteral(R"sql(
-- Rules a supervisor sets from a day on: the late fee (daily rate after grace days, with a cap as
-- a share of the bill) and the discount of every 低保 household. The latest setting in force on a
-- day applies; nothing is changed, a new setting replaces the old from its first day.
CREATE TABLE fee_policies (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    kind           TEXT NOT NULL CHECK (kind IN ('late_fee', 'dibao')),
    valid_from     TEXT NOT NULL,
    daily_rate_ppm INTEGER NOT NULL DEFAULT 0,  -- late fee: millionths of the overdue amount a day
    grace_days     INTEGER NOT NULL DEFAULT 0,
    cap_bp         INTEGER NOT NULL DEFAULT 0,  -- late fee: at most this share of the bill; 0 = no cap
    basis_points   INTEGER NOT NULL DEFAULT 0,  -- dibao: share of the fees taken off
    item_id        TEXT NOT NULL DEFAULT '',    -- dibao: one item, or '' for all
    at             INTEGER NOT NULL,
    actor          TEXT NOT NULL
);
-- Late fees charged on a bill, each up to a day: charged when a payment is taken, for the days
-- since the last charge, on what was still owed of the bill. The ledger gets a 'late_fee' entry.
CREATE TABLE fee_late_fees (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    bill_id       TEXT NOT NULL REFERENCES fee_bills (id),
    household_id  TEXT NOT NULL,
    payment_id    TEXT NOT NULL DEFAULT '',
    from_date     TEXT NOT NULL,   -- first day charged
    through_date  TEXT NOT NULL,   -- charged up to this day (exclusive)
    principal_fen INTEGER NOT NULL,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    at            INTEGER NOT NULL,
    actor         TEXT NOT NULL
);
CREATE INDEX fee_late_fees_bill ON fee_late_fees (bill_id);
CREATE TRIGGER fee_late_fees_no_update BEFORE UPDATE ON fee_late_fees
BEGIN SELECT RAISE(ABORT, 'late fees are never changed'); END;
)sql")},
        {QStringLiteral("fees"), 8, QStringLiteral("meter readings"), QStringLiteral(R"sql(
-- Water and electricity readings of a room, in thousandths of the item's unit. The bill run after
-- a reading charges its consumption; the bill line names the reading it charged.
CREATE TABLE fee_meter_readings (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    room_id          TEXT NOT NULL,
    household_id     TEXT NOT NULL,
    item_id          TEXT NOT NULL REFERENCES fee_items (id),
    previous_reading INTEGER NOT NULL CHECK (previous_reading >= 0),
    current_reading  INTEGER NOT NULL CHECK (current_reading >= previous_reading),
    read_on          TEXT NOT NULL,
    source           TEXT NOT NULL DEFAULT '',  -- the file it came from
    at               INTEGER NOT NULL,
    actor            TEXT NOT NULL
);
CREATE UNIQUE INDEX fee_meter_readings_once ON fee_meter_readings (room_id, item_id, read_on) WHERE deleted = 0;
ALTER TABLE fee_bill_lines ADD COLUMN reading_id TEXT NOT NULL DEFAULT '';
CREATE INDEX fee_bill_lines_reading ON fee_bill_lines (reading_id) WHERE reading_id <> '';
)sql")},
        {QStringLiteral("fees"), 9, QStringLiteral("the original print of a receipt"), QStringLiteral(R"sql(
-- The one original print of a receipt, made when the money is taken; every later print is a
-- reprint (fee_receipt_events), marked and counted.
CREATE TABLE fee_receipt_prints (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    receipt_id TEXT NOT NULL REFERENCES fee_receipts (id),
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL
);
CREATE UNIQUE INDEX fee_receipt_prints_once ON fee_receipt_prints (receipt_id) WHERE deleted = 0;
)sql")},
    };
}

} // namespace Linli::Fees
