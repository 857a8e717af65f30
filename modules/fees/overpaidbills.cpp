#include "overpaidbills.h"

#include "feeinternal.h"

#include <core/actor.h>
#include <storage/connection.h>
#include <storage/store.h>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

Result<QList<OverpaidBill>> overpaidBills(Storage::Store &store, const Core::Actor &actor)
{
    if (auto s = actor.require(Core::Permission::CollectFees); !s)
        return s.error();
    auto rows = store.connection().select(
        u"SELECT s.bill_id, s.household_id, coalesce("_s + Internal::householdAddressSql(u"s.household_id"_s)
        + u", ''), s.period, s.total_fen + s.late_fen, s.paid_fen FROM fee_bill_state s"
          u" WHERE s.voided = 0 AND s.paid_fen > s.total_fen + s.late_fen ORDER BY s.period, 3 LIMIT 2000"_s);
    if (!rows)
        return rows.error();
    QList<OverpaidBill> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                    Core::Money::fromFen(r.at(4).toLongLong()), Core::Money::fromFen(r.at(5).toLongLong())});
    return out;
}

} // namespace Linli::Fees
