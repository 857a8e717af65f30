// PaymentService's reading side for the fees page and reports: the collection rate (收缴率) by
// building, by fee item and by month, and the arrears list by age — all from the derived tables
// the triggers keep (schema fees v10–v12), never by adding up every payment of every bill.
#include "payments.h"

#include "feestr.h"

#include <core/actor.h>
#include <storage/connection.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QHash>
#include <QtCore/QScopeGuard>

#include <algorithm>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

Result<QList<CollectionRow>> PaymentService::collection(const Core::Actor &actor, const QString &period) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    // The totals the triggers keep per period and building (fee_collection_totals).
    auto rows = m_store.connection().select(
        // Scalar subqueries, not LEFT JOINs: SQLite 3.15 copies a view on the right of a LEFT JOIN.
        u"SELECT coalesce((SELECT c.name FROM reg_pub_buildings bu JOIN reg_pub_compounds c ON c.id = bu.compound_id"
        u"  WHERE bu.id = t.building_id), '') AS compound,"
        u" coalesce((SELECT bu.number FROM reg_pub_buildings bu WHERE bu.id = t.building_id), '') AS building,"
        u" t.bills, t.billed_fen, t.paid_fen"
        u" FROM fee_collection_totals t"
        u" WHERE t.period = ? AND t.bills > 0"
        u" ORDER BY compound, CAST(building AS INTEGER), building"_s,
        {period.trimmed()});
    if (!rows)
        return rows.error();
    QList<CollectionRow> out;
    CollectionRow total;
    for (const QVariantList &r : std::as_const(*rows)) {
        CollectionRow row;
        row.label = r.at(1).toString().isEmpty() ? Tr::tr("(room removed)")
                                                 : Tr::tr("%1 building %2").arg(r.at(0).toString(), r.at(1).toString());
        row.bills = r.at(2).toInt();
        row.billed = Core::Money::fromFen(r.at(3).toLongLong());
        row.paid = Core::Money::fromFen(r.at(4).toLongLong());
        total.bills += row.bills;
        total.billed = Core::Money::fromFen(total.billed.fen() + row.billed.fen());
        total.paid = Core::Money::fromFen(total.paid.fen() + row.paid.fen());
        out.append(row);
    }
    out.append(total);
    return out;
}

Result<QList<CollectionRow>> PaymentService::collectionByItem(const Core::Actor &actor, const QString &period) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    // Bills paid in full count each line whole, unpaid bills nothing (fee_collection_items, kept
    // by triggers); only the partly paid ones need their payment shared over the lines.
    auto sums = m_store.connection().select(
        u"SELECT i.name, sum(c.billed_fen), sum(c.paid_full_fen) FROM fee_collection_items c"
        u" JOIN fee_items i ON i.id = c.item_id WHERE c.period = ? AND c.billed_fen <> 0"
        u" GROUP BY i.name ORDER BY sum(c.billed_fen) DESC"_s,
        {period.trimmed()});
    if (!sums)
        return sums.error();
    QList<CollectionRow> out;
    QHash<QString, qsizetype> index;
    for (const QVariantList &r : std::as_const(*sums)) {
        index.insert(r.at(0).toString(), out.size());
        out.append({r.at(0).toString(), 0, Core::Money::fromFen(r.at(1).toLongLong()),
                    Core::Money::fromFen(r.at(2).toLongLong())});
    }
    auto rows = m_store.connection().select(
        u"SELECT s.bill_id, s.total_fen, s.paid_fen, i.name, l.amount_fen"
        u" FROM fee_bill_state s JOIN fee_bill_lines l ON l.bill_id = s.bill_id AND l.deleted = 0"
        u" JOIN fee_items i ON i.id = l.item_id"
        u" WHERE s.period = ? AND s.voided = 0 AND s.paid_fen > 0 AND s.paid_fen < s.total_fen"
        u" ORDER BY s.bill_id, l.amount_fen DESC, l.id"_s,
        {period.trimmed()});
    if (!rows)
        return rows.error();
    // One partly paid bill's lines at a time: shares of what was paid, the remainder fen to the
    // largest lines, so the items add up to the bill.
    qsizetype i = 0;
    while (i < rows->size()) {
        const QString billId = rows->at(i).at(0).toString();
        const qint64 billTotal = rows->at(i).at(1).toLongLong();
        const qint64 paid = rows->at(i).at(2).toLongLong();
        qsizetype end = i;
        while (end < rows->size() && rows->at(end).at(0).toString() == billId)
            ++end;
        qint64 shared = 0;
        QList<qint64> shares;
        for (qsizetype j = i; j < end; ++j) {
            // Bills are far below ¥10,000,000: paid × amount stays well inside 64 bits.
            const qint64 share = billTotal > 0 ? paid * rows->at(j).at(4).toLongLong() / billTotal : 0;
            shares.append(share);
            shared += share;
        }
        for (qsizetype j = i; j < end && shared < paid; ++j, ++shared)
            ++shares[j - i];
        for (qsizetype j = i; j < end; ++j) {
            CollectionRow &row = out[index.value(rows->at(j).at(3).toString())];
            row.paid = Core::Money::fromFen(row.paid.fen() + shares.at(j - i));
        }
        i = end;
    }
    CollectionRow total;
    auto totals = m_store.connection().select(
        u"SELECT coalesce(sum(bills), 0), coalesce(sum(billed_fen), 0), coalesce(sum(paid_fen), 0)"
        u" FROM fee_collection_totals WHERE period = ?"_s,
        {period.trimmed()});
    if (!totals)
        return totals.error();
    total.bills = totals->first().at(0).toInt();
    total.billed = Core::Money::fromFen(totals->first().at(1).toLongLong());
    total.paid = Core::Money::fromFen(totals->first().at(2).toLongLong());
    out.append(total);
    return out;
}

