#include "billrun.h"

#include "billplan.h"
#include "billrunwriter.h"
#include "feeinternal.h"
#include "feeservice.h"
#include "feestr.h"
#include "policies.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

Result<BillPeriod> parsePeriod(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    static const QRegularExpression month(u"^(\\d{4})-(\\d{1,2})$"_s);
    static const QRegularExpression quarter(u"^(\\d{4})-Q([1-4])$"_s);
    static const QRegularExpression year(u"^(\\d{4})$"_s);
    BillPeriod p;
    if (const auto m = month.match(t); m.hasMatch() && m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12) {
        p.from = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        p.until = p.from.addMonths(1);
        p.label = p.from.toString(u"yyyy-MM"_s);
    } else if (const auto q = quarter.match(t); q.hasMatch()) {
        p.from = QDate(q.captured(1).toInt(), (q.captured(2).toInt() - 1) * 3 + 1, 1);
        p.until = p.from.addMonths(3);
        p.label = q.captured(1) + u"-Q"_s + q.captured(2);
    } else if (const auto y = year.match(t); y.hasMatch()) {
        p.from = QDate(y.captured(1).toInt(), 1, 1);
        p.until = p.from.addYears(1);
        p.label = y.captured(1);
    }
    if (!p.from.isValid() || p.from.year() < 2000 || p.from.year() > 2100)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("\"%1\" is not a billing period; write a month (2026-11), a quarter (2026-Q4) or a year "
                            "(2026).")
                         .arg(text));
    return p;
}

namespace {

// Reads what a bill run is worked out from, in the caller's snapshot (a preview's read
// transaction, or the run's own writing transaction): the fee items, the active households in
// scope with their rooms, who is billed already, discounts, prices per building and meter
// readings not billed yet.
class BillRunReader
{
public:
    BillRunReader(Storage::Store &store, const Core::Actor &actor) : m_store(store), m_actor(actor), m_fees(store) {}

    Result<BillRunInputs> read(const BillPeriod &period, QDate due, const BillRunScope &scope);

private:
    Status readItems();
    Status readHouseholds(const BillRunScope &scope);
    Status readAlreadyBilled();
    Status readDiscounts();
    Status readPrices();
    Status readReadings();

    Storage::Store &m_store;
    const Core::Actor &m_actor;
    const FeeService m_fees;
    BillRunInputs m_in;
};

Result<BillRunInputs> BillRunReader::read(const BillPeriod &period, QDate due, const BillRunScope &scope)
{
    m_in.period = period;
    m_in.due = due;
    if (auto s = readItems(); !s)
        return s.error();
    if (auto s = readHouseholds(scope); !s)
        return s.error();
    for (auto step : {&BillRunReader::readAlreadyBilled, &BillRunReader::readDiscounts, &BillRunReader::readPrices,
                      &BillRunReader::readReadings}) {
        if (auto s = (this->*step)(); !s)
            return s.error();
    }
    return std::move(m_in);
}

Status BillRunReader::readItems()
{
    auto items = m_fees.items(m_actor);
    if (!items)
        return items.error();
    if (std::none_of(items->cbegin(), items->cend(), [](const FeeItem &i) { return i.kind != ItemKind::OneOff; }))
        return Error(ErrorCode::NotFound, Tr::tr("There are no fee items to bill; add the property service fee and "
                                                 "its price first."));
    m_in.items = std::move(*items);
    return {};
}

// Every active household with its room, in one pass over households and rooms.
Status BillRunReader::readHouseholds(const BillRunScope &scope)
{
    QString sql = u"SELECT h.id, rm.id, rm.area_cm2, u.building_id"
                  u" FROM reg_households h JOIN reg_rooms rm INDEXED BY reg_rooms_address ON rm.id = h.room_id"
                  u" JOIN reg_pub_units u ON u.id = rm.unit_id"
                  u" WHERE h.status = 'active' AND h.deleted = 0"_s;
    QVariantList params;
    if (!scope.compoundId.isEmpty()) {
        sql += u" AND u.building_id IN (SELECT id FROM reg_pub_buildings WHERE compound_id = ?)"_s;
        params.append(scope.compoundId);
    }
    if (!scope.buildingId.isEmpty()) {
        sql += u" AND u.building_id = ?"_s;
        params.append(scope.buildingId);
    }
    auto rows = m_store.connection().select(sql + u" ORDER BY h.rowid"_s, params);
    if (!rows)
        return rows.error();
    m_in.households.reserve(rows->size());
    for (const QVariantList &r : std::as_const(*rows))
        m_in.households.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toLongLong(), r.at(3).toString()});
    return {};
}

