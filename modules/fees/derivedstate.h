#pragma once

#include <core/result.h>

namespace Linli::Storage {
class Store;
}

namespace Linli::Fees {

// The derived tables (fee_bill_state, fee_collection_totals, fee_balances; schema fees v10) are
// kept by triggers. This recomputes them from the ledger tables and reports the first
// difference: a bug, never a user error. Used by the tests after every scenario, and by `verify`.
Status verifyDerivedState(Storage::Store &store);

} // namespace Linli::Fees
