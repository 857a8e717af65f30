#include "billrun.h"

#include "feecalc.h"
#include "feeinternal.h"
#include "feeservice.h"
#include "feestr.h"
#include "meters.h"
#include "policies.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QSet>

#include <initializer_list>
#include <variant>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

struct Household
{
    QString id;
    QString roomId;
    qint64 areaCm2 = 0;
    QString buildingId;
};

QString areaText(qint64 areaCm2)
{
    return QStringLiteral("%1.%2 m²").arg(areaCm2 / 100).arg(areaCm2 % 100, 2, 10, QChar(u'0'));
}

QString monthsText(const BillPeriod &p)
{
    const int months = (p.until.year() - p.from.year()) * 12 + p.until.month() - p.from.month();
    return Tr::tr("%n month(s)", nullptr, months);
}

} // namespace

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

Result<BillRunPreview> BillRunService::preview(const Core::Actor &actor, const QString &periodText,
                                               const BillRunScope &scope, QDate due) const
{
    if (auto s = actor.require(Core::Permission::CollectFees); !s)
        return s.error();
    auto period = parsePeriod(periodText);
    if (!period)
        return period.error();
    const Storage::ReadTransaction read(m_store.connection()); // one snapshot for every read below
    BillRunPreview out;
    out.period = *period;
    out.due = due.isValid() ? due : period->until.addDays(-1);
    if (out.due < period->from)
        return Error(ErrorCode::InvalidInput, Tr::tr("The due date cannot be before the period starts."));

    FeeService fees(m_store);
    auto items = fees.items(actor);
    if (!items)
        return items.error();
    if (std::none_of(items->cbegin(), items->cend(), [](const FeeItem &i) { return i.kind != ItemKind::OneOff; }))
        return Error(ErrorCode::NotFound, Tr::tr("There are no fee items to bill; add the property service fee and "
                                                 "its price first."));

    // Every active household with its room; the compound of each building and the address text
    // come from small tables, so that this stays one pass over households and rooms.
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
    auto buildings = m_store.connection().select(u"SELECT id, compound_id FROM reg_pub_buildings"_s);
    if (!buildings)
        return buildings.error();
    QHash<QString, QString> compoundOf;
    for (const QVariantList &b : std::as_const(*buildings))
        compoundOf.insert(b.at(0).toString(), b.at(1).toString());
    // Billed before for any day of this period (the same month, or a quarter that holds it).
    // (No DISTINCT: SQLite 3.15 would rather scan a household index for it than use the range.)
    auto billed = m_store.connection().select(
        u"SELECT household_id FROM fee_bill_state WHERE period_until > ? AND period_from < ? AND voided = 0"_s,
        {period->from.toString(Qt::ISODate), period->until.toString(Qt::ISODate)});
    if (!billed)
        return billed.error();
    QSet<QString> already;
    for (const QVariantList &r : std::as_const(*billed))
        already.insert(r.at(0).toString());
    // "幸福里 3-2-501", only for households that cannot be billed.
    const auto addressOf = [this](const QString &roomId) {
        auto a = m_store.connection().scalar(
            u"SELECT c.name || ' ' || b.number || '-' || u.number || '-' || rm.number FROM reg_pub_rooms rm"
            u" JOIN reg_pub_units u ON u.id = rm.unit_id JOIN reg_pub_buildings b ON b.id = u.building_id"
            u" JOIN reg_pub_compounds c ON c.id = b.compound_id WHERE rm.id = ?"_s,
            {roomId});
        return a ? a->toString() : QString();
    };

    // Discounts that cover the whole period: household → (item id or '', basis points, kind).
    struct Discount
    {
        QString itemId;
        int basisPoints = 0;
        QString kind;
    };
    QHash<QString, QList<Discount>> discountsOf;
    auto discounts = m_store.connection().select(
        u"SELECT household_id, item_id, basis_points, kind FROM fee_discounts WHERE deleted = 0"
        u" AND valid_from <= ? AND (valid_until = '' OR valid_until >= ?)"_s,
        {period->from.toString(Qt::ISODate), period->until.toString(Qt::ISODate)});
    if (!discounts)
        return discounts.error();
    for (const QVariantList &d : std::as_const(*discounts))
        discountsOf[d.at(0).toString()].append({d.at(1).toString(), d.at(2).toInt(), d.at(3).toString()});
    // The 低保 policy in force when the period starts, for every household with a 低保 member.
    const PolicyService policies(m_store);
    auto dibao = policies.dibao(period->from);
    if (!dibao)
        return dibao.error();
    if (dibao->active()) {
        auto households = policies.dibaoHouseholds();
        if (!households)
            return households.error();
        for (const QString &h : std::as_const(*households))
            discountsOf[h].append({dibao->itemId, dibao->basisPoints, u"dibao"_s});
    }
    const auto discountFor = [&](const QString &household, const QString &itemId) {
        Discount best;
        for (const Discount &d : discountsOf.value(household)) {
            if ((d.itemId.isEmpty() || d.itemId == itemId) && d.basisPoints > best.basisPoints)
                best = d;
        }
        return best;
    };
    const auto discountText = [](const Discount &d) {
        const QString kind = d.kind == u"vacant"     ? Tr::tr("vacant room")
                             : d.kind == u"hardship" ? Tr::tr("hardship")
                             : d.kind == u"dibao"    ? Tr::tr("subsistence allowance (dibao)")
                                                     : Tr::tr("other");
        return Tr::tr(", %1 discount %2 %").arg(kind, QLocale::c().toString(d.basisPoints / 100.0, 'g', 4));
    };

    // Prices per building and item (a building's own, else its compound's, else everyone's), and
    // what does not depend on the household: the fixed monthly amounts and the description texts.
    struct ItemPrices
    {
        QList<PricePeriod> prices;
        QString descriptionTail;            // " × ¥1.0000/m² a month, 1 month" / "¥20.00 a month, 1 month"
        QHash<int, Core::Money> monthlyFor; // monthly items: discount basis points → amount
    };
    QHash<QString, QList<ItemPrices>> pricesByBuilding; // building → one entry per item of `items`
    const QString months = monthsText(*period);
    const auto pricesOf = [&](const QString &buildingId) -> Result<QList<ItemPrices> *> {
        auto it = pricesByBuilding.find(buildingId);
        if (it != pricesByBuilding.end())
            return &*it;
        QList<ItemPrices> list;
        for (const FeeItem &item : std::as_const(*items)) {
            auto prices = fees.pricesFor(item.id, compoundOf.value(buildingId), buildingId);
            if (!prices)
                return prices.error();
            ItemPrices ip;
            ip.prices = *prices;
            if (!prices->isEmpty()) {
                if (item.kind == ItemKind::Area)
                    ip.descriptionTail =
                        Tr::tr("%1 × %2/m² a month, %3").arg(QString(), prices->last().price.toString(), months);
                else if (item.kind == ItemKind::Monthly)
                    ip.descriptionTail =
                        Tr::tr("%1 a month, %2")
                            .arg(Core::Money::fromFen(prices->last().price.tenThousandths()).toString(), months);
            }
            list.append(ip);
        }
        return &*pricesByBuilding.insert(buildingId, list);
    };
    // Meter readings not billed yet, read before the period ends: room → readings.
    struct Reading
    {
        QString id;
        QString itemId;
        qint64 consumption = 0;
        QDate readOn;
        QString text;
    };
    QHash<QString, QList<Reading>> readingsOf;
    QHash<QString, FeeItem> meteredItems;
    for (const FeeItem &i : std::as_const(*items)) {
        if (i.kind == ItemKind::Metered)
            meteredItems.insert(i.id, i);
    }
    if (!meteredItems.isEmpty()) {
        auto readings = m_store.connection().select(
            u"SELECT m.id, m.room_id, m.item_id, m.previous_reading, m.current_reading, m.read_on"
            u" FROM fee_meter_readings m WHERE m.deleted = 0 AND m.read_on < ?"
            u" AND NOT EXISTS (SELECT 1 FROM fee_bill_lines l JOIN fee_bills b ON b.id = l.bill_id"
            u"  WHERE l.reading_id = m.id AND l.deleted = 0"
            u"  AND b.run_id NOT IN (SELECT run_id FROM fee_run_voids WHERE deleted = 0))"
            u" ORDER BY m.read_on"_s,
            {period->until.toString(Qt::ISODate)});
        if (!readings)
            return readings.error();
        for (const QVariantList &m : std::as_const(*readings)) {
            const qint64 previous = m.at(3).toLongLong();
            const qint64 current = m.at(4).toLongLong();
            const FeeItem item = meteredItems.value(m.at(2).toString());
            readingsOf[m.at(1).toString()].append(
                {m.at(0).toString(), m.at(2).toString(), current - previous,
                 QDate::fromString(m.at(5).toString(), Qt::ISODate),
                 Tr::tr("read %1: %2 → %3, %4 %5")
                     .arg(m.at(5).toString(), MeterService::readingText(previous), MeterService::readingText(current),
                          MeterService::readingText(current - previous), item.unit)});
        }
    }

    const BillingSpan span{period->from, period->until};
    QHash<QString, QString> discountTexts; // kind|bp → ", 空置减免 30 %"
    for (const QVariantList &r : std::as_const(*rows)) {
        const Household h{r.at(0).toString(), r.at(1).toString(), r.at(2).toLongLong(), r.at(3).toString()};
        ++out.households;
        if (already.contains(h.id)) {
            ++out.alreadyBilled;
            continue;
        }
        auto itemPrices = pricesOf(h.buildingId);
        if (!itemPrices)
            return itemPrices.error();
        PreviewBill bill{h.id, h.roomId, h.buildingId, {}, {}};
        QString problem;
        const bool discounted = discountsOf.contains(h.id);
        for (qsizetype i = 0; i < items->size(); ++i) {
            const FeeItem &item = items->at(i);
            if (item.kind != ItemKind::Area && item.kind != ItemKind::Monthly)
                continue;
            ItemPrices &ip = (**itemPrices)[i];
            if (ip.prices.isEmpty())
                continue; // this item has no price here: not charged in this compound
            const Discount discount = discounted ? discountFor(h.id, item.id) : Discount();
            Result<Core::Money> amount = Core::Money();
            QString description;
            if (item.kind == ItemKind::Area) {
                if (h.areaCm2 <= 0) {
                    problem = Tr::tr("the room's area is not recorded");
                    break;
                }
                amount = areaCharge(h.areaCm2, ip.prices, span, discount.basisPoints);
                description = areaText(h.areaCm2) + ip.descriptionTail;
            } else {
                auto cached = ip.monthlyFor.constFind(discount.basisPoints);
                if (cached == ip.monthlyFor.cend()) {
                    // A monthly fee in fen is a price per "m²" of one m² in ten-thousandths × 100.
                    QList<PricePeriod> perMonth = ip.prices;
                    for (PricePeriod &p : perMonth)
                        p.price = UnitPrice::fromTenThousandths(p.price.tenThousandths() * 100);
                    amount = areaCharge(100, perMonth, span, discount.basisPoints);
                    if (amount)
                        ip.monthlyFor.insert(discount.basisPoints, *amount);
                } else {
                    amount = *cached;
                }
                description = ip.descriptionTail;
            }
            if (discount.basisPoints > 0) {
                const QString key = discount.kind + QString::number(discount.basisPoints);
                auto text = discountTexts.constFind(key);
                if (text == discountTexts.cend())
                    text = discountTexts.insert(key, discountText(discount));
                description += *text;
            }
            if (!amount) {
                problem = amount.error().message();
                break;
            }
            if (amount->isZero())
                continue;
            bill.lines.append({item.id, item.name, description, *amount, {}});
            bill.total = Core::Money::fromFen(bill.total.fen() + amount->fen());
        }
        const auto readings = readingsOf.constFind(h.roomId);
        for (const Reading &m : readings == readingsOf.cend() ? QList<Reading>() : *readings) {
            if (!problem.isEmpty())
                break;
            const FeeItem item = meteredItems.value(m.itemId);
            qsizetype index = 0;
            while (index < items->size() && items->at(index).id != m.itemId)
                ++index;
            const QList<PricePeriod> &prices = (**itemPrices)[index].prices;
            // The price of the reading day.
            std::optional<UnitPrice> price;
            for (const PricePeriod &pp : std::as_const(prices)) {
                if (pp.from <= m.readOn && (!pp.until.isValid() || m.readOn < pp.until))
                    price = pp.price;
            }
            if (!price) {
                problem = Tr::tr("%1 has no price on %2").arg(item.name, m.readOn.toString(Qt::ISODate));
                break;
            }
            auto amount = meteredCharge(m.consumption, *price);
            if (!amount) {
                problem = amount.error().message();
                break;
            }
            bill.lines.append(
                {item.id, item.name, m.text + Tr::tr(" × %1/%2").arg(price->toString(), item.unit), *amount, m.id});
            bill.total = *bill.total.plus(*amount);
        }
        if (!problem.isEmpty()) {
            out.skipped.append(addressOf(h.roomId) + Tr::tr(": ") + problem);
            continue;
        }
        if (bill.lines.isEmpty())
            continue;
        for (const PreviewLine &l : std::as_const(bill.lines)) {
            Core::Money &sum = out.totalByItem[l.itemName];
            sum = Core::Money::fromFen(sum.fen() + l.amount.fen());
        }
        out.total = Core::Money::fromFen(out.total.fen() + bill.total.fen());
        out.bills.append(std::move(bill));
    }
    return out;
}

