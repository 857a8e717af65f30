#pragma once

#include <core/money.h>
#include <core/result.h>

#include <QtCore/QList>
#include <QtCore/QString>

namespace Linli::Core {
struct Actor;
}
namespace Linli::Storage {
class Store;
}

namespace Linli::Fees {

// A bill paid more than once (the same bill paid at two offices while apart, found when they
// synced): for staff to refund, or keep as money paid in advance.
struct OverpaidBill
{
    QString billId;
    QString householdId;
    QString address; // "幸福里 3-2-501"
    QString period;
    Core::Money total;
    Core::Money paid;
};

// Every bill paid more than it asks, by period and address (at most 2,000).
Result<QList<OverpaidBill>> overpaidBills(Storage::Store &store, const Core::Actor &actor);

} // namespace Linli::Fees