// Billed before for any day of this period (the same month, or a quarter that holds it).
Status BillRunReader::readAlreadyBilled()
{
    // (No DISTINCT: SQLite 3.15 would rather scan a household index for it than use the range.)
    auto billed = m_store.connection().select(
        u"SELECT household_id FROM fee_bill_state WHERE period_until > ? AND period_from < ? AND voided = 0"_s,
        {m_in.period.from.toString(Qt::ISODate), m_in.period.until.toString(Qt::ISODate)});
    if (!billed)
        return billed.error();
    for (const QVariantList &r : std::as_const(*billed))
        m_in.alreadyBilled.insert(r.at(0).toString());
    return {};
}

// Discounts that cover the whole period, and the 低保 policy in force when the period starts for
// every household with a 低保 member.
Status BillRunReader::readDiscounts()
{
    auto discounts = m_store.connection().select(
        u"SELECT household_id, item_id, basis_points, kind FROM fee_discounts WHERE deleted = 0"
        u" AND valid_from <= ? AND (valid_until = '' OR valid_until >= ?)"_s,
        {m_in.period.from.toString(Qt::ISODate), m_in.period.until.toString(Qt::ISODate)});
    if (!discounts)
        return discounts.error();
    for (const QVariantList &d : std::as_const(*discounts))
        m_in.discountsOf[d.at(0).toString()].append({d.at(1).toString(), d.at(2).toInt(), d.at(3).toString()});
    const PolicyService policies(m_store);
    auto dibao = policies.dibao(m_in.period.from);
    if (!dibao)
        return dibao.error();
    if (!dibao->active())
        return {};
    auto households = policies.dibaoHouseholds();
    if (!households)
        return households.error();
    for (const QString &h : std::as_const(*households))
        m_in.discountsOf[h].append({dibao->itemId, dibao->basisPoints, u"dibao"_s});
    return {};
}

// Prices per building and item (a building's own, else its compound's, else everyone's), for the
// buildings of the households not billed yet.
Status BillRunReader::readPrices()
{
    auto buildings = m_store.connection().select(u"SELECT id, compound_id FROM reg_pub_buildings"_s);
    if (!buildings)
        return buildings.error();
    QHash<QString, QString> compoundOf;
    for (const QVariantList &b : std::as_const(*buildings))
        compoundOf.insert(b.at(0).toString(), b.at(1).toString());
    for (const BillingHousehold &h : std::as_const(m_in.households)) {
        if (m_in.alreadyBilled.contains(h.id) || m_in.pricesOf.contains(h.buildingId))
            continue;
        QList<QList<PricePeriod>> list;
        for (const FeeItem &item : std::as_const(m_in.items)) {
            auto prices = m_fees.pricesFor(item.id, compoundOf.value(h.buildingId), h.buildingId);
            if (!prices)
                return prices.error();
            list.append(*prices);
        }
        m_in.pricesOf.insert(h.buildingId, list);
    }
    return {};
}

// Meter readings not billed yet, read before the period ends: room → readings, oldest first.
Status BillRunReader::readReadings()
{
    if (std::none_of(m_in.items.cbegin(), m_in.items.cend(),
                     [](const FeeItem &i) { return i.kind == ItemKind::Metered; }))
        return {};
    auto readings = m_store.connection().select(
        u"SELECT m.id, m.room_id, m.item_id, m.previous_reading, m.current_reading, m.read_on"
        u" FROM fee_meter_readings m WHERE m.deleted = 0 AND m.read_on < ?"
        u" AND NOT EXISTS (SELECT 1 FROM fee_bill_lines l JOIN fee_bills b ON b.id = l.bill_id"
        u"  WHERE l.reading_id = m.id AND l.deleted = 0"
        u"  AND b.run_id NOT IN (SELECT run_id FROM fee_run_voids WHERE deleted = 0))"
        u" ORDER BY m.read_on"_s,
        {m_in.period.until.toString(Qt::ISODate)});
    if (!readings)
        return readings.error();
    for (const QVariantList &m : std::as_const(*readings))
        m_in.readingsOf[m.at(1).toString()].append({m.at(0).toString(), m.at(2).toString(), m.at(3).toLongLong(),
                                                    m.at(4).toLongLong(),
                                                    QDate::fromString(m.at(5).toString(), Qt::ISODate)});
    return {};
}

