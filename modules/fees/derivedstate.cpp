#include "derivedstate.h"

#include "feestr.h"

#include <storage/connection.h>
#include <storage/store.h>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

// The rows `derived` has and `expected` has not, and the other way round (both SELECTs return
// the same columns).
Status compare(Storage::Store &store, const QString &what, const QString &derived, const QString &expected)
{
    auto n = store.connection().scalar(u"SELECT (SELECT count(*) FROM (%1 EXCEPT %2))"
                                       u" + (SELECT count(*) FROM (%2 EXCEPT %1))"_s.arg(derived, expected));
    if (!n)
        return n.error();
    if (n->toLongLong() != 0)
        return Error(ErrorCode::DatabaseDamaged, Tr::tr("The fee totals do not agree with the ledger."),
                     u"%1: %2 rows differ"_s.arg(what).arg(n->toLongLong()));
    return {};
}

} // namespace

Status verifyDerivedState(Storage::Store &store)
{
    const QString expectedBills =
        u"SELECT b.id, b.household_id, b.room_id, b.period, b.total_fen,"
        u" coalesce((SELECT sum(amount_fen) FROM fee_allocations WHERE bill_id = b.id AND deleted = 0), 0),"
        u" coalesce((SELECT sum(amount_fen) FROM fee_late_fees WHERE bill_id = b.id AND deleted = 0), 0),"
        u" b.total_fen + coalesce((SELECT sum(amount_fen) FROM fee_late_fees WHERE bill_id = b.id AND deleted = 0), 0)"
        u"  - coalesce((SELECT sum(amount_fen) FROM fee_allocations WHERE bill_id = b.id AND deleted = 0), 0),"
        u" EXISTS (SELECT 1 FROM fee_run_voids v WHERE v.run_id = b.run_id AND v.deleted = 0)"
        u" FROM fee_bills b WHERE b.deleted = 0"_s;
    if (auto s =
            compare(store, u"fee_bill_state"_s,
                    u"SELECT bill_id, household_id, room_id, period, total_fen, paid_fen, late_fen, owed_fen, voided"
                    u" FROM fee_bill_state"_s,
                    expectedBills);
        !s)
        return s;
    // Every bill state's household key names its household (fee_household_keys, schema v12).
    if (auto s = compare(store, u"fee_household_keys"_s,
                         u"SELECT s.bill_id, coalesce(k.household_id, '') FROM fee_bill_state s"
                         u" LEFT JOIN fee_household_keys k ON k.key = s.household_key"_s,
                         u"SELECT bill_id, household_id FROM fee_bill_state"_s);
        !s)
        return s;
    if (auto s = compare(store, u"fee_collection_totals"_s,
                         u"SELECT period, building_id, bills, billed_fen, paid_fen FROM fee_collection_totals"
                         u" WHERE bills <> 0 OR billed_fen <> 0 OR paid_fen <> 0"_s,
                         u"SELECT period, building_id, count(*), sum(total_fen),"
                         u" sum(max(0, min(total_fen, paid_fen))) FROM fee_bill_state WHERE voided = 0"
                         u" GROUP BY period, building_id"_s);
        !s)
        return s;
    if (auto s = compare(store, u"fee_collection_items"_s,
                         u"SELECT period, item_id, billed_fen, paid_full_fen FROM fee_collection_items"
                         u" WHERE billed_fen <> 0 OR paid_full_fen <> 0"_s,
                         u"SELECT s.period, l.item_id, sum(l.amount_fen),"
                         u" sum(CASE WHEN s.paid_fen >= s.total_fen THEN l.amount_fen ELSE 0 END)"
                         u" FROM fee_bill_state s JOIN fee_bill_lines l ON l.bill_id = s.bill_id AND l.deleted = 0"
                         u" WHERE s.voided = 0 GROUP BY s.period, l.item_id"_s);
        !s)
        return s;
    return compare(store, u"fee_balances"_s,
                   u"SELECT household_id, balance_fen FROM fee_balances WHERE balance_fen <> 0"_s,
                   u"SELECT household_id, sum(amount_fen) FROM fee_ledger WHERE deleted = 0 GROUP BY household_id"
                   u" HAVING sum(amount_fen) <> 0"_s);
}

} // namespace Linli::Fees
