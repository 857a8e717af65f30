#pragma once

// The bill run's planner: which household gets which bill, line and amount, worked out from plain
// values and nothing else. The bill run reads these values (BillRunService, in one snapshot) and
// hands the plan to the preview or to the writer, so a preview and the run that follows it cannot
// disagree. The arithmetic is feecalc's; no storage here, so every case is a unit test.

#include "billrun.h"
#include "feecalc.h"
#include "feeservice.h"

#include <QtCore/QSet>

namespace Linli::Fees {

struct BillingHousehold
{
    QString id;
    QString roomId;
    qint64 areaCm2 = 0;
    QString buildingId;
};

// A discount that covers the whole period (vacant room, hardship, dibao …).
struct BillingDiscount
{
    QString itemId; // empty: every item
    int basisPoints = 0;
    QString kind; // vacant, hardship, dibao, other
};

// A meter reading not billed yet, read before the period ends.
struct BillingReading
{
    QString id;
    QString itemId;
    qint64 previous = 0; // thousandths of the item's unit
    qint64 current = 0;
    QDate readOn;
};

// Everything a bill run is worked out from.
struct BillRunInputs
{
    BillPeriod period;
    QDate due;
    QList<FeeItem> items;                               // every fee item, in FeeService::items order
    QList<BillingHousehold> households;                 // active households in scope, in household order
    QSet<QString> alreadyBilled;                        // households billed for a day of the period
    QHash<QString, QList<BillingDiscount>> discountsOf; // household → its discounts
    // Building → for each of `items`, its prices there (empty: not charged there). Needed for the
    // buildings of households not billed yet.
    QHash<QString, QList<QList<PricePeriod>>> pricesOf;
    QHash<QString, QList<BillingReading>> readingsOf; // room → readings, oldest first
};

// A household that cannot be billed, and why ("the room's area is not recorded").
struct UnbillableHousehold
{
    QString roomId;
    QString problem;
};

struct BillRunPlan
{
    BillRunPreview preview;                // `skipped` left empty: addresses are read by the caller
    QList<UnbillableHousehold> unbillable; // in household order
};

// The due date of a run: the one given, else the period's last day; refused before the period.
Result<QDate> billDueDate(const BillPeriod &period, QDate due);

BillRunPlan planBillRun(const BillRunInputs &inputs);

// Money paid in advance pays a new bill of `owed` fen: the household's unused payments (payment
// id, unused fen) oldest first, never more in all than its `credit` (refunds paid some back).
// Takes what it uses from `unused` and `credit`; returns (payment id, fen) for each payment used.
QList<std::pair<QString, qint64>> takeAdvances(qint64 owed, QList<std::pair<QString, qint64>> &unused, qint64 &credit);

} // namespace Linli::Fees
