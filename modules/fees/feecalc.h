#pragma once

// The arithmetic of property fees, independent of storage: unit prices with four decimals, rates
// that change on a date, proration by days, discounts and late fees.
//
// The rounding step (the only one): every charge is computed exactly, as a fraction of a fen,
// through proration and discount, and rounded half away from zero to the fen once, at the end
// of the bill line. For the positive amounts of a bill that is "half up": ¥74.2475 → ¥74.25.

#include <core/money.h>

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Linli::Fees {

// A price per m² per month, or per unit of a meter, with four decimals: 8500 = ¥0.8500.
class UnitPrice
{
public:
    constexpr UnitPrice() = default;
    static constexpr UnitPrice fromTenThousandths(qint64 value) { return UnitPrice(value); }
    // "0.85", "0.8500", "¥0.85", "0.85元", "0.85元/㎡", "1", full-width digits. At most four
    // decimals; not negative; at most ¥10,000.
    static Result<UnitPrice> parse(const QString &text);

    constexpr qint64 tenThousandths() const { return m_value; }
    // "¥0.8500"
    QString toString() const;

    friend constexpr bool operator==(UnitPrice a, UnitPrice b) { return a.m_value == b.m_value; }

private:
    constexpr explicit UnitPrice(qint64 value) : m_value(value) {}
    qint64 m_value = 0;
};

// A price valid from a day (inclusive) until a day (exclusive; null: still valid).
struct PricePeriod
{
    QDate from;
    QDate until;
    UnitPrice price;
};

// What a bill line is computed over: the days from `from` up to, not including, `until`.
struct BillingSpan
{
    QDate from;
    QDate until;
};

// Area × price per m² per month over the span: each calendar month's share is its days in the
// span over its length (a move-in on 16 November of a 30-day month pays 15/30), at the price of
// each day. `discountBasisPoints` takes off a share of the line (1500 = 15 %). Refuses a span
// with a day no price covers, and prices whose periods overlap.
Result<Core::Money> areaCharge(qint64 areaCm2, const QList<PricePeriod> &prices, BillingSpan span,
                               int discountBasisPoints = 0);

// A fixed monthly fee (parking, garbage) over the span, prorated by days the same way.
Result<Core::Money> monthlyCharge(Core::Money perMonth, BillingSpan span, int discountBasisPoints = 0);

// Metered: the consumption (reading difference, in thousandths of a unit: 12.345 m³ = 12345)
// at the unit price.
Result<Core::Money> meteredCharge(qint64 consumptionThousandths, UnitPrice price);

// The late fee on an overdue amount: `dailyRatePpm` millionths a day (500 = 0.05 % a day) for
// every day after the due date and the grace days, up to `paidOn` (exclusive), never more than
// `cap` (zero: no cap).
Result<Core::Money> lateFee(Core::Money overdue, QDate due, int graceDays, QDate paidOn, int dailyRatePpm,
                            Core::Money cap);

} // namespace Linli::Fees