Result<QList<CollectionRow>> PaymentService::collectionTrend(const Core::Actor &actor, QDate from, QDate until) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(
        u"SELECT period, sum(bills), sum(billed_fen), sum(paid_fen) FROM fee_collection_totals"
        u" WHERE period_from >= ? AND period_from < ? GROUP BY period HAVING sum(bills) > 0"
        u" ORDER BY min(period_from), period"_s,
        {from.toString(Qt::ISODate), until.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    QList<CollectionRow> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toInt(), Core::Money::fromFen(r.at(2).toLongLong()),
                    Core::Money::fromFen(r.at(3).toLongLong())});
    return out;
}

namespace {

// A unit's address prefix ("幸福里 3-2") and compound.
struct ArrearsUnit
{
    QString compoundId;
    QString label;
};

// Every unit: a few thousand rows, read whole, so that each household in arrears costs one room
// lookup.
Result<QHash<QString, ArrearsUnit>> arrearsUnits(Storage::Connection &c)
{
    auto st = c.prepare(u"SELECT u.id, c.id, c.name || ' ' || bu.number || '-' || u.number FROM reg_pub_units u"
                        u" JOIN reg_pub_buildings bu ON bu.id = u.building_id"
                        u" JOIN reg_pub_compounds c ON c.id = bu.compound_id"_s);
    if (!st)
        return st.error();
    QHash<QString, ArrearsUnit> units;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return units;
        units.insert(st->text(0), {st->text(1), st->text(2)});
    }
}

// The open bills the triggers keep (fee_bill_state), in household-key order, from the partial
// index fee_bill_state_open alone (it holds every column read here: no table row is visited),
// added up here per household in four age bands: under 3 months overdue, 3–6, 6–12, 12 and more.
// `keyOf` gets each row's household key.
Result<QList<ArrearsRow>> arrearsByKey(Storage::Connection &c, QDate today, QList<qint64> &keyOf)
{
    const auto day = [&](int monthsBack) { return today.addMonths(-monthsBack).toString(Qt::ISODate).toStdString(); };
    const std::string d3 = day(3), d6 = day(6), d12 = day(12);
    auto st = c.prepare(u"SELECT household_key, due_date, owed_fen FROM fee_bill_state"
                        u" WHERE owed_fen > 0 AND voided = 0 AND due_date < ? ORDER BY household_key, due_date"_s);
    if (!st)
        return st.error();
    if (auto b = st->bind(1, today.toString(Qt::ISODate)); !b)
        return b.error();
    QList<ArrearsRow> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        const qint64 key = st->int64(0);
        const QByteArrayView due = st->utf8(1);
        const std::string_view dueDate(due.data(), size_t(due.size()));
        const qint64 owed = st->int64(2);
        if (keyOf.isEmpty() || keyOf.last() != key) {
            keyOf.append(key);
            out.append(ArrearsRow());
            // Ordered by due date: the household's first row is its oldest bill.
            out.last().oldestPeriod = QString::fromLatin1(due.first(std::min<qsizetype>(7, due.size())));
        }
        ArrearsRow &a = out.last();
        const int band = dueDate > d3 ? 0 : dueDate > d6 ? 1 : dueDate > d12 ? 2 : 3;
        a.byAge[band] = Core::Money::fromFen(a.byAge[band].fen() + owed);
        a.owed = Core::Money::fromFen(a.owed.fen() + owed);
        ++a.bills;
    }
}