Result<QString> BillRunService::commit(const Core::Actor &actor, const QString &periodText, const BillRunScope &scope,
                                       QDate due)
{
    // The preview is worked out inside the writing transaction: what it found is what is
    // written, with no other writer in between (and its reads share one snapshot).
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    auto p = preview(actor, periodText, scope, due);
    if (!p)
        return p.error();
    if (p->bills.isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("Nothing to bill for %1: every household in scope is billed already "
                                                 "or cannot be billed.")
                                              .arg(p->period.label));
    const QString runId = m_store.newId().toString();
    const qint64 now = m_store.clock().nowMs();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_bill_runs"_s, runId,
                                         {{u"period"_s, p->period.label},
                                          {u"period_from"_s, p->period.from.toString(Qt::ISODate)},
                                          {u"period_until"_s, p->period.until.toString(Qt::ISODate)},
                                          {u"compound_id"_s, scope.compoundId},
                                          {u"building_id"_s, scope.buildingId},
                                          {u"due_date"_s, p->due.toString(Qt::ISODate)},
                                          {u"created_by"_s, actor.username},
                                          {u"created_at"_s, now},
                                          {u"bills"_s, int(p->bills.size())},
                                          {u"total_fen"_s, p->total.fen()}});
        !s)
        return s.error();
    // The run's rows travel with it: one outbox entry (the run's) stands for the run and every row
    // it writes here (bills, their lines, the ledger charges and what advances paid), which all
    // carry the run's hlc. A bill run of 80,000 households is then one change to sync, applied
    // by the server as one, and writing it costs no outbox row per bill.
    auto stamp = m_store.connection().scalar(u"SELECT hlc FROM fee_bill_runs WHERE id = ?"_s, {runId});
    if (!stamp)
        return stamp.error();
    const QString hlc = stamp->toString();
    const QString device = m_store.deviceId();
    // Households with money in advance (credit), and their payments not used up yet, oldest first.
    auto advances = m_store.connection().select(
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
    QHash<QString, QList<std::pair<QString, qint64>>> advanceOf; // household → (payment, unused fen)
    QHash<QString, qint64> creditOf; // never more than the household has in credit (refunds paid some back)
    for (const QVariantList &a : std::as_const(*advances)) {
        if (a.at(2).toLongLong() > 0)
            advanceOf[a.at(0).toString()].append({a.at(1).toString(), a.at(2).toLongLong()});
        creditOf.insert(a.at(0).toString(), a.at(3).toLongLong());
    }
    // Bills of voided runs for the same period come first: a new bill counts after them.
    auto generations = m_store.connection().select(
        u"SELECT household_id, count(*) FROM fee_bill_state WHERE voided = 1 AND period = ? GROUP BY household_id"_s,
        {p->period.label});
    if (!generations)
        return generations.error();
    QHash<QString, int> generationOf;
    for (const QVariantList &g : std::as_const(*generations))
        generationOf.insert(g.at(0).toString(), g.at(1).toInt());
    // A bigger page cache (64 MB) while the run writes: at 80,000 households the indexes by
    // household are rewritten page by page; the usual small cache afterwards (memory).
    (void)m_store.connection().exec(u"PRAGMA cache_size = -65536"_s);
    const auto smallCache = qScopeGuard([this] { (void)m_store.connection().exec(u"PRAGMA cache_size = -32768"_s); });
    Storage::Connection &c = m_store.connection();
    // The row-by-row triggers that keep the derived tables (schema fees v10) cost more than the
    // rows themselves at this scale: they stand aside inside this transaction while the run
    // writes its derived rows itself, and are put back, unchanged, before it commits. (DDL is
    // transactional in SQLite: a failed run rolls the triggers back in place too.)
    auto triggers = c.select(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN"
                             u" ('fee_bill_state_on_bill', 'fee_bill_state_on_allocation', 'fee_balances_on_ledger',"
                             u" 'fee_collection_on_insert', 'fee_collection_items_on_line')"_s);
    if (!triggers)
        return triggers.error();
    if (triggers->size() != 5)
        return Error(ErrorCode::DatabaseDamaged, Tr::tr("The fee totals do not agree with the ledger."),
                     u"derived-state triggers missing"_s);
    for (const QVariantList &t : std::as_const(*triggers)) {
        if (auto r = c.exec(u"DROP TRIGGER "_s + t.at(0).toString()); !r)
            return r.error();
    }
    // Each statement inside a transaction normally opens a statement savepoint, and SQLCipher
    // encrypts every page it saves for it: a page encrypted per row written, which was most of
    // a run's time. A row written here cannot half-fail (OR FAIL: a broken constraint stops
    // the statement before it changes anything; the run then rolls back as a whole), and the
    // foreign keys are checked once, at commit (defer_foreign_keys ends with the transaction),
    // so SQLite needs no statement savepoint for these rows.
    if (auto r = c.exec(u"PRAGMA defer_foreign_keys = ON"_s); !r)
        return r.error();
    struct BuildingTotals
    {
        qint64 bills = 0;
        qint64 billed = 0;
        qint64 paid = 0;
    };
    QHash<QString, BuildingTotals> totalsOf;
    QHash<QString, std::pair<qint64, qint64>> itemTotals; // item → (billed, of bills paid in full)
    const QString periodFrom = p->period.from.toString(Qt::ISODate);
    // The loop below writes hundreds of thousands of rows: its statements are prepared once and
    // take UTF-8 made once per value (the run's constants once per run).
    auto insertBill = c.prepare(u"INSERT OR FAIL INTO fee_bills (id, hlc, origin_device, run_id, generation,"
                                u" household_id, room_id, period, period_from, period_until, due_date, total_fen)"
                                u" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"_s);
    auto insertLine = c.prepare(u"INSERT OR FAIL INTO fee_bill_lines (id, hlc, origin_device, bill_id, item_id,"
                                u" description, amount_fen, reading_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s);
    auto insertCharge =
        c.prepare(u"INSERT OR FAIL INTO fee_ledger (id, hlc, origin_device, household_id, kind,"
                  u" amount_fen, bill_id, at, actor) VALUES (?1, ?2, ?3, ?4, 'charge', ?5, ?6, ?7, ?8)"_s);
    auto insertAllocation = c.prepare(u"INSERT OR FAIL INTO fee_allocations (id, hlc, origin_device, payment_id,"
                                      u" bill_id, amount_fen) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s);
    auto insertState = c.prepare(
        u"INSERT OR FAIL INTO fee_bill_state (bill_id, household_id, building_id, period,"
        u" period_from, period_until, due_date, total_fen, paid_fen, late_fen, owed_fen,"
        u" voided, room_id, household_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, 0, ?11, ?12)"_s);
    auto insertKey = c.prepare(u"INSERT OR FAIL INTO fee_household_keys (household_id, room_id) VALUES (?1, ?2)"_s);
    auto updateKeyRoom = c.prepare(u"UPDATE OR FAIL fee_household_keys SET room_id = ?1 WHERE key = ?2"_s);
    auto updateBalance = c.prepare(u"UPDATE OR FAIL fee_balances SET balance_fen = balance_fen + ?1"
                                   u" WHERE household_id = ?2"_s);
    auto insertBalance = c.prepare(u"INSERT OR FAIL INTO fee_balances (household_id, balance_fen) VALUES (?1, ?2)"_s);
    for (const auto *st : {&insertBill, &insertLine, &insertCharge, &insertAllocation, &insertState, &updateBalance,
                           &insertBalance, &insertKey, &updateKeyRoom}) {
        if (!*st)
            return st->error();
    }
    // The households' integer keys (fee_household_keys, schema fees v12) and the room each was
    // last billed for; a household billed for the first time gets its key here.
    struct Key
    {
        qint64 key = 0;
        QString roomId;
    };
    QHash<QString, Key> keyOf;
    {
        auto keys = c.prepare(u"SELECT household_id, key, room_id FROM fee_household_keys"_s);
        if (!keys)
            return keys.error();
        keyOf.reserve(p->bills.size());
        for (;;) {
            auto row = keys->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            keyOf.insert(keys->text(0), {keys->int64(1), keys->text(2)});
        }
    }
    const QByteArray hlc8 = hlc.toUtf8(), device8 = device.toUtf8(), run8 = runId.toUtf8(),
                     period8 = p->period.label.toUtf8(), from8 = periodFrom.toUtf8(),
                     until8 = p->period.until.toString(Qt::ISODate).toUtf8(),
                     due8 = p->due.toString(Qt::ISODate).toUtf8(), actor8 = actor.username.toUtf8();
    QHash<QString, QByteArray> utf8Of; // item ids, descriptions, buildings: few distinct values
    const auto utf8 = [&utf8Of](const QString &text) -> QByteArray { // a shared copy: cheap, and stays valid
        auto it = utf8Of.find(text);
        if (it == utf8Of.end())
            it = utf8Of.insert(text, text.toUtf8());
        return *it;
    };
    const auto bindAll = [](Storage::Statement &st,
                            std::initializer_list<std::variant<QByteArrayView, qint64>> values) {
        int i = 0;
        for (const auto &v : values) {
            ++i;
            const Status s = std::holds_alternative<qint64>(v) ? st.bindInt64(i, std::get<qint64>(v))
                                                               : st.bindText(i, std::get<QByteArrayView>(v));
            if (!s)
                return s;
        }
        return Status();
    };
    const auto write = [&](Storage::Statement &st,
                           std::initializer_list<std::variant<QByteArrayView, qint64>> values) -> Result<qint64> {
        if (auto s = bindAll(st, values); !s)
            return s.error();
        return st.run();
    };
    QList<std::pair<QString, qint64>> noAdvance;
    for (const PreviewBill &b : std::as_const(p->bills)) {
        const QByteArray billId = m_store.newId().toString().toUtf8();
        const QByteArray household8 = b.householdId.toUtf8();
        const QByteArray room8 = b.roomId.toUtf8();
        Key &key = keyOf[b.householdId];
        if (key.key == 0) {
            if (auto r = write(*insertKey, {household8, room8}); !r)
                return r.error();
            key = {c.lastInsertRowId(), b.roomId};
        } else if (key.roomId != b.roomId) {
            if (auto r = write(*updateKeyRoom, {room8, key.key}); !r)
                return r.error();
            key.roomId = b.roomId;
        }
        if (auto r = write(*insertBill, {billId, hlc8, device8, run8, qint64(generationOf.value(b.householdId)),
                                         household8, room8, period8, from8, until8, due8, b.total.fen()});
            !r) {
            if (r.error().code() == ErrorCode::Conflict)
                return Error(ErrorCode::Conflict,
                             Tr::tr("Another bill run for %1 was made meanwhile; run it again.").arg(p->period.label));
            return r.error();
        }
        for (const PreviewLine &l : b.lines) {
            if (auto r = write(*insertLine, {m_store.newId().toString().toUtf8(), hlc8, device8, billId, utf8(l.itemId),
                                             utf8(l.description), l.amount.fen(), utf8(l.readingId)});
                !r)
                return r.error();
        }
        if (auto r = write(*insertCharge, {m_store.newId().toString().toUtf8(), hlc8, device8, household8,
                                           b.total.fen(), billId, now, actor8});
            !r)
            return r.error();
        qint64 owed = b.total.fen();
        const auto advance = advanceOf.find(b.householdId);
        for (auto &[paymentId, unused] : advance == advanceOf.end() ? noAdvance : *advance) {
            qint64 &credit = creditOf[b.householdId];
            if (owed == 0 || credit == 0)
                break;
            const qint64 part = std::min({owed, unused, credit});
            if (part == 0)
                continue;
            if (auto r = write(*insertAllocation,
                               {m_store.newId().toString().toUtf8(), hlc8, device8, paymentId.toUtf8(), billId, part});
                !r)
                return r.error();
            unused -= part;
            owed -= part;
            credit -= part;
        }
        // The derived rows: the bill's state, its household's balance (charge less nothing: the
        // advance was in the balance already), the building's collection totals.
        const qint64 paid = b.total.fen() - owed;
        if (auto r = write(*insertState, {billId, household8, utf8(b.buildingId), period8, from8, until8, due8,
                                          b.total.fen(), paid, owed, room8, key.key});
            !r)
            return r.error();
        auto updated = write(*updateBalance, {b.total.fen(), household8});
        if (!updated)
            return updated.error();
        if (*updated == 0) {
            if (auto r = write(*insertBalance, {household8, b.total.fen()}); !r)
                return r.error();
        }
        for (const PreviewLine &l : b.lines) {
            auto &[billed, paidFull] = itemTotals[l.itemId];
            billed += l.amount.fen();
            if (owed == 0)
                paidFull += l.amount.fen();
        }
        BuildingTotals &t = totalsOf[b.buildingId];
        ++t.bills;
        t.billed += b.total.fen();
        t.paid += paid;
    }
    for (auto it = totalsOf.cbegin(); it != totalsOf.cend(); ++it) {
        if (auto r = c.execute(u"INSERT OR IGNORE INTO fee_collection_totals VALUES (?, ?, ?, 0, 0, 0)"_s,
                               {p->period.label, it.key(), periodFrom});
            !r)
            return r.error();
        if (auto r = c.execute(u"UPDATE fee_collection_totals SET bills = bills + ?, billed_fen = billed_fen + ?,"
                               u" paid_fen = paid_fen + ? WHERE period = ? AND building_id = ?"_s,
                               {it->bills, it->billed, it->paid, p->period.label, it.key()});
            !r)
            return r.error();
    }
    for (auto it = itemTotals.cbegin(); it != itemTotals.cend(); ++it) {
        if (auto r = c.execute(u"INSERT OR IGNORE INTO fee_collection_items VALUES (?, ?, 0, 0)"_s,
                               {p->period.label, it.key()});
            !r)
            return r.error();
        if (auto r = c.execute(u"UPDATE fee_collection_items SET billed_fen = billed_fen + ?,"
                               u" paid_full_fen = paid_full_fen + ? WHERE period = ? AND item_id = ?"_s,
                               {it->first, it->second, p->period.label, it.key()});
            !r)
            return r.error();
    }
    for (const QVariantList &t : std::as_const(*triggers)) {
        if (auto r = c.exec(t.at(1).toString()); !r)
            return r.error();
    }
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.billrun.commit"_s, runId,
                                           {{u"period"_s, p->period.label},
                                            {u"bills"_s, int(p->bills.size())},
                                            {u"total"_s, p->total.toPlainString()}});
        !s)
        return s.error();
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

Result<Core::Money> BillRunService::balance(const QString &householdId) const
{
    auto fen = Internal::ledgerBalance(m_store, householdId);
    if (!fen)
        return fen.error();
    return Core::Money::fromFen(*fen);
}

} // namespace Linli::Fees
