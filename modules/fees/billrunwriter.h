#pragma once

// The bill run's writer (internal to the fees module): what planBillRun worked out, written.

#include "billrun.h"

namespace Linli::Storage {
class Store;
class Transaction;
} // namespace Linli::Storage

namespace Linli::Fees {

// Writes a planned run: the run, per bill its lines, a ledger charge and what money paid in
// advance pays of it, and the derived rows (bill state, balance, collection totals). All of it in
// `tx`, the transaction the plan's inputs were read in, so nothing changed between the plan and
// its rows; the caller commits it. Returns the run's id.
Result<QString> writeBillRun(Storage::Store &store, Storage::Transaction &tx, const Core::Actor &actor,
                             const BillRunPreview &plan, const BillRunScope &scope);

} // namespace Linli::Fees
