#include "billrunwriter.h"

#include "billplan.h"
#include "feestr.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/connection.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <initializer_list>
#include <variant>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

using Value = std::variant<QByteArrayView, qint64>;

Result<qint64> writeRow(Storage::Statement &st, std::initializer_list<Value> values)
{
    int i = 0;
    for (const auto &v : values) {
        ++i;
        const Status s = std::holds_alternative<qint64>(v) ? st.bindInt64(i, std::get<qint64>(v))
                                                           : st.bindText(i, std::get<QByteArrayView>(v));
        if (!s)
            return s.error();
    }
    return st.run();
}

// The statements the run writes hundreds of thousands of rows with: prepared once, each row bound
// with UTF-8 made once per value. OR FAIL: see standTriggersAside.
struct Statements
{
    std::optional<Storage::Statement> bill, line, charge, allocation, state, key, keyRoom, balance, newBalance;

    Status prepare(Storage::Connection &c)
    {
        const std::pair<std::optional<Storage::Statement> *, QString> all[] = {
            {&bill, u"INSERT OR FAIL INTO fee_bills (id, hlc, origin_device, run_id, generation, household_id,"
                    u" room_id, period, period_from, period_until, due_date, total_fen)"
                    u" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"_s},
            {&line, u"INSERT OR FAIL INTO fee_bill_lines (id, hlc, origin_device, bill_id, item_id,"
                    u" description, amount_fen, reading_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s},
            {&charge, u"INSERT OR FAIL INTO fee_ledger (id, hlc, origin_device, household_id, kind,"
                      u" amount_fen, bill_id, at, actor) VALUES (?1, ?2, ?3, ?4, 'charge', ?5, ?6, ?7, ?8)"_s},
            {&allocation, u"INSERT OR FAIL INTO fee_allocations (id, hlc, origin_device, payment_id,"
                          u" bill_id, amount_fen) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s},
            {&state, u"INSERT OR FAIL INTO fee_bill_state (bill_id, household_id, building_id, period,"
                     u" period_from, period_until, due_date, total_fen, paid_fen, late_fen, owed_fen, voided,"
                     u" room_id, household_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, 0, ?11, ?12)"_s},
            {&key, u"INSERT OR FAIL INTO fee_household_keys (household_id, room_id) VALUES (?1, ?2)"_s},
            {&keyRoom, u"UPDATE OR FAIL fee_household_keys SET room_id = ?1 WHERE key = ?2"_s},
            {&balance, u"UPDATE OR FAIL fee_balances SET balance_fen = balance_fen + ?1 WHERE household_id = ?2"_s},
            {&newBalance, u"INSERT OR FAIL INTO fee_balances (household_id, balance_fen) VALUES (?1, ?2)"_s},
        };
        for (const auto &[statement, sql] : all) {
            auto prepared = c.prepare(sql);
            if (!prepared)
                return prepared.error();
            statement->emplace(std::move(*prepared));
        }
        return {};
    }
};

class Writer
{
public:
    Writer(Storage::Store &store, const Core::Actor &actor, const BillRunPreview &plan)
        : m_store(store), m_c(store.connection()), m_actor(actor), m_plan(plan)
    {}

    Result<QString> write(const BillRunScope &scope);

private:
    Status insertRun(const BillRunScope &scope);
    Status readAdvances();
    Status readGenerations();
    Status readKeys();
    Status standTriggersAside();
    Status prepareStatements() { return m_st.prepare(m_c); }
    Status putTriggersBack();
    Status writeBill(const PreviewBill &b);
    // The household's integer key, made when it is billed for the first time.
    Result<qint64> writeHouseholdKey(const PreviewBill &b, const QByteArray &household8, const QByteArray &room8);
    Result<qint64> payFromAdvance(const PreviewBill &b, const QByteArray &billId); // what is still owed
    Status writeCollectionTotals();
    QByteArray utf8(const QString &text);

    struct BuildingTotals
    {
        qint64 bills = 0;
        qint64 billed = 0;
        qint64 paid = 0;
    };
    struct Key
    {
        qint64 key = 0;
        QString roomId;
    };

    Storage::Store &m_store;
    Storage::Connection &m_c;
    const Core::Actor &m_actor;
    const BillRunPreview &m_plan;
    QString m_runId;
    qint64 m_now = 0;
    QList<QVariantList> m_triggers;                                // (name, sql)
    QHash<QString, QList<std::pair<QString, qint64>>> m_advanceOf; // household → (payment, unused fen)
    QHash<QString, qint64> m_creditOf;                             // household → credit (fen)
    QHash<QString, int> m_generationOf;                            // household → bills of voided runs
    QHash<QString, Key> m_keyOf;                                   // household → fee_household_keys
    QHash<QString, BuildingTotals> m_totalsOf;                     // building → its totals
    QHash<QString, std::pair<qint64, qint64>> m_itemTotals;        // item → (billed, of bills paid in full)
    QHash<QString, QByteArray> m_utf8Of; // item ids, descriptions, buildings: few distinct values
    QByteArray m_hlc8, m_device8, m_run8, m_period8, m_from8, m_until8, m_due8, m_actor8;
    Statements m_st;
};

Result<QString> Writer::write(const BillRunScope &scope)
{
    m_runId = m_store.newId().toString();
    m_now = m_store.clock().nowMs();
    if (auto s = insertRun(scope); !s)
        return s.error();
    for (auto step : {&Writer::readAdvances, &Writer::readGenerations, &Writer::standTriggersAside,
                      &Writer::prepareStatements, &Writer::readKeys}) {
        if (auto s = (this->*step)(); !s)
            return s.error();
    }
    for (const PreviewBill &b : m_plan.bills) {
        if (auto s = writeBill(b); !s)
            return s.error();
    }
    for (auto step : {&Writer::writeCollectionTotals, &Writer::putTriggersBack}) {
        if (auto s = (this->*step)(); !s)
            return s.error();
    }
    if (auto s = Storage::AuditLog::append(m_store, m_actor.username, u"fees.billrun.commit"_s, m_runId,
                                           {{u"period"_s, m_plan.period.label},
                                            {u"bills"_s, int(m_plan.bills.size())},
                                            {u"total"_s, m_plan.total.toPlainString()}});
        !s)
        return s.error();
    return m_runId;
}

Status Writer::insertRun(const BillRunScope &scope)
{
    const BillRunPreview &p = m_plan;
    if (auto s = Storage::Outbox::insert(m_store, u"fee_bill_runs"_s, m_runId,
                                         {{u"period"_s, p.period.label},
                                          {u"period_from"_s, p.period.from.toString(Qt::ISODate)},
                                          {u"period_until"_s, p.period.until.toString(Qt::ISODate)},
                                          {u"compound_id"_s, scope.compoundId},
                                          {u"building_id"_s, scope.buildingId},
                                          {u"due_date"_s, p.due.toString(Qt::ISODate)},
                                          {u"created_by"_s, m_actor.username},
                                          {u"created_at"_s, m_now},
                                          {u"bills"_s, int(p.bills.size())},
                                          {u"total_fen"_s, p.total.fen()}});
        !s)
        return s;
    // The run's rows travel with it: one outbox entry (the run's) stands for the run and every row
    // it writes here (bills, their lines, the ledger charges and what advances paid), which all
    // carry the run's hlc. A bill run of 80,000 households is then one change to sync, applied
    // by the server as one, and writing it costs no outbox row per bill.
    auto stamp = m_c.scalar(u"SELECT hlc FROM fee_bill_runs WHERE id = ?"_s, {m_runId});
    if (!stamp)
        return stamp.error();
    m_hlc8 = stamp->toString().toUtf8();
    m_device8 = m_store.deviceId().toUtf8();
    m_run8 = m_runId.toUtf8();
    m_period8 = p.period.label.toUtf8();
    m_from8 = p.period.from.toString(Qt::ISODate).toUtf8();
    m_until8 = p.period.until.toString(Qt::ISODate).toUtf8();
    m_due8 = p.due.toString(Qt::ISODate).toUtf8();
    m_actor8 = m_actor.username.toUtf8();
    return {};
}

// Households with money in advance (credit), and their payments not used up yet, oldest first.
Status Writer::readAdvances()
{
    auto advances = m_c.select(
        u"SELECT p.household_id, p.id, p.amount_fen - coalesce((SELECT sum(a.amount_fen) FROM fee_allocations a"
        u"  WHERE a.payment_id = p.id AND a.deleted = 0), 0), -c.balance_fen"
        // (CROSS JOIN keeps SQLite to this order: the few households in credit first, not every
        // payment ever taken.)
        u" FROM fee_balances c CROSS JOIN fee_payments p ON p.household_id = c.household_id AND p.deleted = 0"
        u" WHERE c.balance_fen < 0 AND NOT EXISTS (SELECT 1 FROM fee_receipts r"
        u"  JOIN fee_receipt_events e ON e.receipt_id = r.id AND e.kind = 'void' AND e.deleted = 0"
        u"  WHERE r.payment_id = p.id)"
        u" ORDER BY p.received_at, p.id"_s);
    if (!advances)
        return advances.error();
    for (const QVariantList &a : std::as_const(*advances)) {
        if (a.at(2).toLongLong() > 0)
            m_advanceOf[a.at(0).toString()].append({a.at(1).toString(), a.at(2).toLongLong()});
        // never more than the household has in credit (refunds paid some back)
        m_creditOf.insert(a.at(0).toString(), a.at(3).toLongLong());
    }
    return {};
}

// Bills of voided runs for the same period come first: a new bill counts after them.
Status Writer::readGenerations()
{
    auto generations = m_c.select(
        u"SELECT household_id, count(*) FROM fee_bill_state WHERE voided = 1 AND period = ? GROUP BY household_id"_s,
        {m_plan.period.label});
    if (!generations)
        return generations.error();
    for (const QVariantList &g : std::as_const(*generations))
        m_generationOf.insert(g.at(0).toString(), g.at(1).toInt());
    return {};
}

// The households' integer keys (fee_household_keys, schema fees v12) and the room each was last
// billed for; a household billed for the first time gets its key in writeHouseholdKey.
Status Writer::readKeys()
{
    auto keys = m_c.prepare(u"SELECT household_id, key, room_id FROM fee_household_keys"_s);
    if (!keys)
        return keys.error();
    m_keyOf.reserve(m_plan.bills.size());
    for (;;) {
        auto row = keys->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        m_keyOf.insert(keys->text(0), {keys->int64(1), keys->text(2)});
    }
}

Status Writer::standTriggersAside()
{
    // The row-by-row triggers that keep the derived tables (schema fees v10) cost more than the
    // rows themselves at this scale: they stand aside inside this transaction while the run
    // writes its derived rows itself, and are put back, unchanged, before it commits. (DDL is
    // transactional in SQLite: a failed run rolls the triggers back in place too.)
    auto triggers = m_c.select(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN"
                               u" ('fee_bill_state_on_bill', 'fee_bill_state_on_allocation', 'fee_balances_on_ledger',"
                               u" 'fee_collection_on_insert', 'fee_collection_items_on_line')"_s);
    if (!triggers)
        return triggers.error();
    if (triggers->size() != 5)
        return Error(ErrorCode::DatabaseDamaged, Tr::tr("The fee totals do not agree with the ledger."),
                     u"derived-state triggers missing"_s);
    m_triggers = *triggers;
    for (const QVariantList &t : std::as_const(m_triggers)) {
        if (auto r = m_c.exec(u"DROP TRIGGER "_s + t.at(0).toString()); !r)
            return r;
    }
    // Each statement inside a transaction normally opens a statement savepoint, and SQLCipher
    // encrypts every page it saves for it: a page encrypted per row written, which was most of
    // a run's time. A row written here cannot half-fail (OR FAIL: a broken constraint stops
    // the statement before it changes anything; the run then rolls back as a whole), and the
    // foreign keys are checked once, at commit (defer_foreign_keys ends with the transaction),
    // so SQLite needs no statement savepoint for these rows.
    return m_c.exec(u"PRAGMA defer_foreign_keys = ON"_s);
}

Status Writer::putTriggersBack()
{
    for (const QVariantList &t : std::as_const(m_triggers)) {
        if (auto r = m_c.exec(t.at(1).toString()); !r)
            return r;
    }
    return {};
}

QByteArray Writer::utf8(const QString &text) // a shared copy: cheap, and stays valid
{
    auto it = m_utf8Of.find(text);
    if (it == m_utf8Of.end())
        it = m_utf8Of.insert(text, text.toUtf8());
    return *it;
}

Result<qint64> Writer::writeHouseholdKey(const PreviewBill &b, const QByteArray &household8, const QByteArray &room8)
{
    Key &key = m_keyOf[b.householdId];
    if (key.key == 0) {
        if (auto r = writeRow(*m_st.key, {household8, room8}); !r)
            return r.error();
        key = {m_c.lastInsertRowId(), b.roomId};
    } else if (key.roomId != b.roomId) {
        if (auto r = writeRow(*m_st.keyRoom, {room8, key.key}); !r)
            return r.error();
        key.roomId = b.roomId;
    }
    return key.key;
}

Result<qint64> Writer::payFromAdvance(const PreviewBill &b, const QByteArray &billId)
{
    qint64 owed = b.total.fen();
    const auto advance = m_advanceOf.find(b.householdId);
    if (advance == m_advanceOf.end())
        return owed;
    for (const auto &[paymentId, part] : takeAdvances(owed, *advance, m_creditOf[b.householdId])) {
        if (auto r = writeRow(*m_st.allocation, {m_store.newId().toString().toUtf8(), m_hlc8, m_device8,
                                                 paymentId.toUtf8(), billId, part});
            !r)
            return r.error();
        owed -= part;
    }
    return owed;
}

Status Writer::writeBill(const PreviewBill &b)
{
    const QByteArray billId = m_store.newId().toString().toUtf8();
    const QByteArray household8 = b.householdId.toUtf8();
    const QByteArray room8 = b.roomId.toUtf8();
    const auto key = writeHouseholdKey(b, household8, room8);
    if (!key)
        return key.error();
    if (auto r = writeRow(*m_st.bill, {billId, m_hlc8, m_device8, m_run8, qint64(m_generationOf.value(b.householdId)),
                                       household8, room8, m_period8, m_from8, m_until8, m_due8, b.total.fen()});
        !r) {
        if (r.error().code() == ErrorCode::Conflict)
            return Error(ErrorCode::Conflict,
                         Tr::tr("Another bill run for %1 was made meanwhile; run it again.").arg(m_plan.period.label));
        return r.error();
    }
    for (const PreviewLine &l : b.lines) {
        if (auto r = writeRow(*m_st.line, {m_store.newId().toString().toUtf8(), m_hlc8, m_device8, billId,
                                           utf8(l.itemId), utf8(l.description), l.amount.fen(), utf8(l.readingId)});
            !r)
            return r.error();
    }
    if (auto r = writeRow(*m_st.charge, {m_store.newId().toString().toUtf8(), m_hlc8, m_device8, household8,
                                         b.total.fen(), billId, m_now, m_actor8});
        !r)
        return r.error();
    auto owed = payFromAdvance(b, billId);
    if (!owed)
        return owed.error();
    // The derived rows: the bill's state, its household's balance (charge less nothing: the
    // advance was in the balance already), the building's collection totals.
    const qint64 paid = b.total.fen() - *owed;
    if (auto r = writeRow(*m_st.state, {billId, household8, utf8(b.buildingId), m_period8, m_from8, m_until8, m_due8,
                                        b.total.fen(), paid, *owed, room8, *key});
        !r)
        return r.error();
    auto updated = writeRow(*m_st.balance, {b.total.fen(), household8});
    if (!updated)
        return updated.error();
    if (*updated == 0) {
        if (auto r = writeRow(*m_st.newBalance, {household8, b.total.fen()}); !r)
            return r.error();
    }
    for (const PreviewLine &l : b.lines) {
        auto &[billed, paidFull] = m_itemTotals[l.itemId];
        billed += l.amount.fen();
        if (*owed == 0)
            paidFull += l.amount.fen();
    }
    BuildingTotals &t = m_totalsOf[b.buildingId];
    ++t.bills;
    t.billed += b.total.fen();
    t.paid += paid;
    return {};
}

Status Writer::writeCollectionTotals()
{
    const QString &period = m_plan.period.label;
    const QString periodFrom = m_plan.period.from.toString(Qt::ISODate);
    for (auto it = m_totalsOf.cbegin(); it != m_totalsOf.cend(); ++it) {
        if (auto r = m_c.execute(u"INSERT OR IGNORE INTO fee_collection_totals VALUES (?, ?, ?, 0, 0, 0)"_s,
                                 {period, it.key(), periodFrom});
            !r)
            return r.error();
        if (auto r = m_c.execute(u"UPDATE fee_collection_totals SET bills = bills + ?, billed_fen = billed_fen + ?,"
                                 u" paid_fen = paid_fen + ? WHERE period = ? AND building_id = ?"_s,
                                 {it->bills, it->billed, it->paid, period, it.key()});
            !r)
            return r.error();
    }
    for (auto it = m_itemTotals.cbegin(); it != m_itemTotals.cend(); ++it) {
        if (auto r =
                m_c.execute(u"INSERT OR IGNORE INTO fee_collection_items VALUES (?, ?, 0, 0)"_s, {period, it.key()});
            !r)
            return r.error();
        if (auto r = m_c.execute(u"UPDATE fee_collection_items SET billed_fen = billed_fen + ?,"
                                 u" paid_full_fen = paid_full_fen + ? WHERE period = ? AND item_id = ?"_s,
                                 {it->first, it->second, period, it.key()});
            !r)
            return r.error();
    }
    return {};
}

} // namespace

Result<QString> writeBillRun(Storage::Store &store, Storage::Transaction &tx, const Core::Actor &actor,
                             const BillRunPreview &plan, const BillRunScope &scope)
{
    if (!tx.isActive())
        return tx.error();
    return Writer(store, actor, plan).write(scope);
}

} // namespace Linli::Fees