// "幸福里 3-2-501", only for households that cannot be billed.
QString addressOf(Storage::Store &store, const QString &roomId)
{
    auto a = store.connection().scalar(
        u"SELECT c.name || ' ' || b.number || '-' || u.number || '-' || rm.number FROM reg_pub_rooms rm"
        u" JOIN reg_pub_units u ON u.id = rm.unit_id JOIN reg_pub_buildings b ON b.id = u.building_id"
        u" JOIN reg_pub_compounds c ON c.id = b.compound_id WHERE rm.id = ?"_s,
        {roomId});
    return a ? a->toString() : QString();
}

// What preview and commit share, so that they cannot disagree: the checks, the reads, the plan.
Result<BillRunPlan> planRun(Storage::Store &store, const Core::Actor &actor, const QString &periodText,
                            const BillRunScope &scope, QDate due)
{
    if (auto s = actor.require(Core::Permission::CollectFees); !s)
        return s.error();
    auto period = parsePeriod(periodText);
    if (!period)
        return period.error();
    auto dueDate = billDueDate(*period, due);
    if (!dueDate)
        return dueDate.error();
    auto inputs = BillRunReader(store, actor).read(*period, *dueDate, scope);
    if (!inputs)
        return inputs.error();
    return planBillRun(*inputs);
}

} // namespace

Result<BillRunPreview> BillRunService::preview(const Core::Actor &actor, const QString &periodText,
                                               const BillRunScope &scope, QDate due) const
{
    const Storage::ReadTransaction read(m_store.connection()); // one snapshot for every read
    auto plan = planRun(m_store, actor, periodText, scope, due);
    if (!plan)
        return plan.error();
    for (const UnbillableHousehold &u : std::as_const(plan->unbillable))
        plan->preview.skipped.append(addressOf(m_store, u.roomId) + Tr::tr(": ") + u.problem);
    return std::move(plan->preview);
}

Result<QString> BillRunService::commit(const Core::Actor &actor, const QString &periodText, const BillRunScope &scope,
                                       QDate due)
{
    // The plan is worked out inside the writing transaction: what it found is what is written,
    // with no other writer in between (and its reads share one snapshot).
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    auto plan = planRun(m_store, actor, periodText, scope, due);
    if (!plan)
        return plan.error();
    if (plan->preview.bills.isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("Nothing to bill for %1: every household in scope is billed already "
                                                 "or cannot be billed.")
                                              .arg(plan->preview.period.label));
    // A bigger page cache (64 MB) while the run writes: at 80,000 households the indexes by
    // household are rewritten page by page; the usual small cache afterwards (memory).
    (void)m_store.connection().exec(u"PRAGMA cache_size = -65536"_s);
    const auto smallCache = qScopeGuard([this] { (void)m_store.connection().exec(u"PRAGMA cache_size = -32768"_s); });
    auto runId = writeBillRun(m_store, tx, actor, plan->preview, scope);
    if (!runId)
        return runId.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return runId;
}

