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
        {QStringLiteral("fees"), 10, QStringLiteral("derived bill states, collection totals and balances"),
         QStringLiteral(R"sql(
-- Local, derived, never synced: what the ledger tables say, kept current by triggers so that the
-- arrears list, the collection rate and balances need not add up every payment of every bill.
-- They change only through the triggers below; Fees::verifyDerivedState() recomputes them.
CREATE TABLE fee_bill_state (
    bill_id      TEXT PRIMARY KEY,
    household_id TEXT NOT NULL,
    building_id  TEXT NOT NULL,
    period       TEXT NOT NULL,
    period_from  TEXT NOT NULL,
    period_until TEXT NOT NULL,
    due_date     TEXT NOT NULL,
    total_fen    INTEGER NOT NULL,
    paid_fen     INTEGER NOT NULL,   -- net of what voided receipts and runs took back
    late_fen     INTEGER NOT NULL,
    owed_fen     INTEGER NOT NULL,   -- total + late − paid
    voided       INTEGER NOT NULL    -- the bill's run was cancelled
); -- a rowid table: its indexes then hold an 8-byte rowid, not the 36-character bill id
CREATE INDEX fee_bill_state_period ON fee_bill_state (period);
CREATE INDEX fee_bill_state_until ON fee_bill_state (period_until);
-- The open bills by household, covering what the arrears list reads (no table lookups), and
-- narrow enough that it stays in the page cache.
CREATE INDEX fee_bill_state_open ON fee_bill_state (household_id, due_date, owed_fen)
    WHERE owed_fen > 0 AND voided = 0;
-- Partly paid bills of a period: the only ones whose payment must be shared over their lines.
CREATE INDEX fee_bill_state_partly ON fee_bill_state (period) WHERE paid_fen > 0 AND paid_fen < total_fen AND voided = 0;
-- Per billing period and building: live bills, billed, and paid of the bills themselves.
CREATE TABLE fee_collection_totals (
    period      TEXT NOT NULL,
    building_id TEXT NOT NULL,
    period_from TEXT NOT NULL,
    bills       INTEGER NOT NULL,
    billed_fen  INTEGER NOT NULL,
    paid_fen    INTEGER NOT NULL,
    PRIMARY KEY (period, building_id)
) WITHOUT ROWID;
-- Per billing period and fee item: billed, and the lines of bills paid in full (a partly paid
-- bill's share per item is worked out when asked: few bills are partly paid).
CREATE TABLE fee_collection_items (
    period        TEXT NOT NULL,
    item_id       TEXT NOT NULL,
    billed_fen    INTEGER NOT NULL,
    paid_full_fen INTEGER NOT NULL,
    PRIMARY KEY (period, item_id)
) WITHOUT ROWID;
-- Every household's balance: the sum of its ledger entries (positive: it owes).
CREATE TABLE fee_balances (
    household_id TEXT PRIMARY KEY,
    balance_fen  INTEGER NOT NULL
) WITHOUT ROWID;

-- A bill run writes tens of thousands of rows at once: inside its transaction it takes the
-- row-by-row triggers below away, writes the derived rows itself and puts the triggers back
-- (BillRunService::commit), so every other writer, sync included, keeps them current.
CREATE TRIGGER fee_bill_state_on_bill AFTER INSERT ON fee_bills WHEN NEW.deleted = 0
BEGIN
    INSERT INTO fee_bill_state (bill_id, household_id, building_id, period, period_from, period_until, due_date,
                                total_fen, paid_fen, late_fen, owed_fen, voided)
    SELECT NEW.id, NEW.household_id,
           coalesce((SELECT u.building_id FROM reg_rooms rm JOIN reg_units u ON u.id = rm.unit_id
                     WHERE rm.id = NEW.room_id), ''),
           NEW.period, NEW.period_from, NEW.period_until, NEW.due_date, NEW.total_fen, p.paid, l.late,
           NEW.total_fen + l.late - p.paid,
           EXISTS (SELECT 1 FROM fee_run_voids v WHERE v.run_id = NEW.run_id AND v.deleted = 0)
    FROM (SELECT coalesce(sum(amount_fen), 0) AS paid FROM fee_allocations
          WHERE bill_id = NEW.id AND deleted = 0) p,
         (SELECT coalesce(sum(amount_fen), 0) AS late FROM fee_late_fees
          WHERE bill_id = NEW.id AND deleted = 0) l;
END;
CREATE TRIGGER fee_bill_state_on_allocation AFTER INSERT ON fee_allocations
WHEN NEW.deleted = 0
BEGIN
    UPDATE fee_bill_state SET paid_fen = paid_fen + NEW.amount_fen, owed_fen = owed_fen - NEW.amount_fen
    WHERE bill_id = NEW.bill_id;
END;
CREATE TRIGGER fee_bill_state_on_late_fee AFTER INSERT ON fee_late_fees WHEN NEW.deleted = 0
BEGIN
    UPDATE fee_bill_state SET late_fen = late_fen + NEW.amount_fen, owed_fen = owed_fen + NEW.amount_fen
    WHERE bill_id = NEW.bill_id;
END;
CREATE TRIGGER fee_bill_state_on_run_void AFTER INSERT ON fee_run_voids WHEN NEW.deleted = 0
BEGIN
    UPDATE fee_bill_state SET voided = 1 WHERE bill_id IN (SELECT id FROM fee_bills WHERE run_id = NEW.run_id);
END;

CREATE TRIGGER fee_collection_on_insert AFTER INSERT ON fee_bill_state
WHEN NEW.voided = 0
BEGIN
    INSERT OR IGNORE INTO fee_collection_totals VALUES (NEW.period, NEW.building_id, NEW.period_from, 0, 0, 0);
    UPDATE fee_collection_totals
    SET bills = bills + 1, billed_fen = billed_fen + NEW.total_fen,
        paid_fen = paid_fen + max(0, min(NEW.total_fen, NEW.paid_fen))
    WHERE period = NEW.period AND building_id = NEW.building_id;
END;
CREATE TRIGGER fee_collection_on_update AFTER UPDATE OF paid_fen, voided ON fee_bill_state
BEGIN
    UPDATE fee_collection_totals
    SET bills = bills - (OLD.voided = 0) + (NEW.voided = 0),
        billed_fen = billed_fen - (OLD.voided = 0) * OLD.total_fen + (NEW.voided = 0) * NEW.total_fen,
        paid_fen = paid_fen - (OLD.voided = 0) * max(0, min(OLD.total_fen, OLD.paid_fen))
                            + (NEW.voided = 0) * max(0, min(NEW.total_fen, NEW.paid_fen))
    WHERE period = NEW.period AND building_id = NEW.building_id;
END;

CREATE TRIGGER fee_collection_items_on_line AFTER INSERT ON fee_bill_lines WHEN NEW.deleted = 0
BEGIN
    INSERT OR IGNORE INTO fee_collection_items
    SELECT s.period, NEW.item_id, 0, 0 FROM fee_bill_state s WHERE s.bill_id = NEW.bill_id AND s.voided = 0;
    UPDATE fee_collection_items
    SET billed_fen = billed_fen + NEW.amount_fen,
        paid_full_fen = paid_full_fen + (SELECT CASE WHEN s.paid_fen >= s.total_fen THEN NEW.amount_fen ELSE 0 END
                                         FROM fee_bill_state s WHERE s.bill_id = NEW.bill_id)
    WHERE item_id = NEW.item_id
      AND period = (SELECT s.period FROM fee_bill_state s WHERE s.bill_id = NEW.bill_id AND s.voided = 0);
END;
CREATE TRIGGER fee_collection_items_on_state AFTER UPDATE OF paid_fen, voided ON fee_bill_state
WHEN OLD.voided <> NEW.voided OR (OLD.paid_fen >= OLD.total_fen) <> (NEW.paid_fen >= NEW.total_fen)
BEGIN
    UPDATE fee_collection_items
    SET billed_fen = billed_fen + ((NEW.voided = 0) - (OLD.voided = 0))
            * coalesce((SELECT sum(l.amount_fen) FROM fee_bill_lines l WHERE l.bill_id = NEW.bill_id
                        AND l.item_id = fee_collection_items.item_id AND l.deleted = 0), 0),
        paid_full_fen = paid_full_fen + ((NEW.voided = 0 AND NEW.paid_fen >= NEW.total_fen)
                                         - (OLD.voided = 0 AND OLD.paid_fen >= OLD.total_fen))
            * coalesce((SELECT sum(l.amount_fen) FROM fee_bill_lines l WHERE l.bill_id = NEW.bill_id
                        AND l.item_id = fee_collection_items.item_id AND l.deleted = 0), 0)
    WHERE period = NEW.period;
END;

CREATE TRIGGER fee_balances_on_ledger AFTER INSERT ON fee_ledger
WHEN NEW.deleted = 0
BEGIN
    INSERT OR IGNORE INTO fee_balances VALUES (NEW.household_id, 0);
    UPDATE fee_balances SET balance_fen = balance_fen + NEW.amount_fen WHERE household_id = NEW.household_id;
END;

-- What is there already.
INSERT INTO fee_bill_state (bill_id, household_id, building_id, period, period_from, period_until, due_date,
                            total_fen, paid_fen, late_fen, owed_fen, voided)
SELECT b.id, b.household_id,
       coalesce((SELECT u.building_id FROM reg_rooms rm JOIN reg_units u ON u.id = rm.unit_id
                 WHERE rm.id = b.room_id), ''),
       b.period, b.period_from, b.period_until, b.due_date, b.total_fen,
       coalesce((SELECT sum(amount_fen) FROM fee_allocations WHERE bill_id = b.id AND deleted = 0), 0),
       coalesce((SELECT sum(amount_fen) FROM fee_late_fees WHERE bill_id = b.id AND deleted = 0), 0), 0,
       EXISTS (SELECT 1 FROM fee_run_voids v WHERE v.run_id = b.run_id AND v.deleted = 0)
FROM fee_bills b WHERE b.deleted = 0;
UPDATE fee_bill_state SET owed_fen = total_fen + late_fen - paid_fen;
DELETE FROM fee_collection_totals;
INSERT INTO fee_collection_totals
SELECT period, building_id, min(period_from), count(*), sum(total_fen), sum(max(0, min(total_fen, paid_fen)))
FROM fee_bill_state WHERE voided = 0 GROUP BY period, building_id;
INSERT INTO fee_balances
SELECT household_id, sum(amount_fen) FROM fee_ledger WHERE deleted = 0 GROUP BY household_id;
DELETE FROM fee_collection_items;
INSERT INTO fee_collection_items
SELECT s.period, l.item_id, sum(l.amount_fen), sum(CASE WHEN s.paid_fen >= s.total_fen THEN l.amount_fen ELSE 0 END)
FROM fee_bill_state s JOIN fee_bill_lines l ON l.bill_id = s.bill_id AND l.deleted = 0
WHERE s.voided = 0 GROUP BY s.period, l.item_id;
)sql")},
        {QStringLiteral("fees"), 11, QStringLiteral("indexes a monthly bill run appends to"), QStringLiteral(R"sql(
-- Every bill run adds a bill and a ledger charge for every household. An index that starts with
-- the household takes those rows all over its pages, so each run rewrote every page of it, and
-- more of them every month. The indexes a run writes now start with something the run's rows
-- share (the period) or that grows with time (the bill id, made in time order), so its rows go
-- to the end; only what the household lookups really need stays keyed by household.
DROP INDEX fee_bills_once;
CREATE UNIQUE INDEX fee_bills_once ON fee_bills (period, household_id, generation) WHERE deleted = 0;
-- A household's ledger: its charges are found through its bills (fee_bills_once, period by
-- period) and fee_ledger_bill; everything else, written one at a time, by household.
DROP INDEX fee_ledger_household;
CREATE INDEX fee_ledger_household ON fee_ledger (household_id) WHERE kind <> 'charge';
CREATE INDEX fee_ledger_bill ON fee_ledger (bill_id) WHERE bill_id <> '';
-- A bill's state carries its room, for the arrears list's addresses. The open-bill index covers
-- every column the arrears list reads or tests, so adding up the open bills visits no table row;
-- it stays keyed by household (the arrears list and the cash desk read it by household).
ALTER TABLE fee_bill_state ADD COLUMN room_id TEXT NOT NULL DEFAULT '';
UPDATE fee_bill_state SET room_id = coalesce((SELECT b.room_id FROM fee_bills b WHERE b.id = fee_bill_state.bill_id), '');
DROP INDEX fee_bill_state_open;
CREATE INDEX fee_bill_state_open ON fee_bill_state (household_id, due_date, owed_fen, voided, room_id)
    WHERE owed_fen > 0 AND voided = 0;
-- Bills by period are wanted only when voided (a new run counts after them); every other reader
-- of a period goes through the collection totals or the partly-paid index.
DROP INDEX fee_bill_state_period;
CREATE INDEX fee_bill_state_voided ON fee_bill_state (period) WHERE voided = 1;
DROP TRIGGER fee_bill_state_on_bill;
CREATE TRIGGER fee_bill_state_on_bill AFTER INSERT ON fee_bills WHEN NEW.deleted = 0
BEGIN
    INSERT INTO fee_bill_state (bill_id, household_id, building_id, period, period_from, period_until, due_date,
                                total_fen, paid_fen, late_fen, owed_fen, voided, room_id)
    SELECT NEW.id, NEW.household_id,
           coalesce((SELECT u.building_id FROM reg_rooms rm JOIN reg_units u ON u.id = rm.unit_id
                     WHERE rm.id = NEW.room_id), ''),
           NEW.period, NEW.period_from, NEW.period_until, NEW.due_date, NEW.total_fen, p.paid, l.late,
           NEW.total_fen + l.late - p.paid,
           EXISTS (SELECT 1 FROM fee_run_voids v WHERE v.run_id = NEW.run_id AND v.deleted = 0),
           NEW.room_id
    FROM (SELECT coalesce(sum(amount_fen), 0) AS paid FROM fee_allocations
          WHERE bill_id = NEW.id AND deleted = 0) p,
         (SELECT coalesce(sum(amount_fen), 0) AS late FROM fee_late_fees
          WHERE bill_id = NEW.id AND deleted = 0) l;
END;
)sql")},
        {QStringLiteral("fees"), 12, QStringLiteral("integer household keys in the open-bill index"),
         QStringLiteral(R"sql(
-- Local, derived, never synced: a small integer per household that has bills, and the room its
-- latest written bill was for. The open-bill index holds the key instead of the 36-character id
-- and no room: a third of the size, so that the arrears list's working set stays in the page
-- cache and a bill run rewrites fewer pages of it. (An explicit INTEGER PRIMARY KEY: VACUUM and
-- sqlcipher_export keep it.)
CREATE TABLE fee_household_keys (
    key          INTEGER PRIMARY KEY,
    household_id TEXT NOT NULL UNIQUE,
    room_id      TEXT NOT NULL DEFAULT ''
);
ALTER TABLE fee_bill_state ADD COLUMN household_key INTEGER NOT NULL DEFAULT 0;
INSERT INTO fee_household_keys (household_id) SELECT DISTINCT household_id FROM fee_bill_state ORDER BY household_id;
UPDATE fee_household_keys SET room_id = coalesce((SELECT s.room_id FROM fee_bill_state s
    WHERE s.household_id = fee_household_keys.household_id ORDER BY s.period_from DESC, s.rowid DESC LIMIT 1), '');
UPDATE fee_bill_state SET household_key = (SELECT k.key FROM fee_household_keys k
                                           WHERE k.household_id = fee_bill_state.household_id);
DROP INDEX fee_bill_state_open;
CREATE INDEX fee_bill_state_open ON fee_bill_state (household_key, due_date, owed_fen, voided)
    WHERE owed_fen > 0 AND voided = 0;
DROP TRIGGER fee_bill_state_on_bill;
CREATE TRIGGER fee_bill_state_on_bill AFTER INSERT ON fee_bills WHEN NEW.deleted = 0
BEGIN
    INSERT OR IGNORE INTO fee_household_keys (household_id, room_id) VALUES (NEW.household_id, NEW.room_id);
    UPDATE fee_household_keys SET room_id = NEW.room_id
    WHERE household_id = NEW.household_id AND room_id <> NEW.room_id;
    INSERT INTO fee_bill_state (bill_id, household_id, building_id, period, period_from, period_until, due_date,
                                total_fen, paid_fen, late_fen, owed_fen, voided, room_id, household_key)
    SELECT NEW.id, NEW.household_id,
           coalesce((SELECT u.building_id FROM reg_rooms rm JOIN reg_units u ON u.id = rm.unit_id
                     WHERE rm.id = NEW.room_id), ''),
           NEW.period, NEW.period_from, NEW.period_until, NEW.due_date, NEW.total_fen, p.paid, l.late,
           NEW.total_fen + l.late - p.paid,
           EXISTS (SELECT 1 FROM fee_run_voids v WHERE v.run_id = NEW.run_id AND v.deleted = 0),
           NEW.room_id,
           (SELECT k.key FROM fee_household_keys k WHERE k.household_id = NEW.household_id)
    FROM (SELECT coalesce(sum(amount_fen), 0) AS paid FROM fee_allocations
          WHERE bill_id = NEW.id AND deleted = 0) p,
         (SELECT coalesce(sum(amount_fen), 0) AS late FROM fee_late_fees
          WHERE bill_id = NEW.id AND deleted = 0) l;
END;
)sql")},
        {QStringLiteral("fees"), 13, QStringLiteral("receipt and refund numbers per device series"),
         QStringLiteral(R"sql(
-- Once a desktop is enrolled with a sync server it gets a series letter (docs/sync-protocol.md):
-- its receipts are numbered 2026-A-000001, gap-free per series and year, as a paper receipt book
-- of one cash desk is; several offices never hand out the same number. Before enrolment the
-- series is empty and numbers stay 2026-000001.
ALTER TABLE fee_receipts ADD COLUMN series TEXT NOT NULL DEFAULT '';
DROP INDEX fee_receipts_number;
CREATE UNIQUE INDEX fee_receipts_number ON fee_receipts (year, series, seq) WHERE deleted = 0;
ALTER TABLE fee_refunds ADD COLUMN series TEXT NOT NULL DEFAULT '';
DROP INDEX fee_refunds_number;
CREATE UNIQUE INDEX fee_refunds_number ON fee_refunds (year, series, seq) WHERE deleted = 0;
)sql")},
        {QStringLiteral("fees"), 14, QStringLiteral("a void the sync server refused is taken back"),
         QStringLiteral(R"sql(
-- A run void or receipt void the sync server refused (another office paid the bill, or voided the
-- receipt, first) is taken back out of this database with the rows it wrote (storage's
-- sync_withdrawn). Only those rows may leave the ledger, and what they added to the derived
-- tables goes with them.
DROP TRIGGER fee_ledger_no_delete;
CREATE TRIGGER fee_ledger_no_delete BEFORE DELETE ON fee_ledger
WHEN NOT EXISTS (SELECT 1 FROM sync_withdrawn w WHERE w.entity = 'fee_ledger' AND w.row_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'the fee ledger is append-only'); END;
CREATE TRIGGER fee_balances_on_ledger_withdrawn AFTER DELETE ON fee_ledger WHEN OLD.deleted = 0
BEGIN
    UPDATE fee_balances SET balance_fen = balance_fen - OLD.amount_fen WHERE household_id = OLD.household_id;
END;
CREATE TRIGGER fee_bill_state_on_allocation_withdrawn AFTER DELETE ON fee_allocations WHEN OLD.deleted = 0
BEGIN
    UPDATE fee_bill_state SET paid_fen = paid_fen - OLD.amount_fen, owed_fen = owed_fen + OLD.amount_fen
    WHERE bill_id = OLD.bill_id;
END;
CREATE TRIGGER fee_bill_state_on_run_void_withdrawn AFTER DELETE ON fee_run_voids WHEN OLD.deleted = 0
BEGIN
    UPDATE fee_bill_state
    SET voided = EXISTS (SELECT 1 FROM fee_run_voids v WHERE v.run_id = OLD.run_id AND v.deleted = 0)
    WHERE bill_id IN (SELECT id FROM fee_bills WHERE run_id = OLD.run_id);
END;
)sql")},
        {QStringLiteral("fees"), 15, QStringLiteral("the registry read through its published views"),
         QStringLiteral(R"sql(
-- A bill's building comes from the registry's published views (registry 4), not its tables.
DROP TRIGGER fee_bill_state_on_bill;
CREATE TRIGGER fee_bill_state_on_bill AFTER INSERT ON fee_bills WHEN NEW.deleted = 0
BEGIN
    INSERT OR IGNORE INTO fee_household_keys (household_id, room_id) VALUES (NEW.household_id, NEW.room_id);
    UPDATE fee_household_keys SET room_id = NEW.room_id
    WHERE household_id = NEW.household_id AND room_id <> NEW.room_id;
    INSERT INTO fee_bill_state (bill_id, household_id, building_id, period, period_from, period_until, due_date,
                                total_fen, paid_fen, late_fen, owed_fen, voided, room_id, household_key)
    SELECT NEW.id, NEW.household_id,
           coalesce((SELECT u.building_id FROM reg_pub_rooms rm JOIN reg_pub_units u ON u.id = rm.unit_id
                     WHERE rm.id = NEW.room_id), ''),
           NEW.period, NEW.period_from, NEW.period_until, NEW.due_date, NEW.total_fen, p.paid, l.late,
           NEW.total_fen + l.late - p.paid,
           EXISTS (SELECT 1 FROM fee_run_voids v WHERE v.run_id = NEW.run_id AND v.deleted = 0),
           NEW.room_id,
           (SELECT k.key FROM fee_household_keys k WHERE k.household_id = NEW.household_id)
    FROM (SELECT coalesce(sum(amount_fen), 0) AS paid FROM fee_allocations
          WHERE bill_id = NEW.id AND deleted = 0) p,
         (SELECT coalesce(sum(amount_fen), 0) AS late FROM fee_late_fees
          WHERE bill_id = NEW.id AND deleted = 0) l;
END;
)sql")},
    };
}

} // namespace Linli::Fees