// Steps a statement just bound to one key (`bound`: how binding went): true with its row read by
// `use`, false when there is none; reset either way.
template<typename Use>
Result<bool> readOne(Storage::Statement &st, const Status &bound, const Use &use)
{
    const auto done = qScopeGuard([&st] { st.reset(); });
    if (!bound)
        return bound.error();
    auto found = st.step();
    if (!found)
        return found.error();
    if (*found)
        use(st);
    return *found;
}

// Each household's id and the room it was last billed for (by key, in key order), then the
// room's unit and number (reg_rooms_address: no table reads). Rows of another compound than
// `compoundId` (when given) are dropped.
Status addressArrears(Storage::Connection &c, const QHash<QString, ArrearsUnit> &units, const QList<qint64> &keyOf,
                      const QString &compoundId, QList<ArrearsRow> &out)
{
    auto household = c.prepare(u"SELECT household_id, room_id FROM fee_household_keys WHERE key = ?"_s);
    if (!household)
        return household.error();
    auto room = c.prepare(u"SELECT unit_id, number FROM reg_rooms INDEXED BY reg_rooms_address WHERE id = ?"_s);
    if (!room)
        return room.error();
    qsizetype kept = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QByteArray roomId;
        auto known = readOne(*household, household->bindInt64(1, keyOf[i]), [&](Storage::Statement &r) {
            out[i].householdId = r.text(0);
            roomId = r.utf8(1).toByteArray();
        });
        if (!known)
            return known.error();
        if (!*known)
            return Error(ErrorCode::DatabaseDamaged, Tr::tr("The fee totals do not agree with the ledger."),
                         u"household key %1 missing"_s.arg(keyOf[i]));
        const ArrearsUnit *unit = nullptr;
        QString number;
        auto located = readOne(*room, room->bindText(1, roomId), [&](Storage::Statement &r) {
            const auto it = units.constFind(r.text(0));
            if (it != units.cend()) {
                unit = &*it;
                number = r.text(1);
            }
        });
        if (!located)
            return located.error();
        if (unit)
            out[i].address = unit->label + u'-' + number;
        if (!compoundId.isEmpty() && !(unit && unit->compoundId == compoundId))
            continue;
        if (kept != i)
            out[kept] = std::move(out[i]);
        ++kept;
    }
    out.resize(kept);
    return {};
}

} // namespace

Result<QList<ArrearsRow>> PaymentService::arrears(const Core::Actor &actor, QDate today,
                                                  const QString &compoundId) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    Storage::Connection &c = m_store.connection();
    // One snapshot, and one lock on the log for the tens of thousands of lookups below.
    const Storage::ReadTransaction read(c);
    auto units = arrearsUnits(c);
    if (!units)
        return units.error();
    QList<qint64> keyOf; // per row of `out`
    auto out = arrearsByKey(c, today, keyOf);
    if (!out)
        return out.error();
    if (auto s = addressArrears(c, *units, keyOf, compoundId, *out); !s)
        return s.error();
    std::sort(out->begin(), out->end(), [](const ArrearsRow &x, const ArrearsRow &y) {
        if (x.owed.fen() != y.owed.fen())
            return x.owed.fen() > y.owed.fen();
        return x.address < y.address;
    });
    return out;
}

} // namespace Linli::Fees