Result<QString> BillRunService::addDiscount(const Core::Actor &actor, const QString &householdId, const QString &kind,
                                            int basisPoints, QDate from, QDate until, const QString &itemCode,
                                            const QString &note)
{
    if (auto s = actor.require(Core::Permission::SuperviseFees); !s)
        return s.error();
    static const QStringList kinds = {u"vacant"_s, u"hardship"_s, u"dibao"_s, u"other"_s};
    if (!kinds.contains(kind))
        return Error(ErrorCode::InvalidInput, Tr::tr("A discount is for a vacant room, hardship, dibao or other."));
    if (basisPoints <= 0 || basisPoints > 10000)
        return Error(ErrorCode::InvalidInput, Tr::tr("A discount is more than 0 % and at most 100 %."));
    if (!from.isValid() || (until.isValid() && until <= from))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A discount is valid from a day, and until a later day if at all."));
    if (auto s = Internal::requireHousehold(m_store, householdId); !s)
        return s.error();
    auto itemId = FeeService(m_store).itemIdOrAll(actor, itemCode);
    if (!itemId)
        return itemId.error();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString id = m_store.newId().toString();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_discounts"_s, id,
                                         {{u"household_id"_s, householdId},
                                          {u"item_id"_s, *itemId},
                                          {u"kind"_s, kind},
                                          {u"basis_points"_s, basisPoints},
                                          {u"valid_from"_s, from.toString(Qt::ISODate)},
                                          {u"valid_until"_s, until.isValid() ? until.toString(Qt::ISODate) : QString()},
                                          {u"note"_s, note.trimmed()},
                                          {u"actor"_s, actor.username}});
        !s)
        return s.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.discount.add"_s, id,
                                           {{u"kind"_s, kind}, {u"basis_points"_s, basisPoints}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status BillRunService::voidRun(const Core::Actor &actor, const QString &runId, const QString &reason)
{
    if (auto s = actor.require(Core::Permission::SuperviseFees); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Say why the bill run is cancelled."));
    auto run =
        m_store.connection().select(u"SELECT period, hlc FROM fee_bill_runs WHERE id = ? AND deleted = 0"_s, {runId});
    if (!run)
        return run.error();
    if (run->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no such bill run."));
    const QString period = run->first().at(0).toString();
    const QString runStamp = run->first().at(1).toString(); // runs are never rewritten: this is its creation
    auto voided =
        m_store.connection().scalar(u"SELECT count(*) FROM fee_run_voids WHERE run_id = ? AND deleted = 0"_s, {runId});
    if (!voided)
        return voided.error();
    if (voided->toInt() > 0)
        return Error(ErrorCode::Conflict, Tr::tr("This bill run is cancelled already."));
    // Paid by a payment made after the run (not one made in advance): refund first. The hybrid
    // clock orders the two writes even across offices and clock changes.
    auto paidLater = m_store.connection().scalar(
        u"SELECT coalesce(sum(a.amount_fen), 0) FROM fee_allocations a JOIN fee_bills b ON b.id = a.bill_id"
        u" JOIN fee_payments p ON p.id = a.payment_id"
        u" WHERE b.run_id = ? AND p.hlc > ? AND a.deleted = 0"_s,
        {runId, runStamp});
    if (!paidLater)
        return paidLater.error();
    if (paidLater->toLongLong() > 0)
        return Error(ErrorCode::Conflict, Tr::tr("Bills of the %1 run have been paid; void those receipts first, "
                                                 "then cancel the run.")
                                              .arg(period));
    // A bill's reversal takes back its late fees too.
    auto bills = m_store.connection().select(
        u"SELECT b.id, b.household_id, b.total_fen + coalesce((SELECT sum(l.amount_fen) FROM fee_late_fees l"
        u"  WHERE l.bill_id = b.id AND l.deleted = 0), 0)"
        u" FROM fee_bills b WHERE b.run_id = ? AND b.deleted = 0"_s,
        {runId});
    if (!bills)
        return bills.error();
    auto allocations = m_store.connection().select(
        u"SELECT a.payment_id, a.bill_id, sum(a.amount_fen) FROM fee_allocations a JOIN fee_bills b ON b.id = a.bill_id"
        u" WHERE b.run_id = ? AND a.deleted = 0 GROUP BY a.payment_id, a.bill_id"_s,
        {runId});
    if (!allocations)
        return allocations.error();
    const qint64 now = m_store.clock().nowMs();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    // The void and what it wrote: the sync server takes them all or none.
    Storage::Outbox::Group group(m_store);
    if (auto s = Storage::Outbox::insert(
            m_store, u"fee_run_voids"_s, m_store.newId().toString(),
            {{u"run_id"_s, runId}, {u"reason"_s, reason.trimmed()}, {u"at"_s, now}, {u"actor"_s, actor.username}});
        !s)
        return s;
    if (auto s = Internal::undoAllocations(m_store, *allocations); !s)
        return s;
    for (const QVariantList &b : std::as_const(*bills)) {
        if (auto s = Storage::Outbox::insert(m_store, u"fee_ledger"_s, m_store.newId().toString(),
                                             {{u"household_id"_s, b.at(1).toString()},
                                              {u"kind"_s, u"reversal"_s},
                                              {u"amount_fen"_s, -b.at(2).toLongLong()},
                                              {u"bill_id"_s, b.at(0).toString()},
                                              {u"at"_s, now},
                                              {u"actor"_s, actor.username}});
            !s)
            return s;
    }
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.billrun.void"_s, runId,
                                           {{u"period"_s, period}, {u"reason"_s, reason.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Result<Core::Money> BillRunService::balance(const Core::Actor &actor, const QString &householdId) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto fen = Internal::ledgerBalance(m_store, householdId);
    if (!fen)
        return fen.error();
    return Core::Money::fromFen(*fen);
}

} // namespace Linli::Fees
